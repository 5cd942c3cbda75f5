import { describe, expect, it } from 'vitest';
import { firstBitDifference, ggufFloats, REQUANT } from '../../../tests/helpers/gguf';
import { bitsPerWeight, requantize, roundE2M1, type BlockFormat } from './index';
import { mxScale, nvTensorScale } from './fp4';

const all = ggufFloats('requant.f32');
const [rows, rowLength] = REQUANT.shape;
const n = rows * rowLength;
const x = all.subarray(0, n);

describe('requantization matches the ggml reference quantizers bit for bit', () => {
  it.each([
    ['Q8_0', () => all.subarray(REQUANT.Q8_0, REQUANT.Q8_0 + n)],
    ['Q4_0', () => all.subarray(REQUANT.Q4_0, REQUANT.Q4_0 + n)],
    ['Q4_K', () => ggufFloats('requant_q4k.f32')],
    ['MXFP4', () => all.subarray(REQUANT.MXFP4, REQUANT.MXFP4 + n)],
  ] as [BlockFormat, () => Float32Array][])('%s', (format, want) => {
    const r = requantize(x, rowLength, format);
    const at = firstBitDifference(r.values, want());
    expect(at, at < 0 ? '' : `element ${at}: x ${x[at]} got ${r.values[at]}, want ${want()[at]}`).toBe(-1);
  });
});

describe('block formats', () => {
  it('bits per weight count the stored scales', () => {
    expect(bitsPerWeight('Q8_0', 4096, 256)).toBe(8.5);
    expect(bitsPerWeight('Q4_0', 4096, 256)).toBe(4.5);
    expect(bitsPerWeight('Q4_K', 4096, 256)).toBe(4.5);
    expect(bitsPerWeight('MXFP4', 4096, 256)).toBe(4.25);
    expect(bitsPerWeight('NVFP4', 4096, 256)).toBe(4.5 + 32 / 4096);
    // A row of 40 takes two Q8_0 blocks (the second zero-padded).
    expect(bitsPerWeight('Q8_0', 80, 40)).toBe((4 * 272) / 80);
  });

  it('E2M1 rounds to nearest, ties to the even code, and saturates at 6', () => {
    expect([0.2, 0.25, 0.3, 0.75, 1.25, 1.75, 2.5, 3.5, 5, 5.1, 7, -1.75, -100].map(roundE2M1)).toEqual([
      0, 0, 0.5, 1, 1, 2, 2, 4, 4, 6, 6, -2, -6,
    ]);
  });

  it('MXFP4 shares 2^(floor(log2 amax) − 2) over 32 values', () => {
    expect(mxScale(6)).toBe(1);
    expect(mxScale(7.99)).toBe(1);
    expect(mxScale(8)).toBe(2);
    const b = new Float32Array(32);
    b[0] = 6;
    b[1] = 0.7;
    b[2] = -2.6;
    const r = requantize(b, 32, 'MXFP4');
    expect([...r.values.subarray(0, 3)]).toEqual([6, 0.5, -3]);
    expect(r.steps[0]).toBe(1);
  });

  it('NVFP4 maps the tensor maximum to 6 · 448 · tensor scale and rounds block scales to E4M3', () => {
    const b = new Float32Array(32);
    b[0] = 12; // block 0: amax 12 → scale 2 after the tensor scale 12/2688
    b[16] = 0.3; // block 1: amax 0.3 → E4M3(0.3/6/t) = E4M3(11.2) = 11
    const t = nvTensorScale(12);
    expect(t).toBe(Math.fround(12 / 2688));
    const r = requantize(b, 32, 'NVFP4');
    expect(r.steps[0]).toBeCloseTo(448 * t, 6);
    expect(r.steps[1]).toBeCloseTo(11 * t, 7);
    expect(r.values[0]).toBeCloseTo(12, 5);
    expect(r.values[16]).toBeCloseTo(6 * 11 * t, 6);
  });

  it('error figures skip NaN and ±Inf, which come out unchanged', () => {
    const b = new Float32Array(32).map((_, i) => (i % 7) - 3);
    b[5] = NaN;
    b[6] = Infinity;
    const r = requantize(b, 32, 'Q8_0');
    expect(Number.isNaN(r.values[5])).toBe(true);
    expect(r.values[6]).toBe(Infinity);
    expect(Number.isFinite(r.mse)).toBe(true);
    expect(r.sqnrDb).toBeGreaterThan(40);
  });

  it('4-bit formats lose more than Q8_0 on the same tensor, and Q4_K beats Q4_0', () => {
    const q = (f: BlockFormat) => requantize(x, rowLength, f).sqnrDb;
    expect(q('Q8_0')).toBeGreaterThan(q('Q4_K') + 15);
    expect(q('Q4_K')).toBeGreaterThan(q('Q4_0'));
  });
});
