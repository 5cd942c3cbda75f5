import type { QuantParams, QuantSpec } from '../types';
import { qparams } from '../quant/qparams';
import { channelRanges, type SliceRanges } from './ranges';

/**
 * Per-channel scale and zero point along axis, as torch's PerChannelMinMaxObserver(ch_axis=axis) computes them:
 * each channel's finite [min, max] goes through {@link qparams} (affine: range widened to include 0;
 * symmetric: scale = amax / ((qmax − qmin)/2), narrow range via spec.narrowRange). Entry c belongs to index c
 * along axis (row-major shape, negative axis counts from the end); a channel with no finite element gets [0, 0].
 */
export function channelParamsSync(x: Float32Array, shape: readonly number[], axis: number, spec: QuantSpec): QuantParams[] {
  return rangeParams(channelRanges(x, shape, axis), spec);
}

/** {@link qparams} of every slice's finite range: entry c from [min[c], max[c]] (ranges already computed, no pass over x). */
export function rangeParams(r: SliceRanges, spec: QuantSpec): QuantParams[] {
  const out: QuantParams[] = new Array<QuantParams>(r.min.length);
  for (let c = 0; c < out.length; c++) out[c] = qparams({ min: r.min[c], max: r.max[c] }, spec);
  return out;
}

/** Public, Promise-returning form of {@link channelParamsSync} (DESIGN §3). */
export async function channelParams(x: Float32Array, shape: number[], axis: number, spec: QuantSpec): Promise<QuantParams[]> {
  return channelParamsSync(x, shape, axis, spec);
}
