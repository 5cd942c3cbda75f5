import { describe, expect, it } from 'vitest';
import { llmActivations, llmWeights } from '../../samples/llm';
import { tf } from '../tf';
import { qparams } from '../quant/qparams';
import type { QuantParams } from '../types';
import { INT8_SYMMETRIC, matMulError } from './matMulError';
import { productError } from './productError';
import { smoothQuant } from './smoothQuant';

const TOKENS = 128;
const CHANNELS = 256;
const OUT = 64;
const X = llmActivations({ tokens: TOKENS, channels: CHANNELS, outlierChannels: 6, seed: 21 });
const W = llmWeights({ channels: CHANNELS, out: OUT, seed: 22 });

/** fake-quantized copy of x (the core's semantics, float32). */
function fq(x: Float32Array, p: QuantParams): Float32Array {
  const inv = Math.fround(1 / p.scale);
  return x.map((v) =>
    Math.fround((Math.min(Math.max(Math.round(Math.fround(v * inv)) + p.zeroPoint, p.qmin), p.qmax) - p.zeroPoint) * p.scale),
  );
}

/** Row-major float64 product as float32 values. */
function matMul(A: Float32Array, B: Float32Array, n: number, k: number, m: number): Float32Array {
  const y = new Float64Array(n * m);
  for (let i = 0; i < n; i++) for (let c = 0; c < k; c++) for (let j = 0; j < m; j++) y[i * m + j] += A[i * k + c] * B[c * m + j];
  return Float32Array.from(y);
}

describe('matMulError', () => {
  it('matches a float64 reference of fq(X)·fq(W) vs X·W', async () => {
    const r = await matMulError(X, [TOKENS, CHANNELS], W, [CHANNELS, OUT]);
    const amax = (a: Float32Array): number => a.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    expect(r.xParams).toEqual(qparams({ min: -amax(X), max: amax(X) }, INT8_SYMMETRIC));
    expect(r.wParams).toEqual(qparams({ min: -amax(W), max: amax(W) }, INT8_SYMMETRIC));
    const y = matMul(X, W, TOKENS, CHANNELS, OUT);
    const yHat = matMul(fq(X, r.xParams), fq(W, r.wParams), TOKENS, CHANNELS, OUT);
    const want = productError(y, yHat);
    expect(r.product.mse / want.mse - 1).toBeLessThan(1e-3);
    expect(Math.abs(r.product.sqnrDb - want.sqnrDb)).toBeLessThan(0.01);
    expect(r.product.maxAbsError / want.maxAbsError - 1).toBeLessThan(1e-2);
    // Symmetric int8 puts +amax at 127.5 → code 128 → clamped to 127 (as torch does): at most the maximum clips.
    expect(r.x.clipped).toBeLessThanOrEqual(1);
    expect(r.w.clipped).toBeLessThanOrEqual(1);
  });

  it('gives a lower int8 product error after SmoothQuant (α = 0.5) on the outlier-channel sample', async () => {
    const before = await matMulError(X, [TOKENS, CHANNELS], W, [CHANNELS, OUT]);
    const s = await smoothQuant(X, [TOKENS, CHANNELS], W, [CHANNELS, OUT], 0.5);
    const after = await matMulError(s.X, [TOKENS, CHANNELS], s.W, [CHANNELS, OUT]);
    expect(after.product.mse).toBeLessThan(before.product.mse / 4);
    expect(after.product.sqnrDb).toBeGreaterThan(before.product.sqnrDb + 6);
    expect(after.x.sqnrDb).toBeGreaterThan(before.x.sqnrDb); // X became easier to quantize…
    expect(after.w.sqnrDb).toBeLessThan(before.w.sqnrDb); // …W a bit harder: the difficulty migrated
  });

  it('takes the spec: int4 is worse than int8, affine works', async () => {
    const int8 = await matMulError(X, [TOKENS, CHANNELS], W, [CHANNELS, OUT]);
    const int4 = await matMulError(X, [TOKENS, CHANNELS], W, [CHANNELS, OUT], { ...INT8_SYMMETRIC, bits: 4 });
    expect(int4.product.mse).toBeGreaterThan(int8.product.mse);
    const affine = await matMulError(X, [TOKENS, CHANNELS], W, [CHANNELS, OUT], {
      bits: 8,
      mode: 'affine',
      signed: false,
      narrowRange: false,
    });
    expect(affine.xParams.zeroPoint).toBeGreaterThan(0);
    expect(Number.isFinite(affine.product.sqnrDb)).toBe(true);
  });

  it('leaks no tensors (numTensors unchanged after matMulError, also on errors)', async () => {
    await tf.ready();
    const before = tf.memory().numTensors;
    await matMulError(X, [TOKENS, CHANNELS], W, [CHANNELS, OUT]);
    expect(tf.memory().numTensors).toBe(before);
    await expect(matMulError(X, [TOKENS, CHANNELS], W, [OUT, CHANNELS])).rejects.toThrow(/X channels must equal W rows/);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('productError skips non-finite pairs and reports +Infinity SQNR for an exact product', () => {
    const e = productError(Float32Array.from([1, 2, NaN, 4]), Float32Array.from([1, 2.5, 3, Infinity]));
    expect(e.mse).toBeCloseTo(0.125, 12);
    expect(e.maxAbsError).toBe(0.5);
    expect(productError(Float32Array.from([1, -2]), Float32Array.from([1, -2])).sqnrDb).toBe(Infinity);
  });
});
