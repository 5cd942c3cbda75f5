import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openFiles } from './index';
import { concat, f32Bytes, fileOf, makeNpy } from '../../tests/helpers/io';

/** Little-endian bytes of an unsigned integer < 2^53, `n` bytes wide. */
function le(v: number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = v % 256;
    v = Math.floor(v / 256);
  }
  return out;
}

/** Rewrites a one-member zip the zip64 way: 0xFFFFFFFF sizes/offset in the central entry with a
 * zip64 extra field, and a zip64 end record + locator before a saturated end record. */
function toZip64(zip: Uint8Array): Uint8Array {
  const eocd = zip.length - 22;
  const dv = new DataView(zip.buffer, zip.byteOffset);
  const cdSize = dv.getUint32(eocd + 12, true);
  const cdOff = dv.getUint32(eocd + 16, true);
  const cd = zip.slice(cdOff, cdOff + cdSize);
  const cdv = new DataView(cd.buffer);
  const nameLen = cdv.getUint16(28, true);
  const extraLen = cdv.getUint16(30, true);
  const csize = cdv.getUint32(20, true);
  const usize = cdv.getUint32(24, true);
  const local = cdv.getUint32(42, true);
  const extra = concat(le(1, 2), le(24, 2), le(usize, 8), le(csize, 8), le(local, 8));
  const head = cd.slice(0, 46 + nameLen + extraLen);
  const hv = new DataView(head.buffer);
  hv.setUint32(20, 0xffffffff, true);
  hv.setUint32(24, 0xffffffff, true);
  hv.setUint32(42, 0xffffffff, true);
  hv.setUint16(30, extraLen + extra.length, true);
  const newCd = concat(head, extra, cd.slice(46 + nameLen + extraLen));
  const rec64At = cdOff + newCd.length;
  const rec64 = concat(
    le(0x06064b50, 4),
    le(44, 8),
    le(45, 2),
    le(45, 2),
    le(0, 4),
    le(0, 4),
    le(1, 8),
    le(1, 8),
    le(newCd.length, 8),
    le(cdOff, 8),
  );
  const loc = concat(le(0x07064b50, 4), le(0, 4), le(rec64At, 8), le(1, 4));
  const end = concat(le(0x06054b50, 4), le(0, 4), le(0xffff, 2), le(0xffff, 2), le(0xffffffff, 4), le(0xffffffff, 4), le(0, 2));
  return concat(zip.subarray(0, cdOff), newCd, rec64, loc, end);
}

describe('zip64 archives (as numpy writes large .npz files)', () => {
  it.each([0, 6])('reads the zip64 end record and extra fields (level %i)', async (level) => {
    const npy = makeNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }", f32Bytes([1, 2, 3]));
    const zip = toZip64(zipSync({ 'w.npy': npy }, { level: level as 0 | 6 }));
    const src = await openFiles([fileOf(zip, 'big.npz')]);
    expect(src.tensors).toEqual([{ name: 'w', dtype: 'float32', shape: [3] }]);
    expect(Array.from((await src.read('w')).data)).toEqual([1, 2, 3]);
  });

  it('refuses a zip64 archive whose locator points nowhere', async () => {
    const zip = toZip64(zipSync({ 'w.npy': new Uint8Array(4) }));
    zip.set(le(zip.length + 100, 8), zip.length - 22 - 20 + 8);
    await expect(openFiles([fileOf(zip, 'x.npz')])).rejects.toThrow('zip64 end record offset is out of range');
  });
});
