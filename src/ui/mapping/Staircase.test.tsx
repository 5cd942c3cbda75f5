import { describe, expect, it } from 'vitest';
import { qparams } from '../../core/math';
import { svgSnapshot } from '../../../tests/helpers/ui';
import { Staircase } from './Staircase';
import { articleNotation } from './articleNotation';

const text = { title: 'mapping', xLabel: 'x', yLabel: 'q', zeroMark: 'x = 0 → q = zp' };

describe('Staircase', () => {
  it('draws the 3-bit affine staircase of [−1, 2] with β, α and the zero point', () => {
    const spec = { bits: 3, mode: 'affine' as const, signed: true, narrowRange: false };
    const range = { min: -1, max: 2 };
    expect(
      svgSnapshot(<Staircase params={qparams(range, spec)} range={range} effective={null} width={400} font={13} testId="s" text={text} />),
    ).toMatchSnapshot();
  });

  it('marks β′ = 0 beside β = 20 when affine quantization widens [20, 90] to include 0', () => {
    const spec = { bits: 8, mode: 'affine' as const, signed: true, narrowRange: false };
    const range = { min: 20, max: 90 };
    const a = articleNotation(range, spec);
    const html = svgSnapshot(
      <Staircase params={qparams(range, spec)} range={range} effective={a.effective} width={400} font={18} testId="s" text={text} />,
    );
    expect(html).toContain('β′ = 0');
    expect(html).toContain('β = 20');
    expect(html).toMatchSnapshot();
  });
});
