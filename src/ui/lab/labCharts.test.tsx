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
    const svg = svgSnapshot(
      <MiniHistogram h={h} width={300} height={120} font={13} testId="t.hist" label="values" levels={[-1.5, -0.5, 0, 0.5]} />,
    );
    expect(svg).toMatchSnapshot();
    expect(svg.match(/class="level"/g)).toHaveLength(3);
  });

  it('the negative zoom in presenter mode: 18 px ticks, the end ones ("-0.3", "0.05") leaning inwards, not cut', () => {
    const h = { lo: -0.3, hi: 0.05, counts: Float64Array.of(0, 0, 40, 300, 200, 900, 100), below: 0, above: 0 };
    const svg = svgSnapshot(
      <MiniHistogram h={h} width={1200} height={170} font={18} testId="t.neg" label="negatives" levels={[-0.3, -0.15, 0, 0.05]} />,
    );
    expect(svg).toMatchSnapshot();
    expect(svg).toContain('text-anchor="start">-0.3</text>');
    expect(svg).toContain('text-anchor="end">0.05</text>');
    expect(svg.match(/text-anchor="middle"/g)).toHaveLength(6);
    expect(svg.match(/class="level"/g)).toHaveLength(4); // both edge levels kept
  });

  it('the activation curve with its minimum marked and labelled', () => {
    const x = Float32Array.from({ length: 9 }, (_, i) => -4 + i);
    const y = x.map((v) => v / (1 + Math.exp(-1.702 * v)));
    const svg = svgSnapshot(<CurveChart curve={{ x, y }} minimum={{ x: -0.75, y: -0.17 }} width={320} height={200} font={13} />);
    expect(svg).toMatchSnapshot();
    expect(svg).toMatch(/minimum -0.17<\/tspan>\s*<tspan [^>]*>at x = -0.75/); // two lines; the label's 4 decimals, rounded by svgSnapshot
  });

  it('per-channel bars on a log axis, the outlier channels coloured', () => {
    const svg = svgSnapshot(
      <ChannelBars values={Float64Array.of(0.5, 2, 80, 0.01, 1)} outliers={[2]} width={240} font={13} testId="t.bars" label="max |x|" />,
    );
    expect(svg).toMatchSnapshot();
    expect(svg.match(/class="bar-outlier"/g)).toHaveLength(1);
    expect(svg.match(/class="bar"/g)).toHaveLength(4);
  });
});
