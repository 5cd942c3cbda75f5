import type { QuantParams, QuantSpec, Range } from '../types';
import { codeRange, MIN_SCALE, qparams } from '../quant/qparams';
import { groupLayout } from './layout';
import { sliceRanges } from './ranges';

/**
 * Scale and zero point of one group from its finite range. Symmetric specs use the narrow-range formula common to
 * group-wise weight quantizers (GPTQ, AWQ, llama.cpp Q8_0): scale = fl32(amax / (2^(b−1) − 1)), zero point 0 (signed)
 * or the mid code (unsigned); codes still clamp to spec's [qmin, qmax]. Affine specs use {@link qparams} on [min, max]
 * (widened to include 0, torch's MinMaxObserver). Scales are float32 and never below 2^−23.
 */
export function groupQparams(range: Range, spec: QuantSpec): QuantParams {
  if (spec.mode === 'affine') return qparams(range, spec);
  const { qmin, qmax } = codeRange(spec);
  if (!Number.isFinite(range.min) || !Number.isFinite(range.max) || range.min > range.max) {
    throw new RangeError(`range must be finite with min ≤ max, got [${range.min}, ${range.max}]`);
  }
  const amax = Math.max(-Math.fround(Math.min(range.min, 0)), Math.fround(Math.max(range.max, 0)));
  const scale = Math.max(Math.fround(amax / (2 ** (spec.bits - 1) - 1)), MIN_SCALE);
  const zeroPoint = spec.signed ? 0 : Math.floor((qmin + qmax + 1) / 2);
  return { scale, zeroPoint, qmin, qmax };
}

/**
 * Parameters of every group of groupSize consecutive elements along the last axis, in row-major group order
 * (entry j covers flat indices [j·groupSize, (j+1)·groupSize)); see {@link groupQparams} for the formulas.
 * RangeError when groupSize does not divide the last axis (the message lists divisors that do).
 */
export function groupParamsSync(x: Float32Array, shape: readonly number[], groupSize: number, spec: QuantSpec): QuantParams[] {
  const r = sliceRanges(x, groupLayout(shape, x.length, groupSize));
  const out: QuantParams[] = new Array<QuantParams>(r.min.length);
  for (let j = 0; j < out.length; j++) out[j] = groupQparams({ min: r.min[j], max: r.max[j] }, spec);
  return out;
}

/** Public, Promise-returning form of {@link groupParamsSync} (DESIGN §3). */
export async function groupParams(x: Float32Array, shape: number[], groupSize: number, spec: QuantSpec): Promise<QuantParams[]> {
  return groupParamsSync(x, shape, groupSize, spec);
}
