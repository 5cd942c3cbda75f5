import { describe, expect, it } from 'vitest';
import { forEachStaged, getKernel } from './kernel';
import { nextFloat32 } from './float32';
import { farThresholds, heldFiguresKernel, MAX_KERNEL_SEGMENT, segmentErrorsKernel, shiftedSumsKernel } from './overviewKernels';
import { channelLayout, groupLayout } from '../granularity/layout';
import { groupQparams } from '../granularity/groupParams';
import { sliceErrors } from '../granularity/sliceError';
import { sliceRanges } from '../granularity/ranges';
import { qparams } from '../quant/qparams';
import { quantSumsJs } from '../quant/quantError';
import { statsSumsJs } from '../hist/tensorStats';
import type { QuantSpec } from '../types';
import { rng } from '../../../tests/helpers/random';

const INT8: QuantSpec = { bits: 8, mode: 'symmetric', signed: true, narrowRange: true };
const INT4: QuantSpec = { bits: 4, mode: 'symmetric', signed: true, narrowRange: true };

const SPECIALS = [NaN, Infinity, -Infinity, 0, -0, 2 ** -25, -(2 ** -26), 65520, -1e6, 1e-3];

/** n heavy-tailed values around `offset`, with specials every 89th value. */
function data(n: number, seed: number, offset = 0): Float32Array {
  const u = rng(seed);
  const x = new Float32Array(n);
  for (let i = 0; i < n; i++)
    x[i] = i % 89 === 7 ? SPECIALS[((i / 89) % SPECIALS.length) | 0] : offset + (u() - 0.5) * Math.exp(3 * u() - 2);
  return x;
}

function expectClose(actual: number, expected: number, rel = 1e-12): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(rel * Math.abs(expected));
}

/** The core's per-channel int8 Σe² (channels of `length` consecutive values) and each channel's max |x|. */
function channelReference(x: Float32Array, length: number): { e2: number; absmax: number[] } {
  const layout = channelLayout([x.length / length, length], x.length, 0);
  const r = sliceRanges(x, layout);
  const absmax = Array.from(r.min, (lo, c) => Math.max(-lo, r.max[c]));
  const params = absmax.map((a) => qparams({ min: -a, max: a }, INT8));
  return { e2: sliceErrors(x, layout, params).sumE2.reduce((a, b) => a + b, 0), absmax };
}

/** The core's group-wise int4 Σe² (groups of 128). */
function groupReference(x: Float32Array): number {
  const layout = groupLayout([x.length / 128, 128], x.length, 128);
  const r = sliceRanges(x, layout);
  const params = Array.from(r.min, (lo, j) => groupQparams({ min: lo, max: r.max[j] }, INT4));
  return sliceErrors(x, layout, params).sumE2.reduce((a, b) => a + b, 0);
}

