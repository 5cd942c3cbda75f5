import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { compileWat, WAT_PATH } from '../../../scripts/build-kernels';
import { QUANT_WASM_BASE64 } from './quantWasm.generated';
import { allocTensor, getKernel, MAX_HIST_BINS } from './kernel';
import { quantSumsKernel } from './quantErrorKernel';
import { f32AtLeast, f32AtMost, nextFloat32 } from './float32';
import { accumulateHistogramKernel } from './histogramKernel';
import { statsSumsKernel } from './statsKernel';
import { sliceSumsKernel, type SliceSums } from './sliceErrorKernel';
import { sliceSumsJs } from '../granularity/sliceError';
import { packParams, uniformParams } from '../granularity/sliceParams';
import { quantSumsJs } from '../quant/quantError';
import { qparams } from '../quant/qparams';
import { accumulateHistogramJs, emptyHistogram } from '../hist/histogram';
import { statsSumsJs } from '../hist/tensorStats';
import type { QuantSpec } from '../types';
import { rng } from '../../../tests/helpers/random';

const SPECIALS = [NaN, Infinity, -Infinity, 0, -0, 1e-45, -1e-45, 3e38, -3e38, 1e-3];

/** n heavy-tailed values with specials sprinkled in (every 97th value). */
function data(n: number, seed: number): Float32Array {
  const u = rng(seed);
  const x = new Float32Array(n);
  for (let i = 0; i < n; i++) x[i] = i % 97 === 5 ? SPECIALS[((i / 97) % SPECIALS.length) | 0] : (u() - 0.5) * Math.exp(4 * u() - 2);
  return x;
}

/** The same values, resident in kernel memory. */
function resident(x: Float32Array): Float32Array {
  const r = allocTensor(x.length);
  r.set(x);
  return r;
}

function expectClose(actual: number, expected: number, rel = 1e-12): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

describe('the kernel module', () => {
  it('is the compiled quant.wat, byte for byte (run `npx tsx scripts/build-kernels.ts` after editing it)', async () => {
    const bytes = await compileWat(readFileSync(WAT_PATH, 'utf8'));
    expect(Buffer.from(bytes).toString('base64')).toBe(QUANT_WASM_BASE64);
  });
  it('instantiates here (Node 20 has WebAssembly SIMD), so the tests below exercise it', () => {
    expect(getKernel()).not.toBeNull();
  });
  it('without WebAssembly SIMD, hands out plain arrays and leaves everything to the JS loops', async () => {
    vi.resetModules();
    const validate = vi.spyOn(WebAssembly, 'validate').mockReturnValue(false);
    try {
      const fresh = await import('./kernel');
      const { quantErrorSync } = await import('../quant/quantError');
      const x = fresh.allocTensor(1 << 15);
      expect([fresh.getKernel(), x.buffer instanceof ArrayBuffer, x.length]).toEqual([null, true, 1 << 15]);
      x.set(data(x.length, 4));
      const p = qparams({ min: -1, max: 1 }, { bits: 8, mode: 'affine', signed: true, narrowRange: false });
      const js = quantSumsJs(x, p);
      expect(quantErrorSync(x, p)).toMatchObject({
        clipped: js.clipped,
        levelsUsed: js.levelsUsed,
        maxAbsError: js.maxAbs,
        mse: js.sumE2 / js.finite,
      });
    } finally {
      validate.mockRestore();
      vi.resetModules();
    }
  });
  it('allocTensor gives views of kernel memory; growing it detaches the earlier view', () => {
    const small = allocTensor(8);
    expect(small.buffer).toBe(getKernel()?.memory.buffer);
    const big = allocTensor(1 << 22);
    expect(big.length).toBe(1 << 22);
    expect(small.length).toBe(0);
  });
});

