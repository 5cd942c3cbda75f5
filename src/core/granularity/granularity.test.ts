import { describe, expect, it } from 'vitest';
import { createRandom } from '../../samples/random';
import { quantErrorSync } from '../quant/quantError';
import { qparams } from '../quant/qparams';
import type { ErrorStats, QuantSpec } from '../types';
import {
  channelError,
  channelErrorSync,
  channelParams,
  channelParamsSync,
  channelRanges,
  fakeQuantizePerChannel,
  groupError,
  groupErrorSync,
  groupParams,
  groupParamsSync,
  groupQparams,
  quantizePerChannel,
  quantizePerGroup,
} from './index';

const int8: QuantSpec = { bits: 8, mode: 'affine', signed: true, narrowRange: false };
const int4sym: QuantSpec = { bits: 4, mode: 'symmetric', signed: true, narrowRange: false };

/** Seeded uniform numbers in [0, 1), from the samples' generator. */
const rng = (seed: number): (() => number) => createRandom(seed).uniform;

/** Row-major tensor with channel-dependent ranges along every axis and a few NaN/±Inf. */
function weights(shape: number[], seed: number, nonFinite = true): Float32Array {
  const r = rng(seed);
  const n = shape.reduce((a, b) => a * b, 1);
  const x = new Float32Array(n);
  for (let i = 0; i < n; i++) x[i] = (r() * 2 - 1) * (1 + 49 * r() ** 4) * (1 + (i % 7));
  if (nonFinite && n > 10) {
    x[3] = NaN;
    x[Math.floor(n / 2)] = Infinity;
    x[n - 2] = -Infinity;
  }
  return x;
}

/** Gathers slice c along axis into a new array (the slow reference the kernels avoid). */
function gather(x: Float32Array, shape: number[], axis: number, c: number): Float32Array {
  const outer = shape.slice(0, axis).reduce((a, b) => a * b, 1);
  const inner = shape.slice(axis + 1).reduce((a, b) => a * b, 1);
  const out: number[] = [];
  for (let o = 0; o < outer; o++) for (let k = 0; k < inner; k++) out.push(x[(o * shape[axis] + c) * inner + k]);
  return Float32Array.from(out);
}

/** Same statistics up to float64 summation order (quantErrorSync may sum in SIMD lanes). */
function expectSameStats(a: ErrorStats, b: ErrorStats, what: string): void {
  expect({ maxAbsError: a.maxAbsError, clipped: a.clipped, levelsUsed: a.levelsUsed }, what).toEqual({
    maxAbsError: b.maxAbsError,
    clipped: b.clipped,
    levelsUsed: b.levelsUsed,
  });
  expect(a.mse === b.mse || Math.abs(a.mse - b.mse) <= 1e-12 * Math.abs(b.mse), `${what}: mse ${a.mse} vs ${b.mse}`).toBe(true);
  expect(a.sqnrDb === b.sqnrDb || Math.abs(a.sqnrDb - b.sqnrDb) <= 1e-9, `${what}: sqnr ${a.sqnrDb} vs ${b.sqnrDb}`).toBe(true);
}

const SHAPES: [number[], number][] = [
  [[6, 4, 3, 3], 0],
  [[6, 4, 3, 3], 1],
  [[6, 4, 3, 3], 3],
  [[10, 17], 1],
  [[10, 17], 0],
  [[50], 0],
];

describe('channelRanges', () => {
  it('gives per-channel finite min and max, skipping NaN/±Inf', () => {
    const x = Float32Array.from([1, -2, NaN, 4, Infinity, -6, 0.5, -Infinity]);
    const r = channelRanges(x, [4, 2], -1); // channel 0: 1, NaN, Inf, 0.5; channel 1: −2, 4, −6, −Inf
    expect(Array.from(r.min)).toEqual([0.5, -6]);
    expect(Array.from(r.max)).toEqual([1, 4]);
    expect(Array.from(r.finite)).toEqual([2, 3]);
  });
  it('gives 0, 0 and a zero count to a channel with no finite element', () => {
    const r = channelRanges(Float32Array.from([NaN, 1, Infinity, 2]), [2, 2], 1);
    expect([r.min[0], r.max[0], r.finite[0]]).toEqual([0, 0, 0]);
    expect([r.min[1], r.max[1], r.finite[1]]).toEqual([1, 2, 2]);
  });
  it('agrees with a gathered min/max on every axis', () => {
    for (const [shape, axis] of SHAPES) {
      const x = weights(shape, 7);
      const r = channelRanges(x, shape, axis);
      for (let c = 0; c < shape[axis]; c++) {
        const s = gather(x, shape, axis, c).filter(Number.isFinite);
        expect([r.min[c], r.max[c]]).toEqual(s.length > 0 ? [Math.min(...s), Math.max(...s)] : [0, 0]);
        expect(r.finite[c]).toBe(s.length);
      }
    }
  });
});

