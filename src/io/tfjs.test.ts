import { describe, expect, it } from 'vitest';
import type { TensorFileError } from './index';
import { openFiles } from './index';
import { bytes, concat, f32Bytes, fileOf, fixtureFile, openAndReadAll, refusal } from '../../tests/helpers/io';

const model = (weightsManifest: unknown, extra: object = {}): File =>
  fileOf(bytes(JSON.stringify({ format: 'graph-model', modelTopology: {}, weightsManifest, ...extra })), 'model.json');

const errorOf = (files: File[]): Promise<TensorFileError> => refusal(() => openAndReadAll(files));

describe('tfjs model.json + shards', () => {
  it('names the missing shard', async () => {
    const e = await errorOf([fixtureFile('tfjs_sharded/model.json'), fixtureFile('tfjs_sharded/g1-shard1of2.bin')]);
    expect(e.message).toContain("weight shard 'g1-shard2of2.bin' (group 1) is missing");
    expect(e.file).toBe('model.json');
  });

  it('a shard alone is unrecognised, with a hint', async () => {
    const e = await errorOf([fixtureFile('tfjs/group1-shard1of1.bin')]);
    expect(e.message).toContain('select its model.json too');
  });

  it('dequantizes uint8/uint16 (q·scale + min), rounds for int32, and reads a bare weights_manifest array', async () => {
    const manifest = [
      {
        paths: ['weights/shard.bin'],
        weights: [
          { name: 'a', shape: [3], dtype: 'float32', quantization: { dtype: 'uint8', scale: 0.5, min: -1 } },
          { name: 'b', shape: [2], dtype: 'float32', quantization: { dtype: 'uint16', scale: 0.25, min: 10 } },
          { name: 'c', shape: [2], dtype: 'int32', quantization: { dtype: 'uint8', scale: 0.3, min: 0 } },
          { name: 'd', shape: [1, 1], dtype: 'bool' },
        ],
      },
    ];
    const shard = concat(Uint8Array.of(0, 1, 255), Uint8Array.of(4, 0, 0, 1), Uint8Array.of(5, 10), Uint8Array.of(1));
    const src = await openFiles([fileOf(bytes(JSON.stringify(manifest)), 'weights_manifest.json'), fileOf(shard, 'shard.bin')]);
    expect(src.tensors.map((t) => t.dtype)).toEqual([
      'float32 (from uint8 quantized)',
      'float32 (from uint16 quantized)',
      'int32 (from uint8 quantized)',
      'bool',
    ]);
    expect(Array.from((await src.read('a')).data)).toEqual([-1, -0.5, 126.5]);
    expect(Array.from((await src.read('b')).data)).toEqual([11, 10 + 256 * 0.25]);
    expect(Array.from((await src.read('c')).data)).toEqual([2, 3]); // round(1.5) = 2, round(3) = 3
    expect(Array.from((await src.read('d')).data)).toEqual([1]);
  });

  it('matches shards by basename even with ./ paths and URL escapes', async () => {
    const src = await openFiles([
      model([{ paths: ['./a%20b.bin'], weights: [{ name: 'w', shape: [2], dtype: 'float32' }] }]),
      fileOf(f32Bytes([1.5, 2.5]), 'a b.bin'),
    ]);
    expect(Array.from((await src.read('w')).data)).toEqual([1.5, 2.5]);
  });

  const one = (w: object) => [{ paths: ['s.bin'], weights: [w] }];
  const shard = fileOf(f32Bytes([1, 2, 3, 4]), 's.bin');
  it.each([
    ['a string weight', one({ name: 'w', shape: [1], dtype: 'string' }), 'string weights are not supported'],
    ['an unknown dtype', one({ name: 'w', shape: [1], dtype: 'float64' }), 'unsupported dtype "float64"'],
    [
      'an unknown quantization',
      one({ name: 'w', shape: [1], dtype: 'float32', quantization: { dtype: 'int4' } }),
      'unknown quantization dtype "int4"',
    ],
    [
      'uint8 without scale',
      one({ name: 'w', shape: [1], dtype: 'float32', quantization: { dtype: 'uint8', min: 0 } }),
      "needs finite numbers 'scale' and 'min'",
    ],
    ['float16 on int32', one({ name: 'w', shape: [1], dtype: 'int32', quantization: { dtype: 'float16' } }), 'only applies to float32'],
    ['a negative dimension', one({ name: 'w', shape: [2, -1], dtype: 'float32' }), 'negative dimension -1'],
    ['an overflowing shape', one({ name: 'w', shape: [1e6, 1e6], dtype: 'float32' }), 'more than the 2^31'],
    ['a weight without a name', one({ shape: [1], dtype: 'float32' }), "no string 'name'"],
    ['bad paths', [{ paths: [3], weights: [] }], "'paths' must be a list"],
    ['a short shard', one({ name: 'w', shape: [5], dtype: 'float32' }), "its weights need 20 bytes, but the shards 's.bin' hold 16 bytes"],
    [
      'duplicate names',
      [
        {
          paths: ['s.bin'],
          weights: [
            { name: 'w', shape: [1], dtype: 'float32' },
            { name: 'w', shape: [1], dtype: 'float32' },
          ],
        },
      ],
      "weight name 'w' appears twice",
    ],
    ['no weights', [], 'lists no weights'],
    ['an empty weight', one({ name: 'w', shape: [0], dtype: 'float32' }), "tensor 'w' has shape (0,): 0 elements — nothing to quantize"],
  ])('refuses %s', async (_what, manifest, msg) => {
    expect((await errorOf([model(manifest), shard])).message).toContain(msg);
  });

  it('refuses a model.json that is not JSON', async () => {
    const e = await errorOf([fileOf(bytes('{"weightsManifest": [ '), 'model.json'), shard]);
    expect(e.message).toContain('model.json: not valid JSON');
  });
});
