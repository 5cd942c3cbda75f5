import type { QuantParams, SliceParams } from '../types';

/** params (one object per slice, all on params[0]'s [qmin, qmax]) packed into typed arrays; RangeError otherwise. */
export function packParams(params: readonly QuantParams[]): SliceParams {
  const n = params.length;
  const qmin = n > 0 ? params[0].qmin : 0;
  const qmax = n > 0 ? params[0].qmax : 0;
  const scale = new Float64Array(n);
  const zeroPoint = new Int32Array(n);
  for (let c = 0; c < n; c++) {
    const p = params[c];
    if (p.qmin !== qmin || p.qmax !== qmax) throw new RangeError('all slices must share one code range [qmin, qmax]');
    if (!Number.isInteger(p.zeroPoint) || Math.abs(p.zeroPoint) >= 2 ** 31) {
      throw new RangeError(`zero point must be a 32-bit integer, got ${p.zeroPoint}`);
    }
    scale[c] = p.scale;
    zeroPoint[c] = p.zeroPoint;
  }
  return { scale, zeroPoint, qmin, qmax };
}

/** One object per slice (slice c → entry c), for the public APIs that return QuantParams[]. */
export function unpackParams(p: SliceParams): QuantParams[] {
  const out = new Array<QuantParams>(p.scale.length);
  for (let c = 0; c < out.length; c++) out[c] = { scale: p.scale[c], zeroPoint: p.zeroPoint[c], qmin: p.qmin, qmax: p.qmax };
  return out;
}

/** The same parameters for every one of n slices (a per-tensor row seen slice by slice). */
export function uniformParams(p: QuantParams, n: number): SliceParams {
  packParams([p]); // checks the zero point
  return { scale: new Float64Array(n).fill(p.scale), zeroPoint: new Int32Array(n).fill(p.zeroPoint), qmin: p.qmin, qmax: p.qmax };
}