describe('quantization error kernel', () => {
  const specs: QuantSpec[] = [2, 4, 8, 16].flatMap((bits) => [
    { bits, mode: 'affine', signed: true, narrowRange: false },
    { bits, mode: 'symmetric', signed: true, narrowRange: true },
    { bits, mode: 'affine', signed: false, narrowRange: false },
  ]);
  const x = data(100_003, 1);
  it.each(specs)('agrees with the JS loop for %o, copied and resident', (spec) => {
    for (const range of [
      { min: -0.3, max: 0.2 },
      { min: -5, max: 7 },
      { min: 0, max: 1e-4 },
    ]) {
      const p = qparams(range, spec);
      const js = quantSumsJs(x, p);
      for (const k of [quantSumsKernel(x, p), quantSumsKernel(resident(x), p)]) {
        expect(k).not.toBeNull();
        if (!k) return;
        expect({ finite: k.finite, clipped: k.clipped, levelsUsed: k.levelsUsed, maxAbs: k.maxAbs }).toEqual({
          finite: js.finite,
          clipped: js.clipped,
          levelsUsed: js.levelsUsed,
          maxAbs: js.maxAbs,
        });
        expect(Array.from(k.counts)).toEqual(Array.from(js.counts)); // every code's count, NaN padding left out
        expect(k.counts.reduce((a, b) => a + b, 0)).toBe(k.finite);
        expectClose(k.sumE2, js.sumE2);
        expectClose(k.sumX2, js.sumX2);
      }
    }
  });
  it('rounds ties to even and handles short resident arrays of every length', () => {
    const p = { scale: 1 / 16, zeroPoint: 3, qmin: -8, qmax: 7 };
    const ties = Float32Array.from({ length: 37 }, (_, i) => (i - 18 + 0.5) / 16); // x·16 = k + ½ exactly
    for (let n = 0; n <= ties.length; n++)
      expect(quantSumsKernel(resident(ties.subarray(0, n)), p)).toEqual(quantSumsJs(ties.subarray(0, n), p));
  });
  it('leaves scales that are not float32 values to the JS loop', () => {
    expect(quantSumsKernel(x, { scale: 0.1, zeroPoint: 0, qmin: -128, qmax: 127 })).toBeNull();
    expect(quantSumsKernel(x.subarray(0, 1000), { scale: 0.125, zeroPoint: 0, qmin: -128, qmax: 127 })).toBeNull();
  });
});

describe('per-slice quantization error kernel', () => {
  /** The kernel's sums must equal the JS loop's: counts exactly, maxima exactly, float64 sums up to summation order. */
  function expectSameSums(k: SliceSums | null, js: SliceSums): void {
    expect(k).not.toBeNull();
    if (!k) return;
    for (const f of ['clipped', 'finite', 'levelsUsed', 'maxAbs'] as const) expect(Array.from(k[f]), f).toEqual(Array.from(js[f]));
    expect(k.levelsTotal).toBe(js.levelsTotal);
    for (let c = 0; c < js.sumE2.length; c++) {
      expectClose(k.sumE2[c], js.sumE2[c]);
      expectClose(k.sumX2[c], js.sumX2[c]);
    }
  }
  const affine8: QuantSpec = { bits: 8, mode: 'affine', signed: false, narrowRange: false };
  // [outer, slices, inner]: runs of 16 (depthwise), 9 and 1 (a tail of 1–3 values), 3, and slices longer than SCRATCH
  const layouts = [
    [1, 4096, 16],
    [10, 300, 9],
    [600, 40, 1],
    [7, 1000, 3],
    [3, 2, 20_000],
  ];
  it.each(layouts)('agrees with the JS loop on [%i, %i, %i], one params per slice, copied and resident', (outer, slices, inner) => {
    const x = data(outer * slices * inner, slices);
    const u = rng(inner);
    const params = packParams(Array.from({ length: slices }, () => qparams({ min: -2 * u(), max: 2 * u() }, affine8))); // zero points differ
    const js = sliceSumsJs(x, { outer, channels: slices, inner }, params);
    expect(js.clipped.some((n) => n > 0) && js.finite.some((n) => n < outer * inner)).toBe(true);
    expectSameSums(sliceSumsKernel(x, outer, slices, inner, params), js);
    expectSameSums(sliceSumsKernel(resident(x), outer, slices, inner, params), js);
  });
  it('counts the levels of one shared params object slice by slice, and 16-bit codes', () => {
    const x = data(1 << 16, 7);
    for (const spec of [affine8, { bits: 16, mode: 'symmetric', signed: true, narrowRange: true } as QuantSpec]) {
      const params = uniformParams(qparams({ min: -0.5, max: 0.5 }, spec), 1 << 12);
      expectSameSums(
        sliceSumsKernel(resident(x), 1, 1 << 12, 16, params),
        sliceSumsJs(x, { outer: 1, channels: 1 << 12, inner: 16 }, params),
      );
    }
  });
  it('rounds ties to even like torch', () => {
    const ties = resident(Float32Array.from({ length: 64 }, (_, i) => (i - 32 + 0.5) / 16)); // x·16 = k + ½ exactly
    const params = uniformParams({ scale: 1 / 16, zeroPoint: 3, qmin: -8, qmax: 7 }, 4);
    expectSameSums(sliceSumsKernel(ties, 1, 4, 16, params), sliceSumsJs(ties, { outer: 1, channels: 4, inner: 16 }, params));
  });
  it('leaves params it is not exact for, and short arrays outside kernel memory, to the JS loop', () => {
    const x = data(1 << 15, 3);
    const good = { scale: 0.125, zeroPoint: 0, qmin: -128, qmax: 127 };
    expect(sliceSumsKernel(x, 1, 2, 1 << 14, packParams([good, { ...good, scale: 0.1 }]))).toBeNull();
    expect(sliceSumsKernel(x, 1, 2, 1 << 14, packParams([good, { ...good, zeroPoint: 1 << 22 }]))).toBeNull();
    expect(sliceSumsKernel(x.subarray(0, 1000), 1, 2, 500, packParams([good, good]))).toBeNull();
  });
});

