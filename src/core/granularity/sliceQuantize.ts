import type { QuantParams } from '../types';
import { channelLayout, groupLayout } from './layout';
import type { SliceLayout } from './layout';

/** 1.5 · 2^52: (t + SHIFT) − SHIFT rounds t to the nearest integer, ties to even (for |t| < 2^51). */
const SHIFT = 6755399441055744;

/**
 * Quantizes every slice c of the layout with params[c] in one sequential pass. Writes the clamped codes
 * clamp(rint(fl32(x·fl32(1/scale))) + zp, qmin, qmax) to codes and/or fl32((code − zp)·scale) to values, at the
 * element's own flat index. NaN gives code zp and value NaN; ±Inf clamps to the end codes and their values, as in torch.
 */
export function quantizeSlices(
  x: Float32Array,
  layout: SliceLayout,
  params: readonly QuantParams[],
  codes: Int32Array | null,
  values: Float32Array | null,
): void {
  const { outer, channels, inner } = layout;
  if (params.length !== channels) throw new RangeError(`expected ${channels} quantization parameters, got ${params.length}`);
  const inv = new Float64Array(channels);
  for (let c = 0; c < channels; c++) inv[c] = Math.fround(1 / params[c].scale);
  let i = 0;
  for (let o = 0; o < outer; o++) {
    for (let c = 0; c < channels; c++) {
      const p = params[c];
      const k = inv[c];
      const lo = p.qmin - p.zeroPoint;
      const hi = p.qmax - p.zeroPoint;
      const end = i + inner;
      for (; i < end; i++) {
        const v = x[i];
        let r = Math.fround(v * k) + SHIFT - SHIFT;
        if (r !== r) r = 0;
        else if (r < lo) r = lo;
        else if (r > hi) r = hi;
        if (codes !== null) codes[i] = r + p.zeroPoint;
        if (values !== null) values[i] = v === v ? Math.fround(r * p.scale) : v;
      }
    }
  }
}

/** Per-channel integer codes along axis (row-major, same flat order as x), as torch.quantize_per_channel().int_repr(). */
export function quantizePerChannel(x: Float32Array, shape: readonly number[], axis: number, params: readonly QuantParams[]): Int32Array {
  const out = new Int32Array(x.length);
  quantizeSlices(x, channelLayout(shape, x.length, axis), params, out, null);
  return out;
}

/** Per-channel fake quantization along axis, as torch.fake_quantize_per_channel_affine (row-major, float32). */
export function fakeQuantizePerChannel(
  x: Float32Array,
  shape: readonly number[],
  axis: number,
  params: readonly QuantParams[],
): Float32Array {
  const out = new Float32Array(x.length);
  quantizeSlices(x, channelLayout(shape, x.length, axis), params, null, out);
  return out;
}

/** Group-wise integer codes (groups of groupSize consecutive elements on the last axis, params in group order). */
export function quantizePerGroup(x: Float32Array, shape: readonly number[], groupSize: number, params: readonly QuantParams[]): Int32Array {
  const out = new Int32Array(x.length);
  quantizeSlices(x, groupLayout(shape, x.length, groupSize), params, out, null);
  return out;
}

/** Group-wise fake quantization (groups of groupSize consecutive elements on the last axis), float32. */
export function fakeQuantizePerGroup(
  x: Float32Array,
  shape: readonly number[],
  groupSize: number,
  params: readonly QuantParams[],
): Float32Array {
  const out = new Float32Array(x.length);
  quantizeSlices(x, groupLayout(shape, x.length, groupSize), params, null, out);
  return out;
}
