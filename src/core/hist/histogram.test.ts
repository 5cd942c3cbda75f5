import { describe, expect, it } from 'vitest';
import { histogram, histogramDomain, rebin } from './histogram';
import { mergeStats, tensorStats } from './tensorStats';

describe('histogram', () => {
  it('puts each value in the bin covering [lo + i·w, lo + (i+1)·w) and the maximum in the last bin', () => {
    const h = histogram(Float32Array.from([0, 0.5, 0.99, 1, 2, 3, 4]), 0, 4, 4);
    expect(Array.from(h.counts)).toEqual([3, 1, 1, 2]);
  });
  it('counts finite values outside [lo, hi] apart and skips NaN/±Inf', () => {
    const h = histogram(Float32Array.from([-5, 0.5, 9, NaN, Infinity, -Infinity]), 0, 1, 2);
    expect([h.below, h.above, h.counts[0] + h.counts[1]]).toEqual([1, 1, 1]);
  });
  it('refuses an empty or inverted range', () => {
    expect(() => histogram(new Float32Array(1), 1, 1, 4)).toThrow(RangeError);
    expect(() => histogram(new Float32Array(1), 0, 1, 0)).toThrow(RangeError);
  });
  it('gives a constant tensor a small interval around its value', () => {
    const d = histogramDomain(3, 3);
    expect(d.lo).toBeLessThan(3);
    expect(d.hi).toBeGreaterThan(3);
  });
});

describe('rebin', () => {
  it('merges neighbouring bins and keeps the total and the bin width of each group', () => {
    const h = histogram(
      Float32Array.from({ length: 100 }, (_, i) => i),
      0,
      100,
      10,
    );
    const r = rebin(h, 3);
    expect(Array.from(r.counts)).toEqual([30, 30, 30, 10]);
    expect(r.hi).toBe(120); // the partial last group spans 3 bins of width 10
  });
});

describe('tensorStats', () => {
  it('counts NaN, ±Inf and exact zeros and keeps them out of min, max and moments', () => {
    const s = tensorStats(Float32Array.from([NaN, 1, -0, 0, Infinity, -Infinity, -3]));
    expect(s).toMatchObject({ count: 7, finite: 4, nan: 1, posInf: 1, negInf: 1, zeros: 2, min: -3, max: 1, sumSquares: 10 });
    expect(s.mean).toBe(-0.5);
  });
  it('reports an all-NaN tensor as having no finite values and a zero range', () => {
    expect(tensorStats(Float32Array.from([NaN, NaN]))).toMatchObject({ finite: 0, min: 0, max: 0 });
  });
});

describe('mergeStats', () => {
  it('combines chunks into the statistics of the whole', () => {
    const x = Float32Array.from([NaN, 1, -0, 0, Infinity, -Infinity, -3, 2.5, 7]);
    const merged = [x.subarray(0, 2), x.subarray(2, 2), x.subarray(2, 6), x.subarray(6)].map(tensorStats).reduce(mergeStats);
    const whole = tensorStats(x);
    expect(merged).toMatchObject({ ...whole, mean: expect.closeTo(whole.mean, 12), std: expect.closeTo(whole.std, 12) });
  });
});
