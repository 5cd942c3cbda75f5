import { describe, expect, it } from 'vitest';
import { openFiles, TensorFileError } from './index';
import { bytes, concat, f32Bytes, fileOf, fixtureFile, makeNpy, makeSafetensors, refusal } from '../../tests/helpers/io';

const npy = (values: number[]): Uint8Array =>
  makeNpy(`{'descr': '<f4', 'fortran_order': False, 'shape': (${values.length},), }`, f32Bytes(values));
const st = (name: string, values: number[], meta?: Record<string, string>): Uint8Array =>
  makeSafetensors(
    { ...(meta ? { __metadata__: meta } : {}), [name]: { dtype: 'F32', shape: [values.length], data_offsets: [0, 4 * values.length] } },
    f32Bytes(values),
  );

const errorOf = (files: File[]): Promise<TensorFileError> => refusal(() => openFiles(files));

describe('openFiles: format detection', () => {
  it('goes by content, not by name', async () => {
    const a = await openFiles([fileOf(npy([1, 2]), 'weights.bin')]);
    expect([a.format, a.tensors[0].name]).toEqual(['npy', 'weights']);
    const b = await openFiles([fileOf(st('w', [3]), 'blob.dat')]);
    expect(b.format).toBe('safetensors');
    const c = await openFiles([fixtureFile('stored.npz')].map((f) => new File([f], 'archive.zip')));
    expect(c.format).toBe('npz');
  });

  it('a wrong-content file with a known extension gets that format’s error', async () => {
    const e = await errorOf([fileOf(bytes('1,2,3'), 'x.npy')]);
    expect(e.format).toBe('npy');
    expect(e.message).toBe('x.npy: not a .npy file: expected magic \\x93NUMPY, found bytes 31 2c 32 2c 33');
    const s = await errorOf([fileOf(bytes('hello world!'), 'x.safetensors')]);
    expect(s.message).toContain('x.safetensors: header length');
  });

  it.each([
    ['legacy.pth', 'pytorch', 'unpickling can run arbitrary code'],
    ['state.pt', 'pytorch', 'numpy.save'],
  ])('refuses %s with advice', async (name, format, msg) => {
    const e = await errorOf([fixtureFile(name)]);
    expect(e.format).toBe(format);
    expect(e.file).toBe(name);
    expect(e.message).toContain(msg);
  });

  it('opens .onnx files as ONNX (by extension, after a protobuf check of the first bytes)', async () => {
    const a = await openFiles([fixtureFile('onnx/torch_cnn.onnx')]);
    expect([a.format, a.tensors.length]).toEqual(['onnx', 7]);
    const e = await errorOf([fixtureFile('model.onnx')]); // a bare ModelProto prefix: ir_version and producer_name
    expect([e.format, e.file]).toEqual(['onnx', 'model.onnx']);
    expect(e.message).toContain('this ONNX model has no graph');
    expect((await errorOf([fileOf(bytes('1,2,3'), 'x.onnx')])).message).toContain('x.onnx: not an ONNX model');
  });

  it('refuses pickles by magic, HDF5, TFLite and unknown binaries', async () => {
    expect((await errorOf([fileOf(Uint8Array.of(0x80, 2, 0x8a, 10, 0x6c), 'pytorch_model.bin')])).format).toBe('pytorch');
    expect((await errorOf([fileOf(concat(Uint8Array.of(0x89), bytes('HDF\r\n\x1a\n'), new Uint8Array(8)), 'm.h5')])).format).toBe('hdf5');
    expect((await errorOf([fileOf(concat(new Uint8Array(4), bytes('TFL3')), 'm.tflite')])).format).toBe('tflite');
    const u = await errorOf([fileOf(Uint8Array.of(1, 2, 3, 0, 0, 9), 'mystery')]);
    expect(u.message).toContain('mystery: unrecognised file format');
  });

  it('refuses an empty selection and an empty file', async () => {
    expect((await errorOf([])).message).toBe('no files selected');
    expect((await errorOf([fileOf(new Uint8Array(0), 'e.csv')])).message).toBe('e.csv: no numbers found');
  });
});

describe('openFiles: several files', () => {
  it('merges .npy files, keeping names when they are unique', async () => {
    const src = await openFiles([fileOf(npy([1]), 'a.npy'), fileOf(npy([2, 3]), 'b.npy')]);
    expect(src.format).toBe('npy');
    expect(src.tensors.map((t) => t.name)).toEqual(['a', 'b']);
    expect(Array.from((await src.read('b')).data)).toEqual([2, 3]);
  });

  it('prefixes names with the file name when two files share a tensor name', async () => {
    const src = await openFiles([
      fileOf(st('w', [1], { k: 'v1' }), 'one.safetensors'),
      fileOf(st('w', [2], { k: 'v2' }), 'two.safetensors'),
    ]);
    expect(src.tensors.map((t) => t.name)).toEqual(['one.safetensors:w', 'two.safetensors:w']);
    expect(src.metadata).toEqual({ 'one.safetensors: k': 'v1', 'two.safetensors: k': 'v2' });
    const t = await src.read('two.safetensors:w');
    expect([t.name, Array.from(t.data)]).toEqual(['two.safetensors:w', [2]]);
  });

  it('opens sharded safetensors with their index', async () => {
    const index = bytes(JSON.stringify({ weight_map: { a: 'm-1.safetensors', b: 'm-2.safetensors' } }));
    const src = await openFiles([
      fileOf(index, 'model.safetensors.index.json'),
      fileOf(st('a', [1]), 'm-1.safetensors'),
      fileOf(st('b', [2]), 'm-2.safetensors'),
    ]);
    expect(src.format).toBe('safetensors');
    expect(src.tensors.map((t) => t.name)).toEqual(['a', 'b']);
  });

  it('refuses a selection of index files only', async () => {
    const index = bytes(JSON.stringify({ weight_map: { a: 'm-1.safetensors' } }));
    const e = await errorOf([fileOf(index, 'a.index.json'), fileOf(index, 'b.index.json')]);
    expect(e.message).toContain('only index files were selected');
  });

  it('tfjs plus an unrelated .npy', async () => {
    const src = await openFiles([fixtureFile('tfjs/model.json'), fixtureFile('tfjs/group1-shard1of1.bin'), fixtureFile('f4.npy')]);
    expect(src.format).toBe('multiple');
    expect(src.tensors.map((t) => t.name)).toContain('f4');
    expect(src.tensors.map((t) => t.name)).toContain('conv/kernel');
  });

  it('read errors name the file', async () => {
    const src = await openFiles([fileOf(npy([1]), 'a.npy')]);
    const e = await src.read('zzz').then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(TensorFileError);
    expect((e as TensorFileError).message).toBe("a.npy: no tensor named 'zzz' (this file holds 'a')");
  });
});
