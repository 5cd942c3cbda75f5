/** absHistogram binning and the percentile rule on hand-made data. */
import { describe, expect, it } from 'vitest';
import { histogram } from '../hist/histogram';
import { absEdge, absHistogram } from './absHistogram';
import { percentileAmax, percentileRange } from './percentile';

describe('absHistogram', () => {
  it('bins |x| over [0, max|x|], the maximum in the last bin, non-finite skipped', () => {
    const h = absHistogram(Float32Array.of(-4, 0, 1, 2, 3.999, NaN, Infinity, -Infinity), 4);
    expect(h.amax).toBe(4);
    expect(h.finite).toBe(5);
    expect(h.zeros).toBe(1);
    expect(Array.from(h.counts)).toEqual([1, 1, 1, 2]);
    expect([0, 1, 4].map((i) => absEdge(h, i))).toEqual([0, 1, 4]);
  });

  it('matches histogram() of an |x| copy across chunk boundaries', () => {
    const x = new Float32Array(200_003);
    for (let i = 0; i < x.length; i++) x[i] = Math.sin(i * 0.37) * (i % 1000 === 0 ? 50 : 3);
    const abs = x.map(Math.abs);
    const ref = histogram(abs, 0, Math.max(...abs), 2048);
    expect(absHistogram(x).counts).toEqual(ref.counts);
  });
});

describe('percentile rule', () => {
  // 100 values 0.5, 1.5, …, 99.5 → |x| histogram of 100 bins, one value each, amax 99.5.
  const x = Float32Array.from({ length: 100 }, (_, i) => i + 0.5);
  const h = absHistogram(x, 100);
  it('is the lower edge of the first bin whose cdf reaches p/100 (np.searchsorted side=left)', () => {
    expect(percentileAmax(h, 50)).toBeCloseTo(49 * 0.995, 12); // bin 49 (cdf 0.50), lower edge 49·99.5/100
    expect(percentileAmax(h, 50.5)).toBeCloseTo(50 * 0.995, 12);
    expect(percentileAmax(h, 1)).toBe(0);
    expect(percentileAmax(h, 100)).toBe(99.5); // deliberate: p = 100 keeps everything
  });
  it('per tail on a signed histogram, the lower end at the lower edge of the bin holding the (100 − p) % quantile', () => {
    const s = Float32Array.from({ length: 100 }, (_, i) => i - 49.5); // −49.5 … 49.5
    const r = percentileRange(histogram(s, -49.5, 49.5, 99), 99);
    // Bin k holds value k − 49.5; the last bin also holds the maximum (2 values).
    expect(r.max).toBeCloseTo(48.5, 12); // first bin with cdf ≥ .99: bin 98, its lower edge
    expect(r.min).toBeCloseTo(-49.5, 12); // bin 0 already holds 1 %: its lower edge, nothing below
    expect(percentileRange(histogram(s, -49.5, 49.5, 99), 100)).toEqual({ min: -49.5, max: 49.5 });
  });
  it('never clips a dense lowest bin (GELU piles up at its minimum −0.17)', () => {
    const pile = Float32Array.from({ length: 1000 }, (_, i) => (i < 90 ? -0.17 : (i / 1000) * 10));
    const lo = Math.fround(-0.17);
    const r = percentileRange(histogram(pile, lo, 10, 2048), 99.99);
    expect(r.min).toBe(lo);
  });
});
