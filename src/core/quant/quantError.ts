import type { ErrorStats, QuantParams } from '../types';
import { quantSumsKernel, type QuantSums } from '../kernels/quantErrorKernel';

/** 1.5 · 2^52: (t + SHIFT) − SHIFT rounds t to the nearest integer, ties to even (for |t| < 2^51). */
const SHIFT = 6755399441055744;

/**
 * Error of fake-quantizing x under p, in one fused pass over the finite elements (NaN/±Inf are skipped):
 * code = clamp(rint(fl32(x·fl32(1/scale))) + zp), x̂ = fl32((code − zp)·scale), e = x̂ − x; sums in float64.
 * One typed-array pass instead of tfjs's seven elementwise passes, and float64 accumulators, which tfjs lacks.
 * Large arrays, and any array from allocTensor, go through the WebAssembly SIMD kernel (same arithmetic; the
 * sums differ from the JS loop's only by float64 summation order); the rest through the JS loop.
 */
export function quantErrorSync(x: Float32Array, p: QuantParams): ErrorStats {
  return errorStats(quantSums(x, p));
}

/** quantErrorSync's figures and, from the same pass, codeCounts[k] = finite elements on code qmin + k. */
export function quantErrorCounts(x: Float32Array, p: QuantParams): { stats: ErrorStats; codeCounts: Float64Array } {
  const s = quantSums(x, p);
  return { stats: errorStats(s), codeCounts: s.counts };
}

/** The raw sums and code counts of fake-quantizing x under p: the SIMD kernel where it applies, else the JS loop. */
export function quantSums(x: Float32Array, p: QuantParams): QuantSums {
  return quantSumsKernel(x, p) ?? quantSumsJs(x, p);
}

function errorStats(s: QuantSums): ErrorStats {
  return {
    mse: s.finite > 0 ? s.sumE2 / s.finite : 0,
    sqnrDb: sqnrDb(s.sumX2, s.sumE2),
    maxAbsError: s.maxAbs,
    clipped: s.clipped,
    levelsUsed: s.levelsUsed,
  };
}

/** quantErrorSync's sums by a scalar JS loop: the path for small arrays and where WebAssembly SIMD is missing. */
export function quantSumsJs(x: Float32Array, p: QuantParams): QuantSums {
  const inv = Math.fround(1 / p.scale);
  const scale = p.scale;
  const lo = p.qmin - p.zeroPoint; // lowest code, relative to the zero point
  const hi = p.qmax - p.zeroPoint;
  const counts = new Float64Array(p.qmax - p.qmin + 1);
  let sumE2 = 0;
  let sumX2 = 0;
  let maxAbs = 0;
  let clipped = 0;
  let finite = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v - v !== 0) continue; // NaN or ±Inf
    finite++;
    let r = Math.fround(v * inv) + SHIFT - SHIFT;
    if (r < lo) {
      r = lo;
      clipped++;
    } else if (r > hi) {
      r = hi;
      clipped++;
    }
    counts[r - lo]++;
    const e = Math.fround(r * scale) - v;
    sumE2 += e * e;
    sumX2 += v * v;
    const a = Math.abs(e);
    if (a > maxAbs) maxAbs = a;
  }
  let levelsUsed = 0;
  for (let k = 0; k < counts.length; k++) if (counts[k] > 0) levelsUsed++;
  return { finite, sumE2, sumX2, maxAbs, clipped, levelsUsed, counts };
}

/** Signal-to-quantization-noise ratio in dB from Σx² and Σe²; +Infinity when there is no error. */
export function sqnrDb(sumX2: number, sumE2: number): number {
  if (sumE2 === 0) return Infinity;
  if (sumX2 === 0) return -Infinity;
  return 10 * Math.log10(sumX2 / sumE2);
}

/** Public, Promise-returning form of {@link quantErrorSync} (DESIGN §3). */
export async function quantError(x: Float32Array, p: QuantParams): Promise<ErrorStats> {
  return quantErrorSync(x, p);
}