describe('channelParams', () => {
  it('is qparams on each channel range', async () => {
    const shape = [6, 4, 3, 3];
    const x = weights(shape, 3);
    const ps = await channelParams(x, shape, 1, int8);
    const r = channelRanges(x, shape, 1);
    expect(ps).toEqual(Array.from(r.min, (min, c) => qparams({ min, max: r.max[c] }, int8)));
  });
  it('refuses a shape that does not match and an axis out of range', () => {
    const x = new Float32Array(12);
    expect(() => channelParamsSync(x, [3, 5], 0, int8)).toThrow(/holds 15 elements but the tensor has 12/);
    expect(() => channelParamsSync(x, [3, 4], 2, int8)).toThrow(/axis 2 is out of range/);
    expect(() => channelParamsSync(x, [3, 4], -3, int8)).toThrow(RangeError);
  });
});

describe('channelError', () => {
  it('gives each channel quantErrorSync of that channel gathered alone, on every axis', () => {
    for (const spec of [int8, int4sym, { ...int8, bits: 16, signed: false }]) {
      for (const [shape, axis] of SHAPES) {
        const x = weights(shape, 11);
        const e = channelErrorSync(x, shape, axis, spec);
        expect(e.channels.length).toBe(shape[axis]);
        for (let c = 0; c < shape[axis]; c++) {
          expectSameStats(e.channels[c], quantErrorSync(gather(x, shape, axis, c), e.params[c]), `${shape} axis ${axis} channel ${c}`);
        }
      }
    }
  });
  it('totals the whole tensor: float64 MSE over finite elements and distinct codes over all channels', () => {
    for (const [shape, axis] of SHAPES) {
      const x = weights(shape, 5);
      const e = channelErrorSync(x, shape, axis, int8);
      const y = fakeQuantizePerChannel(x, shape, axis, e.params);
      const q = quantizePerChannel(x, shape, axis, e.params);
      let se = 0;
      let n = 0;
      let mx = 0;
      const codes = new Set<number>();
      for (let i = 0; i < x.length; i++) {
        if (!Number.isFinite(x[i])) continue;
        const d = y[i] - x[i];
        se += d * d;
        n++;
        mx = Math.max(mx, Math.abs(d));
        codes.add(q[i]);
      }
      expect(e.total.mse).toBeCloseTo(se / n, 15);
      expect(e.total.maxAbsError).toBe(mx);
      expect(e.total.levelsUsed).toBe(codes.size);
      expect(e.total.clipped).toBe(0);
      expect(e.total.mse).toBeLessThan(quantErrorSync(x, qparams({ min: -1000, max: 1000 }, int8)).mse);
    }
  });
  it('is channelErrorSync behind a Promise', async () => {
    const x = weights([4, 9], 1);
    expect(await channelError(x, [4, 9], 0, int8)).toEqual(channelErrorSync(x, [4, 9], 0, int8));
  });
  it('handles empty tensors and channels without finite values', () => {
    const empty = channelErrorSync(new Float32Array(0), [0, 4], 1, int8);
    expect(empty.channels.length).toBe(4);
    expect(empty.total).toEqual({ mse: 0, sqnrDb: Infinity, maxAbsError: 0, clipped: 0, levelsUsed: 0 });
    const e = channelErrorSync(Float32Array.from([NaN, 1, NaN, 2]), [2, 2], 1, int8);
    expect(e.channels[0]).toEqual({ mse: 0, sqnrDb: Infinity, maxAbsError: 0, clipped: 0, levelsUsed: 0 });
    expect(e.channels[1].levelsUsed).toBe(2);
  });
  it('keeps NaN as NaN and clamps ±Inf to the end codes when quantizing', () => {
    const x = Float32Array.from([NaN, 5, Infinity, -Infinity]);
    const p = [qparams({ min: -1, max: 1 }, int8)];
    expect(Array.from(quantizePerChannel(x, [1, 4], 0, p))).toEqual([p[0].zeroPoint, 127, 127, -128]);
    expect(fakeQuantizePerChannel(x, [1, 4], 0, p)[0]).toBeNaN();
  });
});

