import { describe, expect, it } from 'vitest';
import { blockRowLength, compareBlockFormats, sampleSlices, scaleStrip } from './blockFormats';
import { createRandom } from '../samples/random';

const noPause = () => Promise.resolve();

describe('block-format view', () => {
  it('blocks run along the last dimension when it holds whole blocks, else along the flattened tensor', () => {
    expect(blockRowLength([64, 512], 64 * 512, 256)).toBe(512);
    expect(blockRowLength([3, 3, 16, 1], 144, 32)).toBe(144);
    expect(blockRowLength([1000], 1000, 32)).toBe(1000);
  });

  it('compares INT8/INT4 per-channel and group-wise with the five block formats, with their bits per weight', async () => {
    const r = createRandom(3);
    const x = Float32Array.from({ length: 16 * 256 }, () => r.normal());
    const rows = await compareBlockFormats(x, [16, 256], noPause);
    expect(rows.map((row) => [row.id, row.bitsPerWeight])).toEqual([
      ['int8-channel', 8 + (32 * 16) / 4096],
      ['int4-channel', 4 + (32 * 16) / 4096],
      ['int4-g128', 4.125],
      ['int4-g32', 4.5],
      ['Q8_0', 8.5],
      ['Q4_0', 4.5],
      ['Q4_K', 4.5],
      ['MXFP4', 4.25],
      ['NVFP4', 4.5 + 32 / 4096],
    ]);
    const sqnr = Object.fromEntries(rows.map((row) => [row.id, row.sqnrDb]));
    // Gaussian data: 8-bit schemes near 40 dB, 4-bit ones near 15–20 dB; small blocks beat whole channels.
    expect(sqnr['Q8_0']).toBeGreaterThan(38);
    expect(sqnr['int4-g32']).toBeGreaterThan(sqnr['int4-channel']);
    expect(sqnr['Q4_K']).toBeGreaterThan(sqnr['Q4_0']);
  });

  it('a group size that fits neither the last axis nor the tensor is left out', async () => {
    const x = new Float32Array(3 * 50).fill(1);
    const ids = (await compareBlockFormats(x, [3, 50], noPause)).map((r) => r.id);
    expect(ids).not.toContain('int4-g32');
    expect(ids).not.toContain('int4-g128');
  });

  it('a large tensor is measured on evenly spaced whole slices along axis 0', () => {
    const x = Float32Array.from({ length: 10 * 8 }, (_, i) => i);
    const s = sampleSlices(x, [10, 2, 4], 24);
    expect(s.shape).toEqual([3, 2, 4]);
    expect(s.sampled).toEqual({ slices: 3, of: 10 });
    expect([...s.x.subarray(0, 2)]).toEqual([0, 1]);
    expect(s.x[8]).toBe(3 * 8); // slice ⌊1·10/3⌋ = 3
    expect(s.x[16]).toBe(6 * 8);
    expect(sampleSlices(x, [10, 8], 80).sampled).toBeNull();
    expect(sampleSlices(new Float32Array(10000), [10000], 5000).shape).toEqual([4096]);
  });

  it('the scale strip keeps the largest step and value of each bin', () => {
    const scales = Float32Array.of(1, -4, 2, 3);
    const values = Float32Array.of(1, -9, 2, 2, 0, 5, 1, Infinity);
    const s = scaleStrip({ format: 'Q8_0', span: 2, scales }, values, 2);
    expect([...s.stepMax]).toEqual([4, 3]);
    expect([...s.valueAbsMax]).toEqual([9, 5]);
    expect(scaleStrip({ format: 'Q8_0', span: 2, scales }, values, 10).stepMax).toHaveLength(4);
  });
});