describe("the overview's fused kernels", () => {
  it('run here (Node 20 has WebAssembly SIMD)', () => {
    expect(getKernel()).not.toBeNull();
  });

  it('shifted power sums equal a float64 loop, skipping NaN/±Inf and counting |x| ≤ tiny and ≥ huge', () => {
    for (const [n, shift] of [
      [1, 0],
      [13, 0.5],
      [40_001, 3],
      [40_001, -7.25],
    ]) {
      const x = data(n, n, 3);
      const s = shiftedSumsKernel(x, shift, 2 ** -25, 65520);
      const ref = { n: 0, s1: 0, s2: 0, s3: 0, s4: 0, tiny: 0, huge: 0 };
      for (const v of x) {
        if (!Number.isFinite(v)) continue;
        const d = v - shift;
        Object.assign(ref, { n: ref.n + 1, s1: ref.s1 + d, s2: ref.s2 + d * d, s3: ref.s3 + d ** 3, s4: ref.s4 + d ** 4 });
        if (Math.abs(v) <= 2 ** -25) ref.tiny++;
        if (Math.abs(v) >= 65520) ref.huge++;
      }
      expect(s && [s.n, s.tiny, s.huge]).toEqual([ref.n, ref.tiny, ref.huge]);
      const st = statsSumsJs(x); // range and counts as tensorStats', through the fast loop and around each NaN/±Inf
      expect(s && [s.min, s.max, s.zeros, s.nan, s.posInf, s.negInf]).toEqual([st.min, st.max, st.zeros, st.nan, st.posInf, st.negInf]);
      for (const k of ['s2', 's3', 's4'] as const) expectClose(s?.[k] ?? NaN, ref[k], 1e-9);
      expect(Math.abs((s?.s1 ?? NaN) - ref.s1)).toBeLessThanOrEqual(1e-9 * ref.s2);
    }
  });

  it('find the range and the zeros in every lane of the fast loop', () => {
    for (let at = 0; at < 16; at++) {
      const x = Float32Array.from({ length: 64 }, (_, i) => 1 + (i % 5));
      x[at] = -3;
      x[at + 16] = 9;
      x[at + 32] = 0;
      const s = shiftedSumsKernel(x, 0, 2 ** -25, 65520);
      expect(s && [s.min, s.max, s.zeros, s.tiny]).toEqual([-3, 9, 1, 1]);
    }
  });

  it('per-channel int8 and group-wise int4 errors equal the core slice by slice, copied or staged in place', () => {
    const x = data(64 * 512, 5);
    x.fill(0, 512, 1024); // a channel of zeros: scale 2^−23, no error
    x.fill(NaN, 2048, 2048 + 128); // a group without a finite value
    const ch = channelReference(x, 512);
    const copied = segmentErrorsKernel(x, 512, true, true);
    expectClose(copied?.channelE2 ?? NaN, ch.e2);
    expectClose(copied?.groupE2 ?? NaN, groupReference(x));
    expect(Array.from(copied?.channelAbsmax ?? [])).toEqual(ch.absmax);
    let staged = { channelE2: 0, groupE2: 0, absmax: [] as number[] };
    forEachStaged(x, (piece) => {
      const r = segmentErrorsKernel(piece, 512, true, true);
      staged = {
        channelE2: staged.channelE2 + (r?.channelE2 ?? NaN),
        groupE2: staged.groupE2 + (r?.groupE2 ?? NaN),
        absmax: [...staged.absmax, ...(r?.channelAbsmax ?? [])],
      };
    });
    expectClose(staged.channelE2, ch.e2);
    expect(staged.absmax).toEqual(ch.absmax);
  });

  it('channels only (length a multiple of 8) and groups only (segments of 128) each give just their figure', () => {
    const x = data(300 * 24, 6);
    const channels = segmentErrorsKernel(x, 24, false, true);
    expectClose(channels?.channelE2 ?? NaN, channelReference(x, 24).e2);
    expect(channels?.groupE2).toBe(0);
    const y = data(20 * 128, 7);
    const groups = segmentErrorsKernel(y, 128, true, false);
    expectClose(groups?.groupE2 ?? NaN, groupReference(y));
    expect([groups?.channelE2, groups?.channelAbsmax.length]).toEqual([0, 0]);
  });

  it('refuse segments they cannot take whole: a length not a multiple of 8, or longer than the scratch area', () => {
    expect(segmentErrorsKernel(data(27 * 4, 1), 27, false, true)).toBeNull();
    expect(segmentErrorsKernel(new Float32Array(2 * MAX_KERNEL_SEGMENT + 16), MAX_KERNEL_SEGMENT + 8, false, true)).toBeNull();
  });

  it('the held tensor figures equal the per-tensor error and float64 outlier counts (from the mean and from 0) over its parts', () => {
    const x = data(50_003, 9);
    const p = qparams({ min: -3, max: 3 }, INT8);
    const parts = [x.subarray(0, 7), x.subarray(7, 30_000), x.subarray(30_000)];
    const r = heldFiguresKernel(parts, p.scale, p.qmax, 0.1, 0.5);
    let far = 0;
    let farAbs = 0;
    for (const v of x) {
      if (Number.isFinite(v) && Math.abs(v - 0.1) > 0.5) far++;
      if (Number.isFinite(v) && Math.abs(v) > 0.5) farAbs++;
    }
    expect([r?.far, r?.farAbs]).toEqual([far, farAbs]);
    expect(far).not.toBe(farAbs); // the two centres count differently here
    expectClose(r?.sumE2 ?? NaN, quantSumsJs(x, p).sumE2);
  });

  it('count outliers in float32 exactly as the float64 definition, at the float32 neighbours of every boundary', () => {
    const random = rng(5);
    for (let trial = 0; trial < 200; trial++) {
      const mean = (random() - 0.5) * 10 ** (4 * random() - 2);
      const far = random() * 10 ** (4 * random() - 2);
      const edges = [mean + far, mean - far, far, -far];
      const x: number[] = [NaN, Infinity, -Infinity];
      for (const e of edges) {
        let v = Math.fround(e);
        for (let s = 0; s < 3; s++) v = nextFloat32(v, false);
        for (let s = 0; s < 7; s++, v = nextFloat32(v, true)) x.push(v);
      }
      const r = heldFiguresKernel([Float32Array.from(x)], 1, 127, mean, far);
      const finite = x.filter(Number.isFinite);
      expect([r?.far, r?.farAbs]).toEqual([
        finite.filter((v) => Math.abs(v - mean) > far).length,
        finite.filter((v) => Math.abs(v) > far).length,
      ]);
    }
    expect(farThresholds(0, NaN)).toEqual({ hi: Infinity, lo: -Infinity });
    expect(farThresholds(0, 1e39)).toEqual({ hi: Infinity, lo: -Infinity });
  });
});
