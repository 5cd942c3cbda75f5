import { describe, expect, it } from 'vitest';
import { llmActivations, llmWeights } from '../../samples/llm';
import { smoothQuant, smoothQuantSync } from './smoothQuant';
import { columnAbsMax, rowAbsMax, smoothScales } from './scales';

const TOKENS = 64;
const CHANNELS = 48;
const OUT = 32;
const X = llmActivations({ tokens: TOKENS, channels: CHANNELS, outlierChannels: 3, seed: 5 });
const W = llmWeights({ channels: CHANNELS, out: OUT, seed: 6 });

/** Y = X·W in float64 and Σ_k |X_ik||W_kj| (the float32 error scale of each output), row-major tokens×out. */
function matMul64(A: Float32Array, B: Float32Array, n: number, k: number, m: number): { y: Float64Array; abs: Float64Array } {
  const y = new Float64Array(n * m);
  const abs = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < k; c++) {
      const a = A[i * k + c];
      for (let j = 0; j < m; j++) {
        y[i * m + j] += a * B[c * m + j];
        abs[i * m + j] += Math.abs(a * B[c * m + j]);
      }
    }
  }
  return { y, abs };
}

/** max |column j of X| by slicing, independent of columnAbsMax. */
const colMax = (j: number): number => Math.max(...Array.from({ length: TOKENS }, (_, t) => Math.abs(X[t * CHANNELS + j])));
const rowMax = (j: number): number => Math.max(...Array.from(W.subarray(j * OUT, (j + 1) * OUT), Math.abs));

describe('smoothQuant', () => {
  it.each([0, 0.25, 0.5, 0.75, 1])("keeps the product: X'·W' = X·W to float32 rounding (α = %s)", async (alpha) => {
    const s = await smoothQuant(X, [TOKENS, CHANNELS], W, [CHANNELS, OUT], alpha);
    expect(s.X).toHaveLength(X.length);
    expect(s.W).toHaveLength(W.length);
    const ref = matMul64(X, W, TOKENS, CHANNELS, OUT);
    const got = matMul64(s.X, s.W, TOKENS, CHANNELS, OUT).y;
    for (let i = 0; i < got.length; i++) expect(Math.abs(got[i] - ref.y[i])).toBeLessThanOrEqual(2 ** -22 * ref.abs[i]);
  });

  it.each([0, 0.5, 1])('computes s_j = max|X_j|^α / max|W_j|^(1−α) to 1e−6 (α = %s)', (alpha) => {
    const { scales } = smoothQuantSync(X, [TOKENS, CHANNELS], W, [CHANNELS, OUT], alpha);
    for (let j = 0; j < CHANNELS; j++) {
      const want = colMax(j) ** alpha / rowMax(j) ** (1 - alpha);
      expect(Math.abs(scales[j] / want - 1)).toBeLessThan(1e-6);
    }
  });

  it('moves everything into W at α = 1 (X columns reach 1) and nothing at α = 0 (W rows reach 1)', () => {
    const one = smoothQuantSync(X, [TOKENS, CHANNELS], W, [CHANNELS, OUT], 1);
    for (const m of columnAbsMax(one.X, TOKENS, CHANNELS)) expect(m).toBeCloseTo(1, 6);
    const zero = smoothQuantSync(X, [TOKENS, CHANNELS], W, [CHANNELS, OUT], 0);
    for (const m of rowAbsMax(zero.W, CHANNELS, OUT)) expect(m).toBeCloseTo(1, 6);
  });

  it('flattens the outlier channels at α = 0.5: max|X′_j| = √(max|X_j|·max|W_j|)', () => {
    const before = columnAbsMax(X, TOKENS, CHANNELS);
    const s = smoothQuantSync(X, [TOKENS, CHANNELS], W, [CHANNELS, OUT], 0.5);
    const after = columnAbsMax(s.X, TOKENS, CHANNELS);
    const spread = (m: Float64Array): number => Math.max(...m) / Math.min(...m);
    expect(spread(before)).toBeGreaterThan(50);
    expect(spread(after)).toBeLessThan(spread(before) / 4);
  });

  it('guards zeros: s_j = 1 where the X column or the W row is all zero', () => {
    const x = Float32Array.from([0, 2, 4, 0, -3, 1]); // 2×3, column 0 all zero
    const w = Float32Array.from([1, 2, 0, 0, 5, -1]); // 3×2, row 1 all zero
    const s = smoothQuantSync(x, [2, 3], w, [3, 2], 0.5);
    expect(s.scales[0]).toBe(1);
    expect(s.scales[1]).toBe(1);
    expect(s.scales[2]).toBe(Math.fround(Math.sqrt(4 / 5)));
    // α = 0: s = 1/max|W_j|; 1/1e−45 overflows float32, so the guard keeps s = 1 rather than Inf.
    expect(Array.from(smoothScales(Float64Array.from([0, 1]), Float64Array.from([1, 1e-45]), 0))).toEqual([1, 1]);
  });

  it('validates shapes and alpha with RangeErrors', () => {
    const w2 = new Float32Array((CHANNELS + 1) * OUT);
    expect(() => smoothQuantSync(X, [TOKENS, CHANNELS], w2, [CHANNELS + 1, OUT], 0.5)).toThrow(RangeError);
    expect(() => smoothQuantSync(X, [TOKENS, CHANNELS], w2, [CHANNELS + 1, OUT], 0.5)).toThrow(
      /X has 48 channels \(columns\) but W has 49 rows/,
    );
    expect(() => smoothQuantSync(X, [TOKENS, CHANNELS], W, [CHANNELS + 1, OUT], 0.5)).toThrow(/W shape \[49, 32\] holds 1568 elements/);
    expect(() => smoothQuantSync(X, [TOKENS + 1, CHANNELS], W, [CHANNELS, OUT], 0.5)).toThrow(/X shape/);
    expect(() => smoothQuantSync(X, [TOKENS * CHANNELS, 1], W, [CHANNELS, OUT], 0.5)).toThrow(/channels/);
    expect(() => smoothQuantSync(X, [TOKENS, CHANNELS], W, [CHANNELS, 1.5], 0.5)).toThrow(/positive integers/);
    for (const a of [-0.1, 1.1, NaN]) expect(() => smoothQuantSync(X, [TOKENS, CHANNELS], W, [CHANNELS, OUT], a)).toThrow(/alpha/);
    return expect(smoothQuant(X, [TOKENS, CHANNELS], W, [1, OUT], 0.5)).rejects.toThrow(RangeError);
  });
});
