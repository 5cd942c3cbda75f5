import { describe, expect, it } from 'vitest';
import { bitLayout, decodeFloat, encodeFloat, floatFormatInfo, roundToFormat } from './index';
import type { FloatFormatName } from './index';

describe('bitLayout', () => {
  it('shows 1.0 in fp32 and fp16', () => {
    expect(bitLayout(1, 'fp32')).toMatchObject({
      sign: 0,
      exponent: '01111111',
      mantissa: '0'.repeat(23),
      code: 0x3f800000,
      kind: 'normal',
      exponentValue: 0,
      stored: 1,
      error: 0,
    });
    expect(bitLayout(1, 'fp32').higher).toBe(1 + 2 ** -23);
    expect(bitLayout(1, 'fp32').lower).toBe(1 - 2 ** -24);
    expect(bitLayout(1, 'fp16')).toMatchObject({
      exponent: '01111',
      mantissa: '0000000000',
      code: 0x3c00,
      lower: 1 - 2 ** -11,
      higher: 1 + 2 ** -10,
    });
  });
  it('shows rounding of 0.1 in fp16, with the error and both neighbours', () => {
    const b = bitLayout(0.1, 'fp16');
    expect(b).toMatchObject({
      sign: 0,
      exponent: '01011',
      mantissa: '1001100110',
      code: 0x2e66,
      exponentValue: -4,
      stored: 0.0999755859375,
    });
    expect(b.error).toBe(0.0999755859375 - 0.1);
    expect([b.lower, b.higher]).toEqual([0.0999755859375 - 2 ** -14, 0.0999755859375 + 2 ** -14]);
  });
  it('shows the E4M3 top end: 448 has no higher neighbour, 464 rounds to it, 1e6 saturates', () => {
    expect(bitLayout(448, 'fp8-e4m3')).toMatchObject({ exponent: '1111', mantissa: '110', code: 0x7e, lower: 416, higher: null });
    expect(bitLayout(464, 'fp8-e4m3')).toMatchObject({ stored: 448, error: -16 });
    expect(bitLayout(-1e6, 'fp8-e4m3')).toMatchObject({ sign: 1, stored: -448, lower: null, higher: -416 });
    expect(bitLayout(NaN, 'fp8-e4m3')).toMatchObject({
      exponent: '1111',
      mantissa: '111',
      kind: 'nan',
      lower: null,
      higher: null,
      exponentValue: null,
    });
  });
  it('shows subnormals, signed zero and infinity', () => {
    expect(bitLayout(2 ** -9, 'fp8-e4m3')).toMatchObject({
      exponent: '0000',
      mantissa: '001',
      kind: 'subnormal',
      exponentValue: -6,
      lower: 0,
      higher: 2 ** -8,
    });
    expect(bitLayout(-0, 'bf16')).toMatchObject({
      sign: 1,
      exponent: '00000000',
      mantissa: '0000000',
      code: 0x8000,
      kind: 'zero',
      lower: -(2 ** -133),
      higher: 2 ** -133,
    });
    expect(bitLayout(-(2 ** -16), 'fp8-e5m2')).toMatchObject({ sign: 1, mantissa: '01', lower: -(2 ** -15), higher: 0 });
    expect(bitLayout(70000, 'fp16')).toMatchObject({
      exponent: '11111',
      mantissa: '0000000000',
      kind: 'infinity',
      stored: Infinity,
      error: Infinity,
      lower: 65504,
      higher: null,
    });
    expect(bitLayout(65504, 'fp16').higher).toBe(Infinity);
    // E5M2 encodes ±Inf, so it is −57344's lower neighbour, though satfinite casts never produce it
    expect(bitLayout(-Infinity, 'fp8-e5m2')).toMatchObject({ stored: -57344, higher: -49152, lower: -Infinity });
    expect(bitLayout(Infinity, 'fp32')).toMatchObject({ kind: 'infinity', error: 0, lower: 3.4028234663852886e38 });
  });
  it('rounds the float64 input once (no double rounding through float32)', () => {
    const v = 1 + 2 ** -11 + 2 ** -40; // just above an fp16 tie; float32 would first round it onto the tie
    expect(Math.fround(v)).toBe(1 + 2 ** -11);
    expect(bitLayout(v, 'fp16').stored).toBe(1 + 2 ** -10);
  });
});

describe('encodeFloat and decodeFloat', () => {
  it('round-trip every code of the 8- and 16-bit formats; each value is fixed by roundToFormat', () => {
    for (const f of ['fp8-e4m3', 'fp8-e5m2', 'fp16', 'bf16'] as FloatFormatName[]) {
      const n = 2 ** floatFormatInfo(f).bits;
      const bad: string[] = [];
      for (let c = 0; c < n; c++) {
        const v = decodeFloat(c, f);
        if (Number.isNaN(v)) continue;
        if (encodeFloat(v, f) !== c) bad.push(`code ${c} -> ${v} -> ${encodeFloat(v, f)}`);
        if ((Number.isFinite(v) || !floatFormatInfo(f).saturates) && !Object.is(roundToFormat(v, f), v)) bad.push(`round(${v})`);
      }
      expect(bad, f).toEqual([]);
    }
  });
  it('refuses values the format cannot hold and codes out of range', () => {
    expect(() => encodeFloat(0.1, 'fp16')).toThrow(/not representable/);
    expect(() => encodeFloat(480, 'fp8-e4m3')).toThrow(RangeError);
    expect(() => encodeFloat(Infinity, 'fp8-e4m3')).toThrow(/no infinity/);
    expect(() => decodeFloat(256, 'fp8-e5m2')).toThrow(RangeError);
  });
});
