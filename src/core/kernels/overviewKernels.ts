/**
 * The overview's fused SIMD kernels (quant.wat, "overview: fused per-tensor figures"): shifted power sums,
 * per-channel / group-wise errors of whole segments, and the per-tensor error and outlier count of a held tensor. Each returns null
 * where WebAssembly SIMD is missing (the caller then runs its JS loop); any length is taken (copied through
 * kernel memory), so small fixtures exercise the same code as multi-GB files.
 */
import { f32AtMost, nextFloat32 } from './float32';
import { ACC, CHUNK, COUNTS, SCRATCH, feed, getKernel, isResident } from './kernel';

/**
 * One pass over x: Σd, Σd², Σd³, Σd⁴ (d = x − shift, float64) over the finite values, counts of finite |x| beyond
 * two thresholds, and the range and counts tensorStats takes.
 */
export interface ShiftedSums {
  /** Finite values. */
  n: number;
  s1: number;
  s2: number;
  s3: number;
  s4: number;
  /** Finite values with |x| ≤ tiny (exact zeros included). */
  tiny: number;
  /** Finite values with |x| ≥ huge. */
  huge: number;
  /** Range of the finite values (+Infinity / −Infinity when there are none). */
  min: number;
  max: number;
  /** Values exactly ±0, NaN, +Infinity, −Infinity. */
  zeros: number;
  nan: number;
  posInf: number;
  negInf: number;
}

/** Sum of the four u32 lanes at u32 index i. */
function lanes(u32: Uint32Array, i: number): number {
  return u32[i] + u32[i + 1] + u32[i + 2] + u32[i + 3];
}

/** Shifted power sums and statistics of x about `shift` (float64), one SIMD pass; tiny, huge: float32 thresholds on |x|. */
export function shiftedSumsKernel(x: Float32Array, shift: number, tiny: number, huge: number): ShiftedSums | null {
  const k = getKernel();
  if (!k) return null;
  const init = k.views();
  init.f64.fill(0, ACC / 8, ACC / 8 + 24); // the 192-byte accumulator block of "moments" and "rangeCounts"
  init.f32.fill(Infinity, (ACC + 112) / 4, (ACC + 128) / 4);
  init.f32.fill(-Infinity, (ACC + 128) / 4, (ACC + 144) / 4);
  const pad = feed(k, x, (ptr, n) => {
    k.exports.moments(ptr, n, ACC, shift);
    k.exports.rangeCounts(ptr, n, ACC, tiny, huge); // the same values again, from cache
  });
  const { f32, f64, u32 } = k.views();
  const d = ACC / 8;
  const sum = (j: number): number => f64[d + 2 * j] + f64[d + 2 * j + 1];
  const at = (byte: number): number => (ACC + byte) / 4;
  const bad = lanes(u32, at(96)) - pad; // NaN pads count as non-finite
  const posInf = lanes(u32, at(160));
  const negInf = lanes(u32, at(176));
  return {
    n: x.length - bad,
    s1: sum(0),
    s2: sum(1),
    s3: sum(2),
    s4: sum(3),
    tiny: lanes(u32, at(64)),
    huge: lanes(u32, at(80)),
    min: Math.min(...f32.subarray(at(112), at(112) + 4)),
    max: Math.max(...f32.subarray(at(128), at(128) + 4)),
    zeros: lanes(u32, at(144)),
    nan: bad - posInf - negInf,
    posInf,
    negInf,
  };
}

/**
 * Float32 thresholds equivalent to |fl64(x − mean)| > far for every float32 x: x ≥ hi or x ≤ lo (the float64
 * difference is monotone in x, so each side is one interval; ±Infinity where no finite x qualifies).
 */
export function farThresholds(mean: number, far: number): { hi: number; lo: number } {
  if (!(far >= 0 && Number.isFinite(mean))) return { hi: Infinity, lo: -Infinity };
  const above = (x: number): boolean => x - mean > far;
  const below = (x: number): boolean => x - mean < -far;
  let hi = Math.fround(mean + far);
  while (hi < Infinity && !above(hi)) hi = nextFloat32(hi, true);
  while (above(nextFloat32(hi, false))) hi = nextFloat32(hi, false);
  let lo = Math.fround(mean - far);
  while (lo > -Infinity && !below(lo)) lo = nextFloat32(lo, false);
  while (below(nextFloat32(lo, true))) lo = nextFloat32(lo, true);
  return { hi, lo };
}

