import { describe, expect, it } from 'vitest';
import { generateSample } from '../../samples/samples';
import { growingHistogram, widenToCover } from './growingHistogram';
import { histogram } from './histogram';
import { tensorStats } from './tensorStats';

describe('widenToCover', () => {
  it('doubles the range by merging bin pairs, keeping every count', () => {
    const h = histogram(Float32Array.from([0.1, 0.6, 1.1, 1.6]), 0, 2, 4);
    const up = widenToCover(h, 0, 3);
    expect([up.lo, up.hi, Array.from(up.counts)]).toEqual([0, 4, [2, 2, 0, 0]]);
    const down = widenToCover(h, -1, 1);
    expect([down.lo, down.hi, Array.from(down.counts)]).toEqual([-2, 2, [0, 0, 2, 2]]);
  });
});

describe('growingHistogram', () => {
  it('gives, in one pass over chunks, the histogram a second pass over its final range would give', () => {
    const x = generateSample({ id: 'laplace-outliers', seed: 4, size: 1 << 16 });
    const pass = growingHistogram(2048);
    for (let i = 0; i < x.length; i += 4096) pass.add(x.subarray(i, i + 4096));
    const { stats, histogram: h } = pass.finish();
    expect(stats).toMatchObject({ min: tensorStats(x).min, max: tensorStats(x).max, finite: x.length });
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(x.length);
    expect(Array.from(h.counts)).toEqual(Array.from(histogram(x, h.lo, h.hi, h.counts.length).counts));
    expect(h.counts.length).toBeGreaterThan(256);
  });
  it('copes with chunks of only NaN and with no chunk at all', () => {
    const pass = growingHistogram(16);
    pass.add(Float32Array.from([NaN, NaN]));
    pass.add(Float32Array.from([1, 2, 3]));
    expect(pass.finish().histogram.counts.reduce((a, b) => a + b, 0)).toBe(3);
    expect(growingHistogram(16).finish().stats.finite).toBe(0);
  });
});
