import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { svgSnapshot } from '../../../tests/helpers/ui';
import { channelColumns, channelOrder } from './channelColumns';
import { ChannelRangeView } from './ChannelRangeView';

beforeAll(() => void initI18n('en'));

const min = Float32Array.of(-1, -0.25, -4, -0.5, -2, -0.75);
const max = Float32Array.of(1, 0.5, 3, 0.25, 1, 0.125);
const select = () => undefined;

describe('channel range view', () => {
  it('draws one bar per channel from its min to its max, the selected one marked, the per-tensor range across', () => {
    const order = channelOrder(min, max, true);
    const svg = svgSnapshot(
      <ChannelRangeView
        columns={channelColumns(min, max, order, 100)}
        order={order}
        tensorRange={{ min: -1.5, max: 1.5 }}
        width={320}
        selected={2}
        onSelect={select}
      />,
    );
    expect(svg).toMatchSnapshot();
    expect(svg.match(/class="range-bar( selected)?"/g)).toHaveLength(6);
    expect(svg.match(/range-bar selected/g)).toHaveLength(1);
    expect(svg).toContain('channel 2');
  });

  it('merges channels into bars when there are more than fit, and says how many a bar holds', () => {
    const order = channelOrder(min, max, false);
    const svg = svgSnapshot(
      <ChannelRangeView
        columns={channelColumns(min, max, order, 2)}
        order={order}
        tensorRange={{ min: -1, max: 1 }}
        width={200}
        selected={null}
        onSelect={select}
      />,
    );
    expect(svg).toMatchSnapshot();
    expect(svg.match(/class="range-bar"/g)).toHaveLength(2);
  });
});
