import { describe, expect, it } from 'vitest';
import { codeRange, qparams, MIN_SCALE } from './qparams';
import type { QuantSpec } from '../types';

const int8: QuantSpec = { bits: 8, mode: 'affine', signed: true, narrowRange: false };

describe('codeRange', () => {
  it('gives [−2^(b−1), 2^(b−1)−1] for signed and [0, 2^b−1] for unsigned', () => {
    expect(codeRange(int8)).toEqual({ qmin: -128, qmax: 127 });
    expect(codeRange({ ...int8, signed: false })).toEqual({ qmin: 0, qmax: 255 });
    expect(codeRange({ ...int8, bits: 2 })).toEqual({ qmin: -2, qmax: 1 });
    expect(codeRange({ ...int8, bits: 16, signed: false })).toEqual({ qmin: 0, qmax: 65535 });
  });
  it('narrow range drops the lowest code', () => {
    expect(codeRange({ ...int8, narrowRange: true })).toEqual({ qmin: -127, qmax: 127 });
  });
  it('refuses bits outside 2–16 and fractional bits', () => {
    for (const bits of [1, 17, 0, -8, 7.5, NaN]) expect(() => codeRange({ ...int8, bits })).toThrow(RangeError);
  });
});

describe('qparams', () => {
  it('widens an all-positive affine range to include zero', () => {
    const p = qparams({ min: 1, max: 3 }, int8);
    expect(p.scale).toBe(Math.fround(3 / 255));
    expect(p.zeroPoint).toBe(-128);
  });
  it('uses amax/127.5 for full-range and amax/127 for narrow-range symmetric int8', () => {
    const sym = { ...int8, mode: 'symmetric' as const };
    expect(qparams({ min: -2, max: 1 }, sym).scale).toBe(Math.fround(2 / 127.5));
    expect(qparams({ min: -2, max: 1 }, { ...sym, narrowRange: true }).scale).toBe(Math.fround(2 / 127));
    expect(qparams({ min: -2, max: 1 }, sym).zeroPoint).toBe(0);
    expect(qparams({ min: -2, max: 1 }, { ...sym, signed: false }).zeroPoint).toBe(128);
  });
  it('gives a zero range the smallest scale instead of dividing by zero', () => {
    const p = qparams({ min: 0, max: 0 }, int8);
    expect(p.scale).toBe(MIN_SCALE);
    expect(p.zeroPoint).toBe(-128); // torch: qmin − rint(0 / eps)
  });
  it('refuses non-finite or inverted ranges', () => {
    expect(() => qparams({ min: NaN, max: 1 }, int8)).toThrow(RangeError);
    expect(() => qparams({ min: 0, max: Infinity }, int8)).toThrow(RangeError);
    expect(() => qparams({ min: 2, max: 1 }, int8)).toThrow(RangeError);
  });
});
