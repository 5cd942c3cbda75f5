/** Element kinds stored in tensor files, their byte sizes, and conversion of raw bytes to float32. */
import { decodeBfloat16, decodeHalf } from './halfFloat';
import { decodeFp8 } from './fp8';
import { decodeInt64 } from './int64';

/** Storage kinds: fN IEEE floats, bf16, FP8 variants, iN/uN integers (N = bytes), b1 bool. */
export type ElemKind =
  'f2' | 'f4' | 'f8' | 'bf16' | 'e4m3' | 'e5m2' | 'e8m0' | 'i1' | 'u1' | 'i2' | 'u2' | 'i4' | 'u4' | 'i8' | 'u8' | 'b1';

/** Bytes per element of each kind. */
export const ITEM_SIZE: Readonly<Record<ElemKind, number>> = {
  f2: 2,
  f4: 4,
  f8: 8,
  bf16: 2,
  e4m3: 1,
  e5m2: 1,
  e8m0: 1,
  i1: 1,
  u1: 1,
  i2: 2,
  u2: 2,
  i4: 4,
  u4: 4,
  i8: 8,
  u8: 8,
  b1: 1,
};

/** Reverses the bytes of each `size`-byte element in place. */
function byteswap(b: Uint8Array, size: number): void {
  for (let i = 0; i + size <= b.length; i += size) {
    for (let lo = i, hi = i + size - 1; lo < hi; lo++, hi--) {
      const t = b[lo];
      b[lo] = b[hi];
      b[hi] = t;
    }
  }
}

/**
 * decodeElements for bytes the caller hands over for good (a fresh read, never used again): little-endian float32
 * at an aligned offset is viewed in place instead of copied; every other kind is decoded as decodeElements does.
 */
export function decodeOwnedElements(bytes: Uint8Array, kind: ElemKind, littleEndian: boolean, count: number): Float32Array {
  const inPlace = kind === 'f4' && littleEndian && bytes.byteOffset % 4 === 0 && bytes.byteLength === 4 * count;
  return inPlace ? new Float32Array(bytes.buffer, bytes.byteOffset, count) : decodeElements(bytes, kind, littleEndian, count);
}

/** Float32 values of `count` elements of `kind` at the start of `bytes` (≥ count·itemsize bytes); assumes a little-endian host, as every browser platform is. */
export function decodeElements(bytes: Uint8Array, kind: ElemKind, littleEndian: boolean, count: number): Float32Array {
  const size = ITEM_SIZE[kind];
  // A fresh copy: aligned for typed views, and safe to byteswap or reuse as the result.
  const b = bytes.slice(0, count * size);
  if (b.length !== count * size) throw new RangeError(`need ${count * size} bytes, have ${b.length}`);
  if (size > 1 && !littleEndian) byteswap(b, size);
  const buf = b.buffer;
  const widen = (src: ArrayLike<number>): Float32Array => {
    const out = new Float32Array(count);
    out.set(src); // ToNumber then round-to-nearest-even into float32
    return out;
  };
  switch (kind) {
    case 'f4':
      return new Float32Array(buf);
    case 'f8':
      return widen(new Float64Array(buf));
    case 'f2':
      return decodeHalf(new Uint16Array(buf));
    case 'bf16':
      return decodeBfloat16(new Uint16Array(buf));
    case 'e4m3':
    case 'e5m2':
    case 'e8m0':
      return decodeFp8(b, kind);
    case 'i1':
      return widen(new Int8Array(buf));
    case 'u1':
      return widen(b);
    case 'i2':
      return widen(new Int16Array(buf));
    case 'u2':
      return widen(new Uint16Array(buf));
    case 'i4':
      return widen(new Int32Array(buf));
    case 'u4':
      return widen(new Uint32Array(buf));
    case 'i8':
    case 'u8':
      return decodeInt64(new Uint32Array(buf), kind === 'i8');
    case 'b1': {
      const out = new Float32Array(count);
      for (let i = 0; i < count; i++) out[i] = b[i] === 0 ? 0 : 1;
      return out;
    }
  }
}
