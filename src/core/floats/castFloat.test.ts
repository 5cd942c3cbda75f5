import { describe, expect, it } from 'vitest';
import { e4m3ToFloat, e5m2ToFloat } from '../../io/fp8';
import { castFloat, castFloatInto, decodeFloat, roundToFormat } from './index';
import type { FloatFormat } from './index';

const FORMATS: FloatFormat[] = ['fp16', 'bf16', 'fp8-e4m3', 'fp8-e5m2'];
const cast = (v: number, f: FloatFormat): number => castFloat(Float32Array.of(v), f)[0];

describe('castFloat pinned values', () => {
  it('fp16: IEEE half, max 65504, ties to even, overflow to ±Inf, subnormals down to 2^−24', () => {
    expect(cast(65504, 'fp16')).toBe(65504);
    expect(cast(65519, 'fp16')).toBe(65504);
    expect(cast(65520, 'fp16')).toBe(Infinity);
    expect(cast(-65520, 'fp16')).toBe(-Infinity);
    expect(cast(1 + 2 ** -11, 'fp16')).toBe(1);
    expect(cast(1 + 3 * 2 ** -11, 'fp16')).toBe(1 + 2 ** -9);
    expect(cast(0.1, 'fp16')).toBe(0.0999755859375);
    expect(cast(2 ** -24, 'fp16')).toBe(2 ** -24);
    expect(cast(2 ** -25, 'fp16')).toBe(0);
    expect(cast(3 * 2 ** -26, 'fp16')).toBe(2 ** -24);
    expect(cast(2 ** -14 - 2 ** -30, 'fp16')).toBe(2 ** -14);
  });
  it('bf16: 8-bit exponent, 7-bit mantissa, overflow to ±Inf, NaN stays NaN', () => {
    expect(cast(1 + 2 ** -8, 'bf16')).toBe(1);
    expect(cast(1 + 3 * 2 ** -8, 'bf16')).toBe(1 + 2 ** -6);
    expect(cast(65504, 'bf16')).toBe(65536);
    expect(cast(3.4028234663852886e38, 'bf16')).toBe(Infinity);
    expect(cast(3.3895313892515355e38, 'bf16')).toBe(3.3895313892515355e38);
    expect(cast(1e-45, 'bf16')).toBe(0);
    expect(cast(2 ** -133, 'bf16')).toBe(2 ** -133);
    expect(cast(NaN, 'bf16')).toBeNaN();
  });
  it('fp8 E4M3: max 448, 464 is a tie that rounds to even 448, beyond saturates, ±Inf saturates, NaN stays NaN', () => {
    expect(cast(448, 'fp8-e4m3')).toBe(448);
    expect(cast(464, 'fp8-e4m3')).toBe(448);
    expect(cast(465, 'fp8-e4m3')).toBe(448);
    expect(cast(1e6, 'fp8-e4m3')).toBe(448);
    expect(cast(-1e6, 'fp8-e4m3')).toBe(-448);
    expect(cast(Infinity, 'fp8-e4m3')).toBe(448);
    expect(cast(-Infinity, 'fp8-e4m3')).toBe(-448);
    expect(cast(NaN, 'fp8-e4m3')).toBeNaN();
    expect(cast(2 ** -9, 'fp8-e4m3')).toBe(2 ** -9);
    expect(cast(2 ** -10, 'fp8-e4m3')).toBe(0);
    expect(cast(3 * 2 ** -11, 'fp8-e4m3')).toBe(2 ** -9);
    expect(cast(3 * 2 ** -10, 'fp8-e4m3')).toBe(2 ** -8); // tie between codes 1 and 2: even
    expect(cast(1 + 2 ** -4, 'fp8-e4m3')).toBe(1);
    expect(cast(0.3, 'fp8-e4m3')).toBe(0.3125);
  });
  it('fp8 E5M2: max 57344, the tie 61440 and beyond saturate, subnormals from 2^−16', () => {
    expect(cast(57344, 'fp8-e5m2')).toBe(57344);
    expect(cast(61439, 'fp8-e5m2')).toBe(57344);
    expect(cast(61440, 'fp8-e5m2')).toBe(57344);
    expect(cast(Infinity, 'fp8-e5m2')).toBe(57344);
    expect(cast(2 ** -16, 'fp8-e5m2')).toBe(2 ** -16);
    expect(cast(2 ** -17, 'fp8-e5m2')).toBe(0);
    expect(cast(1 + 3 * 2 ** -3, 'fp8-e5m2')).toBe(1.5);
  });
  it('keeps the sign of zero, also for tiny negatives that flush to zero', () => {
    for (const f of FORMATS) {
      expect(Object.is(cast(-0, f), -0), f).toBe(true);
      expect(Object.is(cast(-1e-45, f), -0), f).toBe(true);
      expect(Object.is(cast(0, f), 0), f).toBe(true);
    }
  });
});

