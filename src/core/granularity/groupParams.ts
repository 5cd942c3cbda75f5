import type { QuantParams, QuantSpec, Range, SliceParams } from '../types';
import { affineScale, affineZeroPoint, codeRange, MIN_SCALE, qparams } from '../quant/qparams';
import { groupLayout } from './layout';
import { sliceRanges } from './ranges';
import { unpackParams } from './sliceParams';

/**
 * Scale and zero point of one group from its finite range. Symmetric specs use the narrow-range formula common to
 * group-wise weight quantizers (GPTQ, AWQ, llama.cpp Q8_0): scale = fl32(amax / (2^(b−1) − 1)), zero point 0 (signed)
 * or the mid code (unsigned); codes still clamp to spec's [qmin, qmax]. Affine specs use {@link qparams} on [min, max]
 * (widened to include 0, torch's MinMaxObserver). Scales are float32 and never below 2^−23.
 */
export function groupQparams(range: Range, spec: QuantSpec): QuantParams {
  if (spec.mode === 'affine') return qparams(range, spec);
  if (!Number.isFinite(range.min) || !Number.isFinite(range.max) || range.min > range.max) {
    throw new RangeError(`range must be finite with min ≤ max, got [${range.min}, ${range.max}]`);
  }
  const packed = rangeGroupParams({ min: [range.min], max: [range.max] }, spec);
  return unpackParams(packed)[0];
}

/**
 * {@link groupQparams} of every group's finite range (entry j from [min[j], max[j]]), packed in typed arrays: no
 * object per group. The one implementation of the group formulas.
 */
export function rangeGroupParams(r: { min: ArrayLike<number>; max: ArrayLike<number> }, spec: QuantSpec): SliceParams {
  const { qmin, qmax } = codeRange(spec);
  const n = r.min.length;
  const scale = new Float64Array(n);
  const zeroPoint = new Int32Array(n);
  if (spec.mode === 'affine') {
    for (let j = 0; j < n; j++) {
      const lo = Math.fround(Math.min(r.min[j], 0));
      const s = affineScale(lo, Math.fround(Math.max(r.max[j], 0)), qmin, qmax);
      scale[j] = s;
      zeroPoint[j] = affineZeroPoint(lo, s, qmin, qmax);
    }
  } else {
    const q = 2 ** (spec.bits - 1) - 1;
    zeroPoint.fill(spec.signed ? 0 : Math.floor((qmin + qmax + 1) / 2));
    for (let j = 0; j < n; j++) {
      const amax = Math.max(-Math.fround(Math.min(r.min[j], 0)), Math.fround(Math.max(r.max[j], 0)));
      scale[j] = Math.max(Math.fround(amax / q), MIN_SCALE);
    }
  }
  return { scale, zeroPoint, qmin, qmax };
}

/**
 * Packed parameters of every group of groupSize consecutive elements along the last axis, in row-major group order
 * (entry j covers flat indices [j·groupSize, (j+1)·groupSize)); see {@link groupQparams} for the formulas.
 * RangeError when groupSize does not divide the last axis (the message lists divisors that do).
 */
export function groupParamsPacked(x: Float32Array, shape: readonly number[], groupSize: number, spec: QuantSpec): SliceParams {
  return rangeGroupParams(sliceRanges(x, groupLayout(shape, x.length, groupSize)), spec);
}

/** {@link groupParamsPacked} as one object per group (row-major group order). */
export function groupParamsSync(x: Float32Array, shape: readonly number[], groupSize: number, spec: QuantSpec): QuantParams[] {
  return unpackParams(groupParamsPacked(x, shape, groupSize, spec));
}

/** Public, Promise-returning form of {@link groupParamsSync} (DESIGN §3). */
export async function groupParams(x: Float32Array, shape: number[], groupSize: number, spec: QuantSpec): Promise<QuantParams[]> {
  return groupParamsSync(x, shape, groupSize, spec);
}
