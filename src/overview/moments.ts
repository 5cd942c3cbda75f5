/** Central moments up to the fourth, in float64, streamed chunk by chunk and merged exactly (Pébay 2008). */
import { shiftedSumsKernel, type ShiftedSums } from '../core/kernels/overviewKernels';
import { statsFromSums, type TensorStats } from '../core/math';

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

/** shiftedSumsKernel's figures by a scalar JS loop (where WebAssembly SIMD is missing). */
function shiftedSumsJs(x: Float32Array, shift: number): ShiftedSums {
  const r: ShiftedSums = {
    n: 0,
    s1: 0,
    s2: 0,
    s3: 0,
    s4: 0,
    tiny: 0,
    huge: 0,
    min: Infinity,
    max: -Infinity,
    zeros: 0,
    nan: 0,
    posInf: 0,
    negInf: 0,
  };
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v - v !== 0) {
      if (v !== v) r.nan++;
      else if (v > 0) r.posInf++;
      else r.negInf++;
      continue;
    }
    r.n++;
    const d = v - shift;
    const d2 = d * d;
    r.s1 += d;
    r.s2 += d2;
    r.s3 += d2 * d;
    r.s4 += d2 * d2;
    if (v < r.min) r.min = v;
    if (v > r.max) r.max = v;
    if (v === 0) r.zeros++;
    const a = Math.abs(v);
    if (a <= FP16_UNDERFLOW) r.tiny++;
    if (a >= FP16_OVERFLOW) r.huge++;
  }
  return r;
}

/**
 * One pass over a chunk: its moments about its exact mean (summed about `shift`, any finite guess of the centre,
 * then corrected: the closer the guess, the smaller the rounding), its fp16 cast counts (underflow: 0 < |x| ≤
 * 2^−25) and its tensorStats (Σx and Σx² from the same shifted sums). The SIMD kernel, or the JS loop.
 */
export function chunkFigures(x: Float32Array, shift: number): { moments: Moments; fp16: Fp16Counts; stats: TensorStats } {
  const r = shiftedSumsKernel(x, shift, FP16_UNDERFLOW, FP16_OVERFLOW) ?? shiftedSumsJs(x, shift);
  const { n, s1, s2, s3, s4 } = r;
  const sums = { ...r, sum: s1 + n * shift, sumSquares: s2 + 2 * shift * s1 + n * shift * shift };
  const stats = statsFromSums(sums, x.length);
  const fp16 = { overflow: r.huge, underflow: r.tiny - r.zeros };
  if (n === 0) return { moments: EMPTY_MOMENTS, fp16, stats };
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
    stats,
  };
}

/** Values sampled by centreGuess. */
const CENTRE_SAMPLES = 63;

/**
 * A guess of the centre of x's finite values that one outlier cannot pull far: the median of the finite values
 * among CENTRE_SAMPLES evenly spaced ones, else x's first finite value; null when x has none.
 */
export function centreGuess(x: Float32Array): number | null {
  const step = Math.max(1, Math.floor(x.length / CENTRE_SAMPLES));
  const sample: number[] = [];
  for (let i = 0; i < x.length && sample.length < CENTRE_SAMPLES; i += step) if (x[i] - x[i] === 0) sample.push(x[i]);
  if (sample.length > 0) return sample.sort((a, b) => a - b)[sample.length >> 1];
  const first = x.find((v) => v - v === 0);
  return first ?? null;
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
