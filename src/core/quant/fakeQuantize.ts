import { tf } from '../tf';
import type { QuantParams } from '../types';

/** Unclamped codes rint(fl32(x · fl32(1/scale))) + zp as a float32 tensor (tf.round is half-to-even). */
export function rawCodes(x: tf.Tensor, p: QuantParams): tf.Tensor {
  return tf.add(tf.round(tf.mul(x, tf.scalar(Math.fround(1 / p.scale)))), tf.scalar(p.zeroPoint));
}

/** Codes clamped to [qmin, qmax], float32 tensor. */
export function codes(x: tf.Tensor, p: QuantParams): tf.Tensor {
  return tf.clipByValue(rawCodes(x, p), p.qmin, p.qmax);
}

/** Dequantized values fl32((q − zp) · scale), float32 tensor. */
export function dequantizeCodes(q: tf.Tensor, p: QuantParams): tf.Tensor {
  return tf.mul(tf.sub(q, tf.scalar(p.zeroPoint)), tf.scalar(p.scale));
}

/** Reads a tensor built by `build` back to the CPU asynchronously and frees every tensor it made. */
async function readBack<T extends tf.DataType>(build: () => tf.Tensor, dtype: T): Promise<tf.DataTypeMap[T]> {
  await tf.ready(); // the wasm backend initialises asynchronously
  const out = tf.tidy(() => tf.cast(build(), dtype));
  try {
    return (await out.data()) as tf.DataTypeMap[T];
  } finally {
    out.dispose();
  }
}

/** Integer codes of x under p, as torch.quantize_per_tensor(...).int_repr() gives them. */
export function quantize(x: Float32Array, p: QuantParams): Promise<Int32Array> {
  return readBack(() => codes(tf.tensor1d(x), p), 'int32');
}

/** x quantized then dequantized, as torch.fake_quantize_per_tensor_affine gives it. */
export function fakeQuantize(x: Float32Array, p: QuantParams): Promise<Float32Array> {
  return readBack(() => dequantizeCodes(codes(tf.tensor1d(x), p), p), 'float32');
}