describe('groupQparams', () => {
  it('uses amax/(2^(b−1) − 1) and zero point 0 for signed symmetric specs, whatever the narrow flag', () => {
    expect(groupQparams({ min: -7, max: 3 }, int4sym)).toEqual({ scale: 1, zeroPoint: 0, qmin: -8, qmax: 7 });
    expect(groupQparams({ min: -1, max: 7 }, { ...int4sym, narrowRange: true })).toEqual({ scale: 1, zeroPoint: 0, qmin: -7, qmax: 7 });
    expect(groupQparams({ min: -2, max: 1 }, { ...int4sym, bits: 8 }).scale).toBe(Math.fround(2 / 127));
  });
  it('puts unsigned symmetric groups on the mid code', () => {
    expect(groupQparams({ min: -7, max: 3 }, { ...int4sym, signed: false })).toEqual({ scale: 1, zeroPoint: 8, qmin: 0, qmax: 15 });
  });
  it('is qparams (min/max widened to 0) for affine specs, and never below 2^−23', () => {
    expect(groupQparams({ min: 1, max: 3 }, int8)).toEqual(qparams({ min: 1, max: 3 }, int8));
    expect(groupQparams({ min: 0, max: 0 }, int4sym).scale).toBe(2 ** -23);
    expect(() => groupQparams({ min: NaN, max: 1 }, int4sym)).toThrow(RangeError);
  });
});

describe('groupParams and groupError', () => {
  it('makes one parameter set per group of consecutive last-axis elements, skipping NaN/±Inf', async () => {
    const x = Float32Array.from([1, -3.5, NaN, 2, Infinity, 0.5, 7, -1]);
    const ps = await groupParams(x, [2, 4], 2, int4sym);
    expect(ps.map((p) => p.scale)).toEqual([0.5, 2 / 7, 1 / 14, 1].map(Math.fround));
    expect(() => groupParamsSync(x, [2, 4], 3, int4sym)).toThrow(/does not divide the last axis \(4\)/);
  });
  it('totals every group and summarises the levels used per group', async () => {
    const shape = [8, 96];
    const x = weights(shape, 9, false);
    const e = await groupError(x, shape, 32, int4sym);
    expect(e.groupCount).toBe(24);
    const q = quantizePerGroup(x, shape, 32, e.params);
    const perGroup: number[] = [];
    for (let j = 0; j < 24; j++) perGroup.push(new Set(q.subarray(j * 32, j * 32 + 32)).size);
    expect([e.levelsUsedMin, e.levelsUsedMax]).toEqual([Math.min(...perGroup), Math.max(...perGroup)]);
    expect(e.levelsUsedMean).toBeCloseTo(perGroup.reduce((a, b) => a + b, 0) / 24, 12);
    expect(e.total.levelsUsed).toBe(new Set(q).size);
    let se = 0;
    for (let j = 0; j < 24; j++) {
      const s = quantErrorSync(x.subarray(j * 32, j * 32 + 32), e.params[j]);
      se += s.mse * 32;
    }
    expect(Math.abs(e.total.mse - se / x.length)).toBeLessThanOrEqual(1e-12 * e.total.mse);
    expect(groupErrorSync(x, shape, 32, int4sym)).toEqual(e);
  });
  it('group-wise beats per-tensor on data whose range varies along rows', () => {
    const shape = [4, 128];
    const x = weights(shape, 2, false);
    const perTensor = quantErrorSync(x, qparams({ min: Math.min(...x), max: Math.max(...x) }, int4sym));
    expect(groupErrorSync(x, shape, 16, int4sym).total.mse).toBeLessThan(perTensor.mse);
  });
});
