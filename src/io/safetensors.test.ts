import { describe, expect, it } from 'vitest';
import type { TensorFileError } from './index';
import { listSafetensors, readSafetensor } from './index';
import { f32Bytes, fixtureBuffer, makeSafetensors, refusal, SpyBlob } from '../../tests/helpers/io';

const entry = (dtype: string, shape: unknown[], begin: number, end: number) => ({ dtype, shape, data_offsets: [begin, end] });

async function errorOf(p: Promise<unknown>): Promise<TensorFileError> {
  const e = await refusal(() => p);
  expect(e.format).toBe('safetensors');
  return e;
}

describe('safetensors', () => {
  it('lists the header and reads only the chosen tensor’s byte range', async () => {
    const buf = fixtureBuffer('model.safetensors');
    const n = Number(new DataView(buf).getBigUint64(0, true));
    const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 8, n))) as Record<string, { data_offsets: [number, number] }>;
    const spy = new SpyBlob([buf]);
    const list = await listSafetensors(spy);
    expect(list.map((t) => t.name)).toContain('model.bf16');
    expect(list.find((t) => t.name === 'model.bf16')).toEqual({ name: 'model.bf16', dtype: 'BF16', shape: [2, 3] });
    expect(spy.slices).toEqual([
      [0, 8],
      [8, 8 + n],
    ]);
    spy.slices.length = 0;
    const t = await readSafetensor(spy, 'model.f16');
    const [b, e] = header['model.f16'].data_offsets;
    expect(spy.slices).toEqual([
      [0, 8],
      [8, 8 + n],
      [8 + n + b, 8 + n + e],
    ]);
    expect(Array.from(t.data)).toEqual([1, -2, 0.3330078125, 65504, Math.fround(5.960464477539063e-8), -0]);
  });

  it('reads a hand-built file with metadata first and a gap between tensors', async () => {
    const file = makeSafetensors(
      { __metadata__: { a: 'b' }, x: entry('F32', [2], 0, 8), y: entry('F32', [], 12, 16) },
      f32Bytes([1, 2, 99, 3]),
    );
    const blob = new Blob([file]);
    expect(await listSafetensors(blob)).toEqual([
      { name: 'x', dtype: 'F32', shape: [2] },
      { name: 'y', dtype: 'F32', shape: [] },
    ]);
    expect(Array.from((await readSafetensor(blob, 'y')).data)).toEqual([3]);
  });

  const data = f32Bytes([1, 2, 3, 4, 5, 6]);
  it.each([
    ['a file shorter than 8 bytes', new Uint8Array(5), 'too short for the 8-byte header length'],
    ['an absurd header length (2^40)', Uint8Array.of(0, 0, 0, 0, 0, 1, 0, 0, 0x7b, 0x7d), 'header length 1099511627776 bytes is absurd'],
    ['a header length over 100 MB', Uint8Array.of(0x01, 0xe1, 0xf5, 0x05, 0, 0, 0, 0, 0x7b), 'is absurd (limit 100000000)'],
    ['a header length beyond the file', Uint8Array.of(50, 0, 0, 0, 0, 0, 0, 0, 0x7b, 0x7d), 'exceeds the 2 bytes after the length field'],
    ['a header that is not JSON', makeSafetensors('{"x": ', data), 'is not valid JSON'],
    ['a header that is a list', makeSafetensors('[1]', data), 'not an object'],
    [
      'invalid UTF-8',
      makeSafetensors('{"\xff": 1}'.replace('\xff', '\u00ff'), data).map((v, i) => (i === 10 ? 0xff : v)),
      'not valid UTF-8',
    ],
    ['an unsupported dtype', makeSafetensors({ x: entry('F4', [2], 0, 1) }, data), "tensor 'x': unsupported dtype 'F4'"],
    ['a missing dtype', makeSafetensors({ x: { shape: [1], data_offsets: [0, 4] } }, data), "'dtype' is missing"],
    ['a negative dimension', makeSafetensors({ x: entry('F32', [-1, 2], 0, 8) }, data), 'negative dimension -1'],
    ['a fractional dimension', makeSafetensors({ x: entry('F32', [1.5], 0, 8) }, data), 'non-integer dimension 1.5'],
    ['a string dimension', makeSafetensors({ x: entry('F32', ['2'], 0, 8) }, data), 'non-integer dimension 2'],
    ['an overflowing shape', makeSafetensors({ x: entry('F32', [65536, 65536], 0, 8) }, data), 'more than the 2^31'],
    [
      'a 1e400 dimension',
      makeSafetensors('{"x": {"dtype": "F32", "shape": [1e400], "data_offsets": [0, 4]}}', data),
      'overflowing dimension',
    ],
    ['offsets past the data', makeSafetensors({ x: entry('F32', [7], 0, 28) }, data), 'run past the data section, which has 24 bytes'],
    ['end before begin', makeSafetensors({ x: entry('F32', [1], 8, 4) }, data), 'not a valid range'],
    ['negative offsets', makeSafetensors({ x: entry('F32', [1], -4, 0) }, data), 'not a valid range'],
    ['fractional offsets', makeSafetensors({ x: entry('F32', [1], 0.5, 4.5) }, data), 'are not integers'],
    ['one offset', makeSafetensors({ x: { dtype: 'F32', shape: [1], data_offsets: [0] } }, data), "'data_offsets' must be [begin, end]"],
    [
      'a size mismatch',
      makeSafetensors({ x: entry('F32', [3, 2], 0, 20) }, data),
      'shape (3, 2) of F32 = 24 bytes, but data_offsets [0, 20] span 20 bytes',
    ],
    [
      'overlapping tensors',
      makeSafetensors({ a: entry('F32', [3], 0, 12), b: entry('F32', [2], 8, 16) }, data),
      "tensors 'a' [0, 12) and 'b' [8, 16) overlap",
    ],
    [
      'duplicate names',
      makeSafetensors(
        '{"a": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}, "a": {"dtype": "F32", "shape": [1], "data_offsets": [4, 8]}}',
        data,
      ),
      "header names 'a' twice",
    ],
    [
      'non-string metadata',
      makeSafetensors({ __metadata__: { n: 1 }, x: entry('F32', [1], 0, 4) }, data),
      "'__metadata__' entry 'n' is not a string",
    ],
  ])('refuses %s', async (_what, file, msg) => {
    expect((await errorOf(listSafetensors(new Blob([file])))).message).toContain(msg);
  });

  it('refuses to read an empty tensor, an unknown name, and a C64 tensor', async () => {
    const blob = new Blob([
      makeSafetensors({ e: entry('F32', [0, 4], 0, 0), c: entry('C64', [1], 0, 8), x: entry('F32', [1], 8, 12) }, f32Bytes([1, 2, 3])),
    ]);
    expect((await listSafetensors(blob)).length).toBe(3);
    expect((await errorOf(readSafetensor(blob, 'e'))).message).toBe("tensor 'e': shape (0, 4) has 0 elements — nothing to quantize");
    expect((await errorOf(readSafetensor(blob, 'nope'))).message).toContain("no tensor named 'nope'");
    expect((await errorOf(readSafetensor(blob, 'c'))).message).toContain('C64 cannot be converted');
    expect(Array.from((await readSafetensor(blob, 'x')).data)).toEqual([3]);
  });
});
