import type { QuantParams, QuantSpec, Range } from '../types';
import { rint } from './rint';

/** Smallest scale handed out, as torch's observers do (float32 epsilon). */
export const MIN_SCALE = 2 ** -23;
export const MIN_BITS = 2;
export const MAX_BITS = 16;

/** Integer code range of a spec: signed [−2^(b−1) (+1 if narrow), 2^(b−1)−1], unsigned [0 (+1 if narrow), 2^b−1]. */
export function codeRange(spec: QuantSpec): { qmin: number; qmax: number } {
  assertBits(spec.bits);
  const levels = 2 ** spec.bits;
  const qmin = (spec.signed ? -levels / 2 : 0) + (spec.narrowRange ? 1 : 0);
  const qmax = spec.signed ? levels / 2 - 1 : levels - 1;
  return { qmin, qmax };
}

/** Throws unless bits is an integer in [2, 16]. */
export function assertBits(bits: number): void {
  if (!Number.isInteger(bits) || bits < MIN_BITS || bits > MAX_BITS) {
    throw new RangeError(`bits must be an integer from ${MIN_BITS} to ${MAX_BITS}, got ${bits}`);
  }
}

/**
 * Scale and zero point for a clipping range, as torch's MinMaxObserver computes them.
 * Affine: the range is widened to include 0, scale = (max − min)/(qmax − qmin), zp = qmin − rint(min/scale).
 * Symmetric: amax = max(|min|, |max|), scale = amax / ((qmax − qmin)/2), zp = 0 (signed) or the mid code (unsigned).
 * Scales are float32 values and never below 2^−23; non-finite bounds are refused.
 */
export function qparams(range: Range, spec: QuantSpec): QuantParams {
  const { qmin, qmax } = codeRange(spec);
  if (!Number.isFinite(range.min) || !Number.isFinite(range.max) || range.min > range.max) {
    throw new RangeError(`range must be finite with min ≤ max, got [${range.min}, ${range.max}]`);
  }
  const lo = Math.fround(Math.min(range.min, 0));
  const hi = Math.fround(Math.max(range.max, 0));
  if (spec.mode === 'symmetric') {
    const amax = Math.max(-lo, hi);
    const scale = Math.max(Math.fround(amax / Math.fround((qmax - qmin) / 2)), MIN_SCALE);
    const zeroPoint = spec.signed ? 0 : Math.floor((qmin + qmax + 1) / 2);
    return { scale, zeroPoint, qmin, qmax };
  }
  const scale = affineScale(lo, hi, qmin, qmax);
  return { scale, zeroPoint: affineZeroPoint(lo, scale, qmin, qmax), qmin, qmax };
}

/** Affine scale of the float32 range [lo, hi] (already widened to include 0): fl32(fl32(hi − lo)/(qmax − qmin)), ≥ 2^−23. */
export function affineScale(lo: number, hi: number, qmin: number, qmax: number): number {
  return Math.max(Math.fround(Math.fround(hi - lo) / (qmax - qmin)), MIN_SCALE);
}

/** Affine zero point for the range's low end lo under scale: qmin − rint(fl32(lo/scale)), clamped to [qmin, qmax]. */
export function affineZeroPoint(lo: number, scale: number, qmin: number, qmax: number): number {
  const zp = qmin - rint(Math.fround(lo / scale));
  return Math.min(Math.max(zp, qmin), qmax);
}

/** Real values of the lowest and highest codes: [(qmin − zp)·scale, (qmax − zp)·scale]. Values beyond are clipped. */
export function representableRange(p: QuantParams): Range {
  return { min: (p.qmin - p.zeroPoint) * p.scale, max: (p.qmax - p.zeroPoint) * p.scale };
}
