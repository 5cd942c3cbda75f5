import { describe, expect, it } from 'vitest';
import { createRandom } from '../samples/random';
import { tensorStats } from '../core/math';
import { centreGuess, chunkFigures, mergeMoments, type Moments } from './moments';

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
    for (const shift of [0, 3, 3.2, -10]) expectClose(chunkFigures(x, shift).moments, twoPass(x));
  });

  it('merge pairwise into the moments of the whole (uneven parts, different means)', () => {
    const parts = [x.subarray(0, 7), x.subarray(7, 2000), x.subarray(2000, 2001), x.subarray(2001)];
    const merged = parts.map((p) => chunkFigures(p, p[0]).moments).reduce(mergeMoments);
    expectClose(merged, twoPass(x));
  });

  it('skip NaN and ±Inf and count fp16 overflow (|x| ≥ 65520) and underflow (0 < |x| ≤ 2^−25)', () => {
    const y = Float32Array.of(NaN, Infinity, 65519, 65520, -1e6, 2 ** -25, -(2 ** -26), 2 ** -24, 0, 1);
    const { moments, fp16 } = chunkFigures(y, 0);
    expect(moments.n).toBe(8);
    expect(fp16).toEqual({ overflow: 2, underflow: 2 });
  });

  it("give the chunk's tensorStats from the same pass, whatever the shift", () => {
    const y = Float32Array.of(NaN, Infinity, -Infinity, -Infinity, 0, -0, 2.5, -7, 1e-3, 3);
    const ref = tensorStats(y);
    for (const shift of [0, 0.5, -7, 100]) {
      const { stats } = chunkFigures(y, shift);
      expect({ ...stats, mean: 0, std: 0, sumSquares: 0 }).toEqual({ ...ref, mean: 0, std: 0, sumSquares: 0 });
      for (const k of ['mean', 'std', 'sumSquares'] as const) expect(Math.abs(stats[k] - ref[k])).toBeLessThan(1e-12 * Math.abs(ref[k]));
    }
    expect(chunkFigures(Float32Array.of(NaN), 1).stats).toEqual(tensorStats(Float32Array.of(NaN)));
  });

  it('guess the centre from a sample that one outlier cannot pull', () => {
    const z = Float32Array.from({ length: 10_000 }, (_, i) => 5 + (i % 7) * 1e-3);
    z[0] = 1e30;
    expect(Math.abs((centreGuess(z) ?? NaN) - 5)).toBeLessThan(0.01);
    expect(centreGuess(Float32Array.of(NaN, -Infinity, 2, NaN))).toBe(2);
    expect(centreGuess(Float32Array.of(NaN, Infinity))).toBeNull();
  });
});
