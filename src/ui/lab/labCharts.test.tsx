import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { svgSnapshot } from '../../../tests/helpers/ui';
import { ChannelBars } from './ChannelBars';
import { CurveChart } from './CurveChart';
import { MiniHistogram } from './MiniHistogram';

beforeAll(() => void initI18n('en'));

describe('lab chart views', () => {
  it('a mini histogram: the bars as one step outline, the grid lines inside its range, value ticks', () => {
    const h = { lo: -1, hi: 1, counts: Float64Array.of(2, 30, 500, 40, 0, 1), below: 0, above: 0 };
    const svg = svgSnapshot(<MiniHistogram h={h} width={300} height={120} testId="t.hist" label="values" levels={[-1.5, -0.5, 0, 0.5]} />);
    expect(svg).toMatchSnapshot();
    expect(svg.match(/class="level"/g)).toHaveLength(3);
  });

  it('the activation curve with its minimum marked and labelled', () => {
    const x = Float32Array.from({ length: 9 }, (_, i) => -4 + i);
    const y = x.map((v) => v / (1 + Math.exp(-1.702 * v)));
    const svg = svgSnapshot(<CurveChart curve={{ x, y }} minimum={{ x: -0.75, y: -0.17 }} width={320} height={200} />);
    expect(svg).toMatchSnapshot();
    expect(svg).toContain('minimum -0.17 at x = -0.75'); // the label's 4 decimals, rounded by svgSnapshot;
  });

  it('per-channel bars on a log axis, the outlier channels coloured', () => {
    const svg = svgSnapshot(
      <ChannelBars values={Float64Array.of(0.5, 2, 80, 0.01, 1)} outliers={[2]} width={240} testId="t.bars" label="max |x|" />,
    );
    expect(svg).toMatchSnapshot();
    expect(svg.match(/class="bar-outlier"/g)).toHaveLength(1);
    expect(svg.match(/class="bar"/g)).toHaveLength(4);
  });
});
