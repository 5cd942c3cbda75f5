import { ACC, feed, kernelFor } from './kernel';

/** Raw one-pass sums of a tensor: min/max/Σx/Σx² over the finite elements (float64 sums), and counts. */
export interface StatsSums {
  /** +Infinity / −Infinity when there is no finite element. */
  min: number;
  max: number;
  sum: number;
  sumSquares: number;
  nan: number;
  posInf: number;
  negInf: number;
  zeros: number;
}

/** tensorStats' sums by the SIMD kernel, or null when it does not apply (no SIMD, or a short array outside kernel memory). */
export function statsSumsKernel(x: Float32Array): StatsSums | null {
  const k = kernelFor(x);
  if (!k) return null;
  const { f32, f64, u32 } = k.views();
  f64.fill(0, ACC / 8, ACC / 8 + 16); // the 128-byte accumulator block of quant.wat
  f32.fill(Infinity, ACC / 4, ACC / 4 + 4);
  f32.fill(-Infinity, ACC / 4 + 4, ACC / 4 + 8);
  const pad = feed(k, x, (ptr, n) => k.exports.stats(ptr, n, ACC));
  const a = ACC / 4;
  const d = ACC / 8;
  const count = (lane: number) => u32[a + lane] + u32[a + lane + 1] + u32[a + lane + 2] + u32[a + lane + 3];
  let min = Infinity;
  let max = -Infinity;
  for (let j = 0; j < 4; j++) {
    if (f32[a + j] < min) min = f32[a + j];
    if (f32[a + 4 + j] > max) max = f32[a + 4 + j];
  }
  const posInf = count(20);
  const negInf = count(24);
  return {
    min,
    max,
    sum: f64[d + 4] + f64[d + 5],
    sumSquares: f64[d + 6] + f64[d + 7],
    zeros: count(16),
    posInf,
    negInf,
    nan: count(28) - posInf - negInf - pad,
  };
}
