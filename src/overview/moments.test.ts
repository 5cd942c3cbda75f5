import { describe, expect, it } from 'vitest';
import { createRandom } from '../samples/random';
import { tensorStats } from '../core/math';
import { chunkMoments, mergeMoments, type Moments } from './moments';

/** Central sums by a plain float64 two-pass loop (the definition). */
function twoPass(x: Float32Array): Moments {
  let mean = 0;
  for (const v of x) mean += v;
  mean /= x.length;
  const m = { n: x.length, mean, m2: 0, m3: 0, m4: 0 };
  for (const v of x) {
    const d = v - mean;
    m.m2 += d * d;
    m.m3 += d * d * d;
    m.m4 += d * d * d * d;
  }
  return m;
}

function expectClose(a: Moments, b: Moments): void {
  expect(a.n).toBe(b.n);
  for (const k of ['mean', 'm2', 'm3', 'm4'] as const) {
    expect(Math.abs(a[k] - b[k]), `${k}: ${a[k]} vs ${b[k]}`).toBeLessThanOrEqual(
      1e-9 * Math.max(Math.abs(b[k]), b.m2 ** (k === 'm4' ? 2 : k === 'm3' ? 1.5 : 1), 1e-30),
    );
  }
}

describe('chunk moments', () => {
  const rng = createRandom(3);
  const x = Float32Array.from({ length: 5000 }, () => 3 + rng.uniform() ** 3);

  it('are the central sums about the exact mean whatever shift they are summed about', () => {
    for (const mean of [0, 3, 3.2, -10]) expectClose(chunkMoments(x, { ...tensorStats(x), mean }).moments, twoPass(x));
  });

  it('merge pairwise into the moments of the whole (uneven parts, different means)', () => {
    const parts = [x.subarray(0, 7), x.subarray(7, 2000), x.subarray(2000, 2001), x.subarray(2001)];
    const merged = parts.map((p) => chunkMoments(p, { ...tensorStats(p), mean: p[0] }).moments).reduce(mergeMoments);
    expectClose(merged, twoPass(x));
  });

  it('skip NaN and ±Inf and count fp16 overflow (|x| ≥ 65520) and underflow (0 < |x| ≤ 2^−25)', () => {
    const y = Float32Array.of(NaN, Infinity, 65519, 65520, -1e6, 2 ** -25, -(2 ** -26), 2 ** -24, 0, 1);
    const { moments, fp16 } = chunkMoments(y, tensorStats(y));
    expect(moments.n).toBe(8);
    expect(fp16).toEqual({ overflow: 2, underflow: 2 });
  });
});
