import { describe, expect, it } from 'vitest';
import { generateSample } from '../../samples/samples';
import type { QuantSpec } from '../types';
import { groupParamsPacked, groupParamsSync, groupQparams } from './groupParams';
import { groupErrorSummary, groupErrorSync } from './groupError';
import { sliceRanges } from './ranges';
import { groupLayout } from './layout';
import { packParams, uniformParams, unpackParams } from './sliceParams';
import { sliceErrors } from './sliceError';

const specs: QuantSpec[] = [
  { bits: 4, mode: 'symmetric', signed: true, narrowRange: false },
  { bits: 8, mode: 'affine', signed: false, narrowRange: false },
  { bits: 3, mode: 'symmetric', signed: false, narrowRange: true },
];

describe('packed slice parameters', () => {
  it('pack and unpack are inverse, and a mixed code range or a non-integer zero point is refused', () => {
    const params = [
      { scale: 0.1, zeroPoint: -3, qmin: -8, qmax: 7 },
      { scale: 2 ** -23, zeroPoint: 7, qmin: -8, qmax: 7 },
    ];
    expect(unpackParams(packParams(params))).toEqual(params);
    expect(() => packParams([params[0], { ...params[1], qmax: 8 }])).toThrow(/one code range/);
    expect(() => packParams([{ ...params[0], zeroPoint: 0.5 }])).toThrow(/32-bit integer/);
    expect(unpackParams(uniformParams(params[0], 3))).toEqual([params[0], params[0], params[0]]);
  });
  it('group parameters: the packed form holds groupQparams of every group’s range', () => {
    const x = generateSample({ id: 'laplace-outliers', seed: 5, size: 4096 }).subarray(0, 3 * 64);
    for (const spec of specs) {
      for (const g of [1, 3]) {
        const r = sliceRanges(x, groupLayout([64, 3], x.length, g));
        const want = Array.from(r.min, (min, j) => groupQparams({ min, max: r.max[j] }, spec));
        expect(unpackParams(groupParamsPacked(x, [64, 3], g, spec))).toEqual(want);
        expect(groupParamsSync(x, [64, 3], g, spec)).toEqual(want);
      }
    }
  });
  it('sliceErrors gives the same sums for the packed form as for one object per slice', () => {
    const x = generateSample({ id: 'laplace-outliers', seed: 6, size: 1 << 14 });
    const layout = { outer: 4, channels: 64, inner: 64 };
    const params = Array.from({ length: 64 }, (_, c) => groupQparams({ min: -0.1 * (c + 1), max: 0.05 * (c + 1) }, specs[1]));
    expect(sliceErrors(x, layout, packParams(params))).toEqual(sliceErrors(x, layout, params));
  });
});

describe('group-wise summary a block at a time', () => {
  // 2^19 + 2^12 values: more than one block of 2^18 values, the last one short
  const n = (1 << 19) + (1 << 12);
  const x = generateSample({ id: 'laplace-outliers', seed: 7, size: n });
  x[12345] = NaN;
  const shape = [n / 64, 64];
  it.each([1, 4, 64])('equals groupErrorSync (groups of %i) up to float64 summation order', (g) => {
    for (const spec of specs) {
      const { params, ...want } = groupErrorSync(x, shape, g, spec);
      const got = groupErrorSummary(x, shape, g, spec);
      expect(params.length).toBe(n / g);
      expect({ ...got, total: { ...got.total, mse: 0, sqnrDb: 0 } }).toEqual({ ...want, total: { ...want.total, mse: 0, sqnrDb: 0 } });
      expect(got.total.mse).toBeCloseTo(want.total.mse, 14);
      expect(got.total.sqnrDb).toBeCloseTo(want.total.sqnrDb, 9);
    }
  });
  it('refuses a group size that does not divide the last axis, as groupErrorSync does', () => {
    expect(() => groupErrorSummary(x, shape, 5, specs[0])).toThrow(/does not divide the last axis \(64\)/);
  });
});
