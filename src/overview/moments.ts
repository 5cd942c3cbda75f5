/** Central moments up to the fourth, in float64, streamed chunk by chunk and merged exactly (Pébay 2008). */
import { shiftedSumsKernel, type ShiftedSums } from '../core/kernels/overviewKernels';

/** n values' count, mean and central sums M2 = Σ(x−μ)², M3 = Σ(x−μ)³, M4 = Σ(x−μ)⁴. */
export interface Moments {
  n: number;
  mean: number;
  m2: number;
  m3: number;
  m4: number;
}

/** Counts of a cast to IEEE fp16 gathered in the same loop: to ±Inf, and nonzero to ±0. */
export interface Fp16Counts {
  overflow: number;
  underflow: number;
}

export const EMPTY_MOMENTS: Moments = { n: 0, mean: 0, m2: 0, m3: 0, m4: 0 };

/** fp16 rounds |x| ≥ 65520 (65504 + half a step of 32) up to Inf. */
export const FP16_OVERFLOW = 65520;
/** fp16 rounds 0 < |x| ≤ 2^−25 (half the smallest subnormal, a tie that goes to even 0) to zero. */
export const FP16_UNDERFLOW = 2 ** -25;

/** What chunkMoments needs from the chunk's tensorStats: a close guess of the mean, the zero count and the range. */
export interface ChunkSummary {
  mean: number;
  zeros: number;
  min: number;
  max: number;
}

/** Finite elements with |x| ≥ FP16_OVERFLOW (a second loop, run only when the chunk's range reaches that far). */
function countOverflow(x: Float32Array): number {
  let over = 0;
  for (let i = 0; i < x.length; i++) if (Math.abs(x[i]) >= FP16_OVERFLOW && x[i] - x[i] === 0) over++;
  return over;
}

/** shiftedSumsKernel's figures by a scalar JS loop (where WebAssembly SIMD is missing). */
function shiftedSumsJs(x: Float32Array, s: ChunkSummary): ShiftedSums {
  const shift = s.mean;
  let n = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let tiny = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v - v !== 0) continue; // NaN or ±Inf
    n++;
    const d = v - shift;
    const d2 = d * d;
    s1 += d;
    s2 += d2;
    s3 += d2 * d;
    s4 += d2 * d2;
    if (Math.abs(v) <= FP16_UNDERFLOW) tiny++;
  }
  const huge = s.max >= FP16_OVERFLOW || s.min <= -FP16_OVERFLOW ? countOverflow(x) : 0;
  return { n, s1, s2, s3, s4, tiny, huge };
}

/**
 * Moments of the finite values of x, summed about s.mean (the chunk's float64 mean from its sums) and then
 * corrected to the exact mean, so the sums stay small and the result is stable; fp16 cast counts on the side
 * (underflow: |x| ≤ 2^−25, minus the exact zeros s.zeros). One pass of the SIMD kernel, or the JS loop.
 */
export function chunkMoments(x: Float32Array, s: ChunkSummary): { moments: Moments; fp16: Fp16Counts } {
  const shift = s.mean;
  const { n, s1, s2, s3, s4, tiny, huge } = shiftedSumsKernel(x, shift, FP16_UNDERFLOW, FP16_OVERFLOW) ?? shiftedSumsJs(x, s);
  const fp16 = { overflow: huge, underflow: tiny - s.zeros };
  if (n === 0) return { moments: EMPTY_MOMENTS, fp16 };
  const d = s1 / n; // the exact mean is shift + d
  return {
    moments: {
      n,
      mean: shift + d,
      m2: s2 - s1 * d,
      m3: s3 - 3 * d * s2 + 2 * d * d * s1,
      m4: s4 - 4 * d * s3 + 6 * d * d * s2 - 3 * d * d * d * s1,
    },
    fp16,
  };
}

/** Moments of two disjoint parts combined (Pébay's pairwise update), as if computed over both at once. */
export function mergeMoments(a: Moments, b: Moments): Moments {
  if (a.n === 0) return b;
  if (b.n === 0) return a;
  const n = a.n + b.n;
  const delta = b.mean - a.mean;
  const dn = delta / n;
  const ab = a.n * b.n;
  return {
    n,
    mean: a.mean + dn * b.n,
    m2: a.m2 + b.m2 + delta * dn * ab,
    m3: a.m3 + b.m3 + delta * dn * dn * ab * (a.n - b.n) + 3 * dn * (a.n * b.m2 - b.n * a.m2),
    m4:
      a.m4 +
      b.m4 +
      delta * dn * dn * dn * ab * (a.n * a.n - ab + b.n * b.n) +
      6 * dn * dn * (a.n * a.n * b.m2 + b.n * b.n * a.m2) +
      4 * dn * (a.n * b.m3 - b.n * a.m3),
  };
}

/** Population standard deviation √(M2/n) (0 for no values). */
export function momentStd(m: Moments): number {
  return m.n > 0 ? Math.sqrt(Math.max(m.m2, 0) / m.n) : 0;
}

/** Excess kurtosis n·M4/M2² − 3 (scipy.stats.kurtosis' default); 0 when M2 is 0. */
export function momentKurtosis(m: Moments): number {
  return m.m2 > 0 ? (m.n * m.m4) / (m.m2 * m.m2) - 3 : 0;
}
