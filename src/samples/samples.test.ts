import { describe, expect, it } from 'vitest';
import { generateSample, SAMPLE_SIZES, sampleShape } from './samples';

describe('the depthwise-like sample', () => {
  it('has 64 square k × k channels for every offered size', () => {
    for (const size of SAMPLE_SIZES) {
      const [c, one, k, k2] = sampleShape({ id: 'depthwise', seed: 1, size });
      expect([c, one, k * k2]).toEqual([64, 1, size / 64]);
      expect(Number.isInteger(k)).toBe(true);
      expect(k).toBe(k2);
    }
  });
  it('holds 256 values per channel at 16k, enough for a channel to use many of the 256 int8 levels', () => {
    const x = generateSample({ id: 'depthwise', seed: 3, size: 16384 });
    const spreads = Array.from({ length: 64 }, (_, c) => {
      const ch = x.subarray(c * 256, (c + 1) * 256);
      return Math.max(...ch) - Math.min(...ch);
    });
    expect(Math.max(...spreads) / Math.min(...spreads)).toBeGreaterThan(10); // channel ranges far apart
  });
});
