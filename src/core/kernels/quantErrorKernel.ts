import type { QuantParams } from '../types';
import { ACC, COUNTS, COUNTS_STRIDE, DUMMY, MAX_CODES, feed, kernelFor } from './kernel';

/** Raw sums of fake-quantizing x under p, over its finite elements (float64 sums, real units). */
export interface QuantSums {
  finite: number;
  sumE2: number;
  sumX2: number;
  maxAbs: number;
  clipped: number;
  levelsUsed: number;
  /** counts[k]: finite elements on code qmin + k (after clamping). */
  counts: Float64Array;
}

/**
 * The kernels' arguments for p: inv = fl32(1/scale) and the code bounds relative to the zero point (lo = qmin − zp,
 * hi = qmax − zp), or null where the kernels are not exact: scale not a float32 value, or codes beyond 2^16 or ±2^22.
 */
export function kernelArgs(p: QuantParams): { inv: number; lo: number; hi: number } | null {
  const inv = Math.fround(1 / p.scale);
  const lo = p.qmin - p.zeroPoint;
  const hi = p.qmax - p.zeroPoint;
  const codes = p.qmax - p.qmin + 1;
  const exact = Math.fround(p.scale) === p.scale && Number.isFinite(inv);
  const codesFit = Number.isInteger(lo) && Number.isInteger(hi) && codes >= 1 && codes <= MAX_CODES && Math.max(-lo, hi) < 2 ** 22;
  return exact && codesFit ? { inv, lo, hi } : null;
}

/**
 * quantErrorSync's sums and the count of every code, computed by the SIMD kernel in one pass, or null when it does not apply (no SIMD, a short array
 * outside kernel memory, or parameters outside what the kernel is exact for: scale must be a float32 value).
 */
export function quantSumsKernel(x: Float32Array, p: QuantParams): QuantSums | null {
  const k = kernelFor(x);
  const args = kernelArgs(p);
  if (!k || !args) return null;
  const { inv, lo, hi } = args;
  const codes = p.qmax - p.qmin + 1;
  const { u32, f64 } = k.views();
  for (let j = 0; j < 4; j++) u32.fill(0, (COUNTS + j * COUNTS_STRIDE) / 4, (COUNTS + j * COUNTS_STRIDE) / 4 + codes);
  f64.fill(0, ACC / 8, ACC / 8 + 10); // the 80-byte accumulator block of quant.wat
  const pad = feed(k, x, (ptr, n) => k.exports.quantError(ptr, n, ACC, COUNTS, COUNTS_STRIDE, DUMMY, inv, p.scale, lo, hi));
  const v = k.views(); // as before feed: feeding never grows the memory
  const a = ACC / 8;
  const c = (ACC + 48) / 4;
  const [t0, t1, t2, t3] = [0, 1, 2, 3].map((j) => (COUNTS + j * COUNTS_STRIDE) / 4);
  const counts = new Float64Array(codes);
  let levelsUsed = 0;
  for (let i = 0; i < codes; i++) {
    counts[i] = v.u32[t0 + i] + v.u32[t1 + i] + v.u32[t2 + i] + v.u32[t3 + i];
    if (counts[i] > 0) levelsUsed++;
  }
  const nonFinite = v.u32[c + 4] + v.u32[c + 5] + v.u32[c + 6] + v.u32[c + 7];
  return {
    finite: x.length + pad - nonFinite,
    sumE2: v.f64[a] + v.f64[a + 1],
    sumX2: v.f64[a + 2] + v.f64[a + 3],
    maxAbs: Math.max(v.f64[a + 4], v.f64[a + 5]),
    clipped: v.u32[c] + v.u32[c + 1] + v.u32[c + 2] + v.u32[c + 3],
    levelsUsed,
    counts,
  };
}
