import { describe, expect, it } from 'vitest';
import { fakeQuantize, quantize } from './fakeQuantize';
import { codeHistogram } from './codeHistogram';
import { quantError } from './quantError';
import { estimateError } from './estimateError';
import { qparams } from './qparams';
import { histogram } from '../hist/histogram';
import { tensorStats } from '../hist/tensorStats';
import { tf } from '../tf';
import { generateSample } from '../../samples/samples';
import type { QuantSpec } from '../types';

const int8: QuantSpec = { bits: 8, mode: 'affine', signed: true, narrowRange: false };
const x = generateSample({ id: 'laplace-outliers', seed: 7, size: 65536 });

describe('quantError', () => {
  it('agrees with the error of tfjs fakeQuantize computed separately in float64', async () => {
    const p = qparams({ min: -0.3, max: 0.25 }, int8);
    const y = await fakeQuantize(x, p);
    let s = 0;
    let mx = 0;
    for (let i = 0; i < x.length; i++) {
      const e = y[i] - x[i];
      s += e * e;
      mx = Math.max(mx, Math.abs(e));
    }
    const stats = await quantError(x, p);
    expect(stats.mse).toBeCloseTo(s / x.length, 14);
    expect(stats.maxAbsError).toBe(mx);
  });
  it('counts clipped elements and distinct codes like the quantized codes do', async () => {
    const p = qparams({ min: -0.1, max: 0.1 }, { ...int8, bits: 4 });
    const q = await quantize(x, p);
    const inv = Math.fround(1 / p.scale);
    let clipped = 0;
    for (const v of x) {
      const r = Math.round(Math.fround(v * inv)) + p.zeroPoint; // ties do not matter for the outside test here
      if (r < p.qmin || r > p.qmax) clipped++;
    }
    const stats = await quantError(x, p);
    expect(stats.clipped).toBe(clipped);
    expect(stats.levelsUsed).toBe(new Set(q).size);
  });
  it('skips NaN and ±Inf instead of spreading them', async () => {
    const withBad = Float32Array.from([0.5, NaN, -0.25, Infinity, -Infinity, 0.125]);
    const clean = Float32Array.from([0.5, -0.25, 0.125]);
    const p = qparams({ min: -0.5, max: 0.5 }, int8);
    expect(await quantError(withBad, p)).toEqual(await quantError(clean, p));
  });
  it('has an infinite SQNR when every value sits on the grid', async () => {
    const p = qparams({ min: -1, max: 1 }, { ...int8, mode: 'symmetric', narrowRange: true });
    const onGrid = Float32Array.from([0, 1, -1, Math.fround(p.scale * 3)]);
    const s = await quantError(onGrid, p);
    expect(s.mse).toBe(0);
    expect(s.sqnrDb).toBe(Infinity);
  });
  it('raises the MSE about 256-fold when bits drop from 8 to 4 over the full range', async () => {
    const { min, max } = tensorStats(x);
    const range = { min, max };
    const e8 = await quantError(x, qparams(range, int8));
    const e4 = await quantError(x, qparams(range, { ...int8, bits: 4 }));
    expect(e4.mse / e8.mse).toBeGreaterThan(150);
    expect(e4.mse / e8.mse).toBeLessThan(400);
  });
});

describe('estimateError', () => {
  const stats = tensorStats(x);
  const h = histogram(x, stats.min, stats.max, 2048);
  it.each([
    ['a wide range (rounding dominates)', { min: stats.min, max: stats.max }, 8],
    ['a tight range (clipping dominates)', { min: -0.05, max: 0.05 }, 8],
    ['a middle range', { min: -0.3, max: 0.3 }, 8],
    ['4 bits, where the step is wider than the distribution', { min: stats.min, max: 1.5 }, 4],
    ['16 bits, where a bin spans many steps', { min: -0.3, max: 0.3 }, 16],
  ])('is within 5 %% of the exact MSE for %s', async (_name, range, bits) => {
    const p = qparams(range, { ...int8, bits });
    const exact = await quantError(x, p);
    const est = estimateError(h, p, stats);
    expect(Math.abs(est.mse - exact.mse) / exact.mse).toBeLessThan(0.05);
    expect(Math.abs(est.clipped - exact.clipped)).toBeLessThanOrEqual(Math.max(3, exact.clipped * 0.02));
  });
});

describe('tfjs memory', () => {
  it.each([
    ['quantize', () => quantize(x, qparams({ min: -1, max: 1 }, int8))],
    ['fakeQuantize', () => fakeQuantize(x, qparams({ min: -1, max: 1 }, int8))],
  ])('%s leaves no tensor behind', async (_name, run) => {
    await run(); // warm up: the backend may allocate once
    const before = tf.memory().numTensors;
    await run();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('codeHistogram', () => {
  it('counts every finite element on its code, like tfjs quantize does, on the JS loop and the SIMD kernel', async () => {
    const p = qparams({ min: -0.2, max: 0.2 }, { ...int8, bits: 4 });
    const withBad = Float32Array.from([...x.subarray(0, 1000), NaN, Infinity]);
    const codes = await quantize(x.subarray(0, 1000), p);
    const expected = new Float64Array(p.qmax - p.qmin + 1);
    for (const q of codes) expected[q - p.qmin]++;
    expect(Array.from(await codeHistogram(withBad, p))).toEqual(Array.from(expected));
    const repeats = 20; // 20 040 values: long enough for the SIMD kernel
    const long = new Float32Array(withBad.length * repeats);
    for (let r = 0; r < repeats; r++) long.set(withBad, r * withBad.length);
    expect(Array.from(await codeHistogram(long, p))).toEqual(Array.from(expected, (c) => c * repeats));
  });
});
