import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MEMORY_BUDGET } from './budget';
import { parseDelimited } from './delimited';
import { openFiles } from './index';
import { parseJsonNumbers } from './jsonNumbers';
import { openNpz } from './npz';
import { bytes, f32Bytes, fileOf, makeNpy, makeSafetensors, openAndReadAll, refusal, SpyBlob, VirtualBlob } from '../../tests/helpers/io';

const DIR = fileURLToPath(new URL('../../tests/fixtures/bombs/', import.meta.url));
const EXPECTED = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, string>;

describe('hostile files (tests/fixtures/bombs) are refused with their message, allocating nothing large', () => {
  it.each(Object.entries(EXPECTED))('%s', async (name, message) => {
    const e = await refusal(() => openAndReadAll([fileOf(readFileSync(join(DIR, name)), name)]));
    expect(e.message).toContain(message);
  });
});

describe('the memory budget', () => {
  const bigHeader = (n: number) => ({ w: { dtype: 'F32', shape: [n], data_offsets: [0, n * 4] } });

  it('refuses to read a tensor above the budget whole, naming its size and the budget, but streams it', async () => {
    const n = MEMORY_BUDGET / 4 + 1024;
    const head = makeSafetensors(bigHeader(n), new Uint8Array(0));
    const file = new VirtualBlob(head, head.length + n * 4) as unknown as File;
    Object.defineProperty(file, 'name', { value: 'big.safetensors' });
    const src = await openFiles([file]);
    const e = await refusal(() => src.read('w'));
    expect(e.message).toContain("tensor 'w': shape (67109888,) needs 256.0 MiB in memory, more than the 256.0 MiB budget");
    const seen: [number, number, number][] = [];
    const stop = Object.assign(new Error('enough'), { name: 'AbortError' });
    const streaming = src.stream?.(
      'w',
      (v, done, total) => {
        seen.push([v.length, done, total]);
        if (seen.length === 2) throw stop;
      },
      64 << 20,
    );
    await expect(streaming).rejects.toBe(stop);
    expect(seen).toEqual([
      [16 << 20, 64 << 20, n * 4],
      [16 << 20, 128 << 20, n * 4],
    ]);
  });

  it('streams a deflated .npz member in chunks, as the plain read gives it', async () => {
    const values = Array.from({ length: 5000 }, (_, i) => Math.sin(i));
    const src = await openNpz(
      new Blob([
        zipSync(
          { 'w.npy': makeNpy("{'descr': '>f4', 'fortran_order': False, 'shape': (5000,), }", f32Bytes(values).reverse()) },
          { level: 6 },
        ),
      ]),
    );
    const chunks: Float32Array[] = [];
    await src.stream?.(
      'w',
      (v, done, total) => {
        chunks.push(v);
        expect(total).toBe(20000);
        expect(done).toBeLessThanOrEqual(total);
      },
      4096,
    );
    const streamed = Float32Array.from(chunks.flatMap((c) => Array.from(c)));
    expect(chunks.length).toBe(5);
    expect(Array.from(streamed)).toEqual(Array.from((await src.read('w')).data));
  });

  it('lists an .npz of big members by inflating only a few KiB of each', async () => {
    const member = makeNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (1048576,), }", new Uint8Array(4 << 20));
    const zip = zipSync(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`m${i}.npy`, member])), { level: 6 });
    const spy = new SpyBlob([zip as Uint8Array<ArrayBuffer>]);
    const steps: number[] = [];
    const src = await openNpz(spy, (_step, done) => void steps.push(done));
    expect(src.tensors).toHaveLength(10);
    expect(steps).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const tail = 22 + 0xffff; // where the end-of-directory record is looked for
    const read = spy.slices.reduce((n, [a, b]) => n + (b - a), 0) - tail;
    expect(read).toBeLessThan(10 * 2048); // ≤ 2 KiB of compressed bytes per member
  });

  it('JSON and CSV parsers stop growing at the budget', () => {
    expect(() => parseJsonNumbers('[[0],[0],[0],[0],[0]]', 'json', 'JSON array', 16)).toThrow(
      'JSON array: holds more than 4 numbers: needs more than 16 B in memory',
    );
    expect(() => parseDelimited('1,2\n3,4\n5,6\n', 16)).toThrow('holds more than 4 numbers');
    expect(parseDelimited('1,2\n3,4\n', 16).shape).toEqual([2, 2]);
  });

  it('a tfjs manifest of 20,000 shard paths is resolved in one pass and reports progress', async () => {
    const paths = Array.from({ length: 20_000 }, (_, i) => `s${i}.bin`);
    const model = { weightsManifest: [{ paths, weights: [{ name: 'w', shape: [1], dtype: 'float32' }] }] };
    const shards = paths.map((p) => fileOf(new Uint8Array(0), p));
    const steps: number[] = [];
    const e = await refusal(() =>
      openFiles([fileOf(bytes(JSON.stringify(model)), 'model.json'), ...shards], (s, d) => void (s === 'shards' && steps.push(d))),
    );
    expect(e.message).toContain('its weights need 4 bytes, but 20000 shards hold 0 bytes');
    expect(steps.at(-1)).toBe(19_456);
  });
});
