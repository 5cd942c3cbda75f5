import { describe, expect, it } from 'vitest';
import { histogram } from '../core/math';
import { openFiles } from '../io';
import { generateSample } from '../samples/samples';
import type { Progress } from './api';
import { readTensor, summarize } from './summarize';

/** A .safetensors file holding one F32 tensor 'w' (8-byte header length, JSON header, little-endian data). */
function safetensorsFile(values: Float32Array): File {
  const header = new TextEncoder().encode(
    JSON.stringify({ w: { dtype: 'F32', shape: [values.length], data_offsets: [0, values.byteLength] } }),
  );
  const size = new Uint8Array(8);
  new DataView(size.buffer).setBigUint64(0, BigInt(header.length), true);
  return new File([size, header, new Uint8Array(values.buffer as ArrayBuffer)] as BlobPart[], 'big.safetensors');
}

const values = generateSample({ id: 'gelu-outliers', seed: 3, size: 20_000 });
const limits = { stream: 10_000, chunked: 1_000, chunkBytes: 4096 };

describe('readTensor', () => {
  it('streams a tensor over the threshold in chunks: same statistics and histogram, nothing held', async () => {
    const source = await openFiles([safetensorsFile(values)]);
    const seen: Progress[] = [];
    const { summary, data } = await readTensor(source, 'w', { progress: (p) => seen.push(p), checkCancelled: () => undefined }, limits);
    const whole = summarize('w', [values.length], values);
    expect(data).toBeNull();
    expect(summary.streamed).toBe(true);
    expect(summary.stats).toMatchObject({
      ...whole.stats,
      mean: expect.closeTo(whole.stats.mean, 10),
      std: expect.closeTo(whole.stats.std, 10),
      sumSquares: expect.closeTo(whole.stats.sumSquares, 6),
    });
    const { lo, hi, counts } = summary.overview;
    expect(lo).toBeLessThanOrEqual(whole.stats.min);
    expect(hi).toBeGreaterThan(whole.stats.max);
    expect(Array.from(counts)).toEqual(Array.from(histogram(values, lo, hi, counts.length).counts));
    expect(seen.length).toBeGreaterThan(10); // one pass of 4 KiB chunks over 80 kB
    expect(seen.every((p, i) => i === 0 || p.done >= seen[i - 1].done)).toBe(true);
    expect(seen[seen.length - 1]).toEqual({ phase: 'read', done: values.byteLength, total: values.byteLength });
  });
  it('reads a mid-sized tensor in chunks into memory, value for value', async () => {
    const source = await openFiles([safetensorsFile(values)]);
    const { data, summary } = await readTensor(
      source,
      'w',
      { progress: () => undefined, checkCancelled: () => undefined },
      { ...limits, stream: 1e9 },
    );
    expect(data).toEqual(values);
    expect(summary.streamed).toBe(false);
  });
  it('stops when cancelled', async () => {
    const source = await openFiles([safetensorsFile(values)]);
    let chunks = 0;
    const hooks = {
      progress: () => undefined,
      checkCancelled: () => {
        if (++chunks > 3) throw new Error('cancelled');
      },
    };
    await expect(readTensor(source, 'w', hooks, limits)).rejects.toThrow('cancelled');
    expect(chunks).toBe(4);
  });
});
