import { describe, expect, it } from 'vitest';
import { TensorFileError } from './errors';
import { streamRange } from './rangeStream';

/** A Blob whose slices are counted, and whose reads fail from byte `failAt` on. */
function countingBlob(bytes: Uint8Array<ArrayBuffer>, failAt = Infinity): { blob: Blob; slices: number[] } {
  const blob = new Blob([bytes]);
  const slices: number[] = [];
  const slice = blob.slice.bind(blob);
  blob.slice = (start?: number, end?: number) => {
    slices.push(start ?? 0);
    if ((start ?? 0) >= failAt) return { arrayBuffer: () => Promise.reject(new Error('disk gone')) } as Blob;
    return slice(start, end);
  };
  return { blob, slices };
}

describe('streamRange', () => {
  const values = Float32Array.from({ length: 10 }, (_, i) => i - 4.5);
  const bytes = new Uint8Array(values.buffer);

  it('hands over whole elements in order, each chunk a fresh float32 array', async () => {
    const { blob } = countingBlob(bytes);
    const seen: number[][] = [];
    await streamRange(blob, 0, bytes.length, 'f4', 'npy', (x) => void seen.push([...x]), 12);
    expect(seen).toEqual([[-4.5, -3.5, -2.5], [-1.5, -0.5, 0.5], [1.5, 2.5, 3.5], [4.5]]);
  });

  it('reads the next chunk while the current one is being handled', async () => {
    const { blob, slices } = countingBlob(bytes);
    const readWhileHandling: number[] = [];
    await streamRange(
      blob,
      0,
      bytes.length,
      'f4',
      'npy',
      async () => {
        readWhileHandling.push(slices.length);
        await Promise.resolve();
      },
      16,
    );
    expect(readWhileHandling).toEqual([2, 3, 3]); // chunk k is handled while chunk k + 1 is read (none after the last)
  });

  it('a failed read ahead is reported when its chunk is due, after the chunks before it', async () => {
    const { blob } = countingBlob(bytes, 16);
    const seen: number[] = [];
    await expect(streamRange(blob, 0, bytes.length, 'f4', 'npy', (x) => void seen.push(x.length), 16)).rejects.toThrow(TensorFileError);
    expect(seen).toEqual([4]);
  });
});
