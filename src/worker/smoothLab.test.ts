import { describe, expect, it } from 'vitest';
import { smoothLab } from './smoothLab';
import { SMOOTH_SHAPE } from '../shared/labs';

describe('SmoothQuant lab', () => {
  it('lowers the int8 product error at α = 0.5 and evens out the channel maxima', async () => {
    const r = await smoothLab(0.5, 1);
    expect(r.after.product.mse).toBeLessThan(r.before.product.mse / 4);
    const spread = (m: Float64Array) => Math.max(...m) / (m.reduce((a, b) => a + b, 0) / m.length);
    expect(spread(r.xSmoothAbsMax)).toBeLessThan(spread(r.xAbsMax) / 3);
    expect(r.outlierChannels).toHaveLength(SMOOTH_SHAPE.outlierChannels);
  });
  it('changes the product error as α moves', async () => {
    const [a, b] = await Promise.all([smoothLab(0.2, 1), smoothLab(0.8, 1)]);
    expect(a.after.product.mse).not.toBe(b.after.product.mse);
  });
});

describe("SmoothQuant lab on the user's own matrices", () => {
  it('uses them, and refuses shapes that do not multiply', async () => {
    const X = Float32Array.from({ length: 8 * 4 }, (_, i) => (i % 4 === 2 ? 50 : 1) * Math.sin(i));
    const W = Float32Array.from({ length: 4 * 3 }, (_, i) => Math.cos(i) / 4);
    const r = await smoothLab(0.5, 1, { X, xShape: [8, 4], W, wShape: [4, 3] });
    expect(r.xAbsMax).toHaveLength(4);
    expect(r.outlierChannels).toEqual([2]);
    await expect(smoothLab(0.5, 1, { X, xShape: [8, 4], W, wShape: [3, 4] })).rejects.toThrow(/4 columns .* 3 rows/);
  });
});