describe('castFloatInto', () => {
  it('works in place and returns the number of finite inputs that overflowed', () => {
    const x = Float32Array.of(1, 70000, -1e9, Infinity, NaN, 0.5);
    expect(castFloatInto(x, x, 'fp16')).toBe(2);
    expect(Array.from(x)).toEqual([1, Infinity, -Infinity, Infinity, NaN, 0.5]);
    expect(castFloatInto(Float32Array.of(464, 500, -1e9, Infinity), new Float32Array(4), 'fp8-e4m3')).toBe(2);
  });
  it('works on subarrays at an offset', () => {
    const buf = Float32Array.of(9, 9, 0.1, 464, 9);
    const out = new Float32Array(4);
    castFloatInto(buf.subarray(2, 4), out.subarray(1, 3), 'fp8-e4m3');
    expect(Array.from(out)).toEqual([0, 0.1015625, 448, 0]);
  });
  it('refuses mismatched lengths and unknown formats', () => {
    expect(() => castFloatInto(new Float32Array(2), new Float32Array(3), 'fp16')).toThrow(RangeError);
    expect(() => castFloat(new Float32Array(2), 'fp4' as FloatFormat)).toThrow(/unknown float format fp4/);
  });
});

describe('castFloat against independent references', () => {
  it('equals the scalar float64 rounder on a million float32 bit patterns spread over the whole range', () => {
    const n = 1 << 20;
    const u = new Uint32Array(n);
    for (let i = 0; i < n; i++) u[i] = Math.floor(i * 4096.0039) >>> 0; // every sign and exponent, varied low bits
    const x = new Float32Array(u.buffer);
    for (const f of FORMATS) {
      const y = castFloat(x, f);
      let bad = 0;
      let first = '';
      for (let i = 0; i < n; i++) {
        const r = roundToFormat(x[i], f);
        if (Object.is(r, y[i]) || (r !== r && y[i] !== y[i])) continue;
        if (bad++ === 0) first = `${x[i]}: ${y[i]} vs ${r}`;
      }
      expect(bad, `${f} ${first}`).toBe(0);
    }
  });
  it('fixes every fp8 and fp16 value and sends every midpoint to the even neighbour', () => {
    for (const f of ['fp8-e4m3', 'fp8-e5m2', 'fp16'] as FloatFormat[]) {
      const codes = f === 'fp16' ? 0x7c00 : f === 'fp8-e4m3' ? 0x7f : 0x7c; // finite non-negative codes
      const v = Float64Array.from({ length: codes }, (_, c) => decodeFloat(c, f));
      expect(Array.from(castFloat(Float32Array.from(v), f))).toEqual(Array.from(v));
      const mids = Float32Array.from({ length: codes - 1 }, (_, c) => (v[c] + v[c + 1]) / 2);
      const y = castFloat(mids, f);
      for (let c = 0; c < codes - 1; c++) expect(y[c], `${f} midpoint ${mids[c]}`).toBe(v[c % 2 === 0 ? c : c + 1]);
    }
  });
  it('decodes fp8 exactly as the file readers do', () => {
    for (let c = 0; c < 256; c++) {
      expect(Object.is(decodeFloat(c, 'fp8-e4m3'), e4m3ToFloat(c)) || Number.isNaN(e4m3ToFloat(c))).toBe(true);
      expect(Object.is(decodeFloat(c, 'fp8-e5m2'), e5m2ToFloat(c)) || Number.isNaN(e5m2ToFloat(c))).toBe(true);
    }
  });
});
