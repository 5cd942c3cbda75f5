import { tf } from '../tf';
import { calibrateSync } from '../calib/calibrate';
import { codes, dequantizeCodes } from '../quant/fakeQuantize';
import { qparams } from '../quant/qparams';
import { quantErrorSync } from '../quant/quantError';
import type { ErrorStats, QuantParams, QuantSpec } from '../types';
import { productError, type ProductError } from './productError';
import { matMulDims } from './shapes';

/** int8 symmetric per-tensor ([−128, 127], zero point 0): the default spec of {@link matMulError}. */
export const INT8_SYMMETRIC: QuantSpec = { bits: 8, mode: 'symmetric', signed: true, narrowRange: false };

/** Quantized-matmul error: the product's, and each operand's own fake-quantization error and qparams. */
export interface MatMulError {
  product: ProductError;
  x: ErrorStats;
  w: ErrorStats;
  xParams: QuantParams;
  wParams: QuantParams;
}

/** Per-tensor qparams of x under spec from max calibration (NaN/±Inf ignored). */
function maxParams(x: Float32Array, spec: QuantSpec): QuantParams {
  return qparams(calibrateSync(x, { kind: 'max' }, spec), spec);
}

/**
 * Y = X·W in float32 (tf.matMul) against the per-tensor fake-quantized product Ŷ = fq(X)·fq(W), each operand
 * max-calibrated under spec (int8 symmetric by default) and fake-quantized with the core's tfjs ops
 * (code = clamp(rint(fl32(x·fl32(1/scale))) + zp), x̂ = (code − zp)·scale). X is tokens×channels, W channels×out,
 * row-major. Every tensor is freed: the graph runs in tf.tidy, the two results are read back asynchronously and disposed.
 */
export async function matMulError(
  X: Float32Array,
  xShape: [number, number],
  W: Float32Array,
  wShape: [number, number],
  spec: QuantSpec = INT8_SYMMETRIC,
): Promise<MatMulError> {
  const { tokens, channels, out } = matMulDims(X, xShape, W, wShape);
  const xParams = maxParams(X, spec);
  const wParams = maxParams(W, spec);
  await tf.ready(); // the wasm backend initialises asynchronously
  const [y, yHat] = tf.tidy((): [tf.Tensor, tf.Tensor] => {
    const xt = tf.tensor2d(X, [tokens, channels]);
    const wt = tf.tensor2d(W, [channels, out]);
    const xq = dequantizeCodes(codes(xt, xParams), xParams);
    const wq = dequantizeCodes(codes(wt, wParams), wParams);
    return [tf.matMul(xt, wt), tf.matMul(xq, wq)];
  });
  try {
    const [yData, yHatData] = (await Promise.all([y.data(), yHat.data()])) as [Float32Array, Float32Array];
    return {
      product: productError(yData, yHatData),
      x: quantErrorSync(X, xParams),
      w: quantErrorSync(W, wParams),
      xParams,
      wParams,
    };
  } finally {
    y.dispose();
    yHat.dispose();
  }
}
