/**
 * ggml's reference quantizers for 32-element blocks (quantize_row_q8_0_ref, quantize_row_q4_0_ref in ggml-quants.c,
 * reproduced bit for bit by gguf-py's numpy quantizers): each writes the dequantized values of one block.
 */
import { f, roundHalfAway, toF16 } from './scalar';

/** Q8_0: d = max|x|/127 stored as f16, q = roundf(x·(1/d)) with the float32 d; y = f16(d)·q. `x`/`y` hold 32 values. */
export function q8_0Block(x: Float32Array, y: Float32Array): number {
  let amax = 0;
  for (let j = 0; j < 32; j++) amax = Math.max(amax, Math.abs(x[j]));
  const d = f(amax / 127);
  const id = d !== 0 ? f(1 / d) : 0;
  const d16 = toF16(d);
  for (let j = 0; j < 32; j++) y[j] = d16 * roundHalfAway(f(x[j] * id));
  return d16;
}

/** Q4_0: d = (the value of largest |x|)/−8 stored as f16, q = min(15, trunc(x·(1/d) + 8.5)); y = f16(d)·(q − 8). */
export function q4_0Block(x: Float32Array, y: Float32Array): number {
  let amax = 0;
  let max = 0;
  for (let j = 0; j < 32; j++) {
    if (amax < Math.abs(x[j])) {
      amax = Math.abs(x[j]);
      max = x[j];
    }
  }
  const d = f(max / -8);
  const id = d !== 0 ? f(1 / d) : 0;
  const d16 = toF16(d);
  for (let j = 0; j < 32; j++) {
    const q = Math.min(15, Math.max(0, Math.trunc(f(f(x[j] * id) + 8.5))));
    y[j] = d16 * (q - 8);
  }
  return d16;
}
