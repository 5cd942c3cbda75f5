import { zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { TensorFileError } from './index';
import { openFiles } from './index';
import { openNpz } from './npz';
import { bytes, f32Bytes, fileOf, makeNpy, openAndReadAll, refusal, SpyBlob } from '../../tests/helpers/io';

const npy = (values: number[], shape = `(${values.length},)`): Uint8Array =>
  makeNpy(`{'descr': '<f4', 'fortran_order': False, 'shape': ${shape}, }`, f32Bytes(values));

/** Replaces every occurrence of the byte string `from` by `to` (same length). */
function patch(b: Uint8Array, from: string, to: string): Uint8Array {
  const out = b.slice();
  const f = bytes(from);
  for (let i = 0; i + f.length <= out.length; i++) {
    if (f.every((x, k) => out[i + k] === x)) out.set(bytes(to), i);
  }
  return out;
}

/** Byte offset of each central-directory header. */
function centralHeaders(b: Uint8Array): number[] {
  const at: number[] = [];
  for (let i = 0; i + 4 <= b.length; i++) if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 1 && b[i + 3] === 2) at.push(i);
  return at;
}

const errorOf = (zip: Uint8Array): Promise<TensorFileError> => refusal(() => openAndReadAll([fileOf(zip, 'x.npz')]));

describe('npz', () => {
  it.each([0, 6])('reads stored and deflated members (level %i), nested names', async (level) => {
    const files: Zippable = { 'w.npy': npy([1, 2, 3, 4], '(2, 2)'), 'sub/b.npy': npy([5]), 'README.txt': bytes('hi') };
    const src = await openFiles([fileOf(zipSync(files, { level: level as 0 | 6 }), 'm.npz')]);
    expect(src.format).toBe('npz');
    expect(src.tensors).toEqual([
      { name: 'w', dtype: 'float32', shape: [2, 2] },
      { name: 'sub/b', dtype: 'float32', shape: [1] },
    ]);
    expect(Array.from((await src.read('w')).data)).toEqual([1, 2, 3, 4]);
    expect(Array.from((await src.read('sub/b')).data)).toEqual([5]);
  });

  it('lists by inflating only headers and reads only the member asked for', async () => {
    const big = new Float32Array(256 * 1024).map((_, i) => Math.sin(i * 12.9898) * 43758.5453); // ~1 MB, incompressible
    const zip = zipSync({ 'small.npy': npy([1, 2]), 'big.npy': npy(Array.from(big)) }, { level: 6 });
    const spy = new SpyBlob([zip as Uint8Array<ArrayBuffer>]);
    const read = (): number => spy.slices.reduce((n, [a, b]) => n + (b - a), 0);
    const src = await openNpz(spy);
    expect(src.tensors.map((t) => t.shape)).toEqual([[2], [262144]]);
    expect(read()).toBeLessThan(150_000); // the tail, the directory, ≤ 64 KB of each member
    spy.slices.length = 0;
    expect(Array.from((await src.read('small')).data)).toEqual([1, 2]);
    expect(read()).toBeLessThan(1000);
    expect(zip.length).toBeGreaterThan(900_000);
  });

  it('refuses an archive with no .npy members, naming what it found', async () => {
    const e = await errorOf(zipSync({ 'config.json': bytes('{}'), 'model.weights.h5': bytes('x') }));
    expect(e.message).toContain("no .npy members, so it is not an .npz file (found 'config.json', 'model.weights.h5')");
  });

  it('refuses a PyTorch zip checkpoint with advice', async () => {
    const e = await errorOf(zipSync({ 'archive/data.pkl': bytes('\x80\x02}q\x00.'), 'archive/version': bytes('3') }));
    expect(e.format).toBe('pytorch');
    expect(e.message).toContain('safetensors.torch.save_file(model.state_dict()');
  });

  it('refuses duplicate member names', async () => {
    const zip = patch(zipSync({ 'a.npy': npy([1]), 'b.npy': npy([2]) }, { level: 0 }), 'b.npy', 'a.npy');
    expect((await errorOf(zip)).message).toContain("holds 'a.npy' twice");
  });

  it('detects a corrupt member by its CRC', async () => {
    const zip = zipSync({ 'a.npy': npy([1, 2, 3]) }, { level: 0 });
    zip[zip.length - 22 - 46 - 5 - 3] ^= 0x40; // a data byte just before the central directory
    expect((await errorOf(zip)).message).toContain("member 'a.npy': CRC-32 mismatch");
  });

  it('refuses corrupt deflate data', async () => {
    const zip = zipSync({ 'a.npy': npy(new Array(200).fill(0).map((_, i) => i)) }, { level: 9 });
    for (let i = 40; i < 120; i++) zip[i] = 0xff;
    const e = await errorOf(zip);
    expect(e.message).toMatch(/member 'a.npy': (deflate data is corrupt|CRC-32 mismatch|inflates to)/);
  });

  it('refuses encrypted members and unknown compression methods', async () => {
    const zip = zipSync({ 'a.npy': npy([1]) }, { level: 0 });
    const [cd] = centralHeaders(zip);
    const enc = zip.slice();
    enc[cd + 8] |= 1;
    expect((await errorOf(enc)).message).toContain('is encrypted');
    const lzma = zip.slice();
    lzma[cd + 10] = 14;
    expect((await errorOf(lzma)).message).toContain('compression method 14');
  });

  it('refuses truncated archives and absurd sizes', async () => {
    const zip = zipSync({ 'a.npy': npy([1, 2]) }, { level: 6 });
    expect((await errorOf(zip.subarray(0, zip.length - 10))).message).toContain('no end-of-central-directory record');
    expect((await errorOf(zip.subarray(0, 40))).message).toContain('no end-of-central-directory record');
    const [cd] = centralHeaders(zip);
    const huge = zip.slice();
    huge.set([0xff, 0xff, 0xff, 0x7f], cd + 24); // uncompressed size 2 GB from a few bytes
    expect((await errorOf(huge)).message).toContain('which deflate cannot produce');
    const far = zip.slice();
    far.set([0, 0, 0, 0x10], cd + 42); // local header offset beyond the file
    expect((await errorOf(far)).message).toContain('beyond the end of the file');
  });

  it('passes member errors through with the member name', async () => {
    const bad = makeNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }", f32Bytes([1, 2]));
    const e = await errorOf(zipSync({ 'w.npy': bad }));
    expect(e.message).toBe("x.npz: member 'w.npy': header says shape (3, 4) of <f4 = 48 bytes, but the file has 8 bytes after the header");
    const empty = await errorOf(zipSync({ 'e.npy': npy([], '(0,)') }));
    expect(empty.message).toContain('nothing to quantize');
  });
});
