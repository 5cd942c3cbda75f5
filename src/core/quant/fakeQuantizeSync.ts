import type { QuantParams } from '../types';
import { rint } from './rint';

/** x fake-quantized without tfjs: x̂ = fl32((clamp(rint(fl32(x·fl32(1/scale))) + zp) − zp)·scale); NaN stays NaN. For small tensors on the CPU. */
export function fakeQuantizeSync(x: Float32Array, p: QuantParams): Float32Array {
  const inv = Math.fround(1 / p.scale);
  const out = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const q = Math.min(Math.max(rint(Math.fround(x[i] * inv)) + p.zeroPoint, p.qmin), p.qmax);
    out[i] = (q - p.zeroPoint) * p.scale;
  }
  return out;
}