/**
 * The figures of a held tensor (its parts in order) that need its range, mean and σ first, in one SIMD pass:
 * Σ(x̂ − x)² under symmetric codes [−lim, lim] at `scale` (float32; x̂ as quantErrorSync's), and the finite
 * values with |x − mean| > far and with |x| > far (float64 meaning, compared in float32 through farThresholds and
 * f32AtMost). Every error term is exact when `scale` comes from the values' own max |x| (as the overview's does:
 * nothing is clipped); a clipped value's term is rounded to float32.
 */
export function heldFiguresKernel(
  parts: readonly Float32Array[],
  scale: number,
  lim: number,
  mean: number,
  far: number,
): { sumE2: number; far: number; farAbs: number } | null {
  const k = getKernel();
  if (!k) return null;
  const { hi, lo } = farThresholds(mean, far);
  const abs = far >= 0 ? f32AtMost(far) : Infinity; // |x| > far ⇔ |x| > abs
  k.views().f64.fill(0, ACC / 8, ACC / 8 + 6);
  for (const x of parts) feed(k, x, (ptr, n) => k.exports.heldFigures(ptr, n, ACC, scale, lim, hi, lo, abs)); // NaN pads add nothing
  const { f64, u32 } = k.views();
  const count = (at: number): number => {
    const c = (ACC + at) / 4;
    return u32[c] + 2 ** 32 * u32[c + 1] + u32[c + 2] + 2 ** 32 * u32[c + 3];
  };
  return { sumE2: f64[ACC / 8], far: count(16), farAbs: count(32) };
}

/** Error sums of whole segments; channelAbsmax[s] is segment s's max |x| (empty without channels). */
export interface SegmentErrorSums {
  /** Σ(x̂ − x)² under symmetric int8 with one scale per segment (0 without channels). */
  channelE2: number;
  /** Σ(x̂ − x)² under symmetric int4 with one scale per 128 values (0 without groups). */
  groupE2: number;
  channelAbsmax: Float32Array;
}

/** Longest segment the kernel takes (it must fit the scratch area whole). */
export const MAX_KERNEL_SEGMENT = CHUNK;

/**
 * Per-segment int8 errors (`channels`: one segment = one channel) and int4 errors of groups of 128 (`groups`) of
 * x, cut into segments of `length` values, one SIMD pass over each segment while it is in cache (read in place when
 * x is resident in kernel memory, e.g. a forEachStaged piece, else copied through scratch). Null when the
 * kernel does not apply: no SIMD, `length` not a multiple of 8 (of 128 with groups) or above MAX_KERNEL_SEGMENT.
 */
export function segmentErrorsKernel(x: Float32Array, length: number, groups: boolean, channels: boolean): SegmentErrorSums | null {
  const k = getKernel();
  const fits = length > 0 && length % (groups ? 128 : 8) === 0 && length <= MAX_KERNEL_SEGMENT;
  if (!k || !fits || x.length % length !== 0) return null;
  const segments = x.length / length;
  const channelAbsmax = new Float32Array(channels ? segments : 0);
  const per = Math.floor(CHUNK / length); // whole segments per kernel call
  const inPlace = isResident(k, x) && x.byteOffset % 16 === 0;
  k.views().f64.fill(0, ACC / 8, ACC / 8 + 2);
  for (let s = 0; s < segments; s += per) {
    const count = Math.min(per, segments - s);
    let ptr = x.byteOffset + 4 * s * length;
    if (!inPlace) {
      k.views().f32.set(x.subarray(s * length, (s + count) * length), SCRATCH / 4);
      ptr = SCRATCH;
    }
    k.exports.segmentErrors(ptr, count, length, groups ? 1 : 0, channels ? 1 : 0, ACC, COUNTS); // max |x| into COUNTS
    if (channels) channelAbsmax.set(k.views().f32.subarray(COUNTS / 4, COUNTS / 4 + count), s);
  }
  const { f64 } = k.views();
  return { channelE2: f64[ACC / 8], groupE2: f64[ACC / 8 + 1], channelAbsmax };
}