describe('histogram kernel', () => {
  const x = data(70_001, 2);
  const edges = Float32Array.from([-1, -0.75, -0.5, 0, 0.25, 0.5, 0.75, 1, 1.0000001, -1.0000001, NaN, Infinity, -Infinity]);
  it.each([
    [-1, 1, 8],
    [-0.1, 0.3, 2048],
    [Math.PI / 10 - 0.7, Math.E / 3, 2049], // bounds that are not float32 values
    [0, 1, 1],
    [-20, 20, MAX_HIST_BINS],
  ])('counts exactly like the JS loop over [%d, %d] in %d bins', (lo, hi, bins) => {
    for (const make of [() => x, () => resident(x), () => resident(edges)]) {
      const input = make(); // one at a time: every resident array shares the one slot
      const js = emptyHistogram(lo, hi, bins);
      const k = emptyHistogram(lo, hi, bins);
      accumulateHistogramJs(js, input);
      expect(accumulateHistogramKernel(k, input)).toBe(true);
      expect(k).toEqual(js);
    }
  });
  it('adds to what the histogram already holds, and leaves too many bins to the JS loop', () => {
    const h = emptyHistogram(-1, 1, 64);
    accumulateHistogramKernel(h, x);
    accumulateHistogramKernel(h, x);
    const js = emptyHistogram(-1, 1, 64);
    accumulateHistogramJs(js, x);
    expect(Array.from(h.counts)).toEqual(Array.from(js.counts, (c) => 2 * c));
    expect(accumulateHistogramKernel(emptyHistogram(0, 1, MAX_HIST_BINS + 1), x)).toBe(false);
  });
  it('finds the float32 thresholds equivalent to a float64 bound', () => {
    expect(f32AtLeast(0.1)).toBe(Math.fround(0.1)); // fround(0.1) > 0.1
    expect(f32AtMost(0.1)).toBe(0.09999999403953552);
    expect([f32AtLeast(-1e300), f32AtMost(1e300)]).toEqual([-3.4028234663852886e38, 3.4028234663852886e38]);
    expect([f32AtLeast(1e-50), f32AtMost(-1e-50)]).toEqual([2 ** -149, -(2 ** -149)]);
    expect(f32AtLeast(1.5)).toBe(1.5);
    expect([nextFloat32(1, true), nextFloat32(1, false), nextFloat32(-1, true)]).toEqual([1 + 2 ** -23, 1 - 2 ** -24, -1 + 2 ** -24]);
    expect([nextFloat32(Infinity, false), nextFloat32(0, false), nextFloat32(-(2 ** -149), true)]).toEqual([
      3.4028234663852886e38,
      -(2 ** -149),
      -0,
    ]);
  });
});

describe('tensor statistics kernel', () => {
  it('agrees with the JS loop, copied and resident, at any length', () => {
    const x = data(65_541, 3);
    for (const make of [
      () => x,
      () => resident(x),
      () => resident(x.subarray(0, 13)),
      () => resident(Float32Array.from([NaN, -0, Infinity])),
    ]) {
      const input = make(); // one at a time: every resident array shares the one slot
      const js = statsSumsJs(input);
      const k = statsSumsKernel(input);
      expect(k).toMatchObject({ min: js.min, max: js.max, nan: js.nan, posInf: js.posInf, negInf: js.negInf, zeros: js.zeros });
      const sumAbs = input.reduce((s, v) => (Number.isFinite(v) ? s + Math.abs(v) : s), 0); // Σx cancels: compare to Σ|x|
      expect(Math.abs((k?.sum ?? NaN) - js.sum)).toBeLessThanOrEqual(1e-12 * sumAbs);
      expectClose(k?.sumSquares ?? NaN, js.sumSquares);
    }
  });
});
