import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TensorFileError } from './index';
import { openFiles } from './index';
import { modelProto, oneTensorModel, tensorProto, type TensorSpec } from '../../tests/helpers/onnx';
import { f32Bytes, fileOf, FIXTURE_DIR, fixtureFile, SpyBlob, refusal as expectRefusal } from '../../tests/helpers/io';

/** The shared refusal check, plus: the error names the ONNX reader. */
async function refusal(p: Promise<unknown>): Promise<TensorFileError> {
  const e = await expectRefusal(() => p);
  expect(e.format).toBe('onnx');
  return e;
}

const model = (): File => fixtureFile('onnx/external.onnx');
const data = (): File => fixtureFile('onnx/external.onnx.data');
const dataBytes = (): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(join(FIXTURE_DIR, 'onnx', 'external.onnx.data')));
const ext = (location: string, offset: number, length: number): TensorSpec['external'] => [
  ['location', location],
  ['offset', String(offset)],
  ['length', String(length)],
];
const external = (name: string, spec: TensorSpec['external']): Uint8Array =>
  tensorProto({ name, dims: [2], dataType: 1, location: 1, external: spec });

describe('ONNX external data (data_location = EXTERNAL)', () => {
  it('lists external tensors without the data file; reading one asks to open the data file with the model', async () => {
    const src = await openFiles([model()]);
    expect(src.tensors.map((t) => t.name).sort()).toEqual(['conv.bias', 'conv.weight', 'fc.bias', 'fc.weight', 'order', 'scale', 'shift']);
    expect(src.tensors.find((t) => t.name === 'conv.weight')).toEqual({ name: 'conv.weight', dtype: 'FLOAT', shape: [16, 3, 3, 3] });
    expect(src.metadata?.external_data).toBe('external.onnx.data');
    expect((await src.read('conv.bias')).data.length).toBe(16); // stored inline
    const e = await refusal(src.read('conv.weight'));
    expect(e.message).toBe(
      "external.onnx: tensor 'conv.weight' is stored outside the model, in the external data file 'external.onnx.data': " +
        'open it together with external.onnx (select all the files at once)',
    );
    expect([e.file, e.tensor]).toEqual(['external.onnx', 'conv.weight']);
  });

  it('reads the bytes [offset, offset + length) of the data file when both are opened, in any order', async () => {
    const a = await openFiles([data(), model()]);
    const b = await openFiles([model(), data()]);
    expect(a.format).toBe('onnx'); // the data file is part of the model, not a file of its own
    expect(a.tensors).toEqual(b.tensors);
    const spy = new SpyBlob([dataBytes()]);
    const c = await openFiles([
      model(),
      Object.assign(spy, { name: 'external.onnx.data', lastModified: 0, webkitRelativePath: '' }) as unknown as File,
    ]);
    spy.slices.length = 0; // openFiles sniffed the first bytes of every file
    const fc = await c.read('fc.weight');
    expect(spy.slices).toEqual([[1728, 2496]]);
    expect(Array.from(fc.data)).toEqual(Array.from((await a.read('fc.weight')).data));
  });

  it('streams raw_data and external tensors by byte range, in whole-element chunks', async () => {
    const src = await openFiles([model(), data()]);
    for (const name of ['conv.weight', 'conv.bias', 'scale']) {
      const whole = await src.read(name);
      const parts: number[] = [];
      const progress: number[] = [];
      await src.stream?.(
        name,
        (values, done) => {
          parts.push(...values);
          progress.push(done);
        },
        100,
      );
      expect(parts).toEqual(Array.from(whole.data));
      expect(progress.length).toBeGreaterThan(name === 'conv.weight' ? 10 : 0);
    }
  });

  it('matches the data file by the last component of its location, ignoring case', async () => {
    const m = modelProto([external('w', ext('weights/Data.BIN', 4, 8))]);
    const src = await openFiles([fileOf(m, 'm.onnx'), fileOf(f32Bytes([9, 1.5, -2]), 'data.bin')]);
    expect(Array.from((await src.read('w')).data)).toEqual([1.5, -2]);
  });

  it('names every missing data file of the model', async () => {
    const m = modelProto([external('a', ext('a.bin', 0, 8)), external('b', ext('sub/b.bin', 0, 8))]);
    const src = await openFiles([fileOf(m, 'm.onnx')]);
    expect(src.metadata?.external_data).toBe('a.bin, sub/b.bin');
    expect((await refusal(src.read('b'))).message).toBe(
      "m.onnx: tensor 'b' is stored outside the model, in the external data file 'sub/b.bin' " +
        "(this model's missing data files: 'a.bin', 'sub/b.bin'): open them together with m.onnx (select all the files at once)",
    );
  });

  it('refuses a data file too short for the ranges the model names, at open', async () => {
    const short = fileOf(dataBytes().subarray(0, 2000), 'external.onnx.data');
    const e = await refusal(openFiles([model(), short]));
    expect(e.message).toBe(
      "external.onnx: tensor 'fc.weight': its external data, bytes 1728–2496 of 'external.onnx.data', " +
        'lie beyond the end of that file (2000 bytes): wrong or truncated data file?',
    );
  });

  it.each<[string, TensorSpec, string]>([
    [
      'no location',
      { name: 'w', dims: [2], dataType: 1, location: 1, external: [['offset', '0']] },
      "data_location is EXTERNAL but external_data has no 'location'",
    ],
    [
      'a bad offset',
      {
        name: 'w',
        dims: [2],
        dataType: 1,
        location: 1,
        external: [
          ['location', 'd'],
          ['offset', '-4'],
        ],
      },
      "external_data offset '-4' is not a non-negative integer",
    ],
    [
      'a wrong length',
      { name: 'w', dims: [2], dataType: 1, location: 1, external: ext('d', 0, 12) },
      'shape (2,) of FLOAT needs 8 bytes, but external_data length is 12',
    ],
    [
      'inline data too',
      { name: 'w', dims: [2], dataType: 1, location: 1, external: ext('d', 0, 8), floats: [1, 2] },
      'data_location is EXTERNAL, but the tensor also has inline data',
    ],
    [
      'a STRING tensor',
      { name: 'w', dims: [2], dataType: 8, location: 1, external: ext('d', 0, 8) },
      'STRING tensors cannot be stored as external data',
    ],
  ])('refuses external_data with %s', async (_, spec, message) => {
    const e = await refusal(openFiles([fileOf(oneTensorModel(spec), 'm.onnx')]));
    expect(e.message).toBe(`m.onnx: tensor 'w': ${message}`);
  });
});
