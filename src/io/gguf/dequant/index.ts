/** Dequantizes whole blocks of any ggml type this reader decodes into float32 (bit-exact with gguf-py). */
import { decodeElements, type ElemKind } from '../../elements';
import type { GgmlType } from '../ggmlTypes';
import { mxfp4, nvfp4 } from './fp4';
import { q2_K, q3_K, q4_K, q5_K, q6_K, q8_K } from './kquants';
import { f16At, q4_0, q4_1, q5_0, q5_1, q8_0 } from './legacy';

/** Decodes `n` blocks at byte `at` of `b` into `out` from index `o`. */
type BlockDecoder = (b: Uint8Array, at: number, n: number, out: Float32Array, o: number) => void;

/** F32, F16 and BF16 straight into `out` (little-endian host, as every browser platform is). */
const FLOATS: Readonly<Record<string, BlockDecoder>> = {
  F32: (b, at, n, out, o) => new Uint8Array(out.buffer, out.byteOffset + 4 * o, 4 * n).set(b.subarray(at, at + 4 * n)),
  F16: (b, at, n, out, o) => {
    for (let i = 0; i < n; i++) out[o + i] = f16At(b, at + 2 * i);
  },
  BF16: (b, at, n, out, o) => {
    const bits = new Uint32Array(out.buffer, out.byteOffset + 4 * o, n);
    for (let i = 0, j = at; i < n; i++, j += 2) bits[i] = (b[j] | (b[j + 1] << 8)) << 16;
  },
};

const BLOCKS: Readonly<Record<string, BlockDecoder>> = {
  ...FLOATS,
  Q4_0: q4_0,
  Q4_1: q4_1,
  Q5_0: q5_0,
  Q5_1: q5_1,
  Q8_0: q8_0,
  Q2_K: q2_K,
  Q3_K: q3_K,
  Q4_K: q4_K,
  Q5_K: q5_K,
  Q6_K: q6_K,
  Q8_K: q8_K,
  MXFP4: mxfp4,
  NVFP4: nvfp4,
};

/** The other one-element types and how their little-endian bytes are stored. */
const PLAIN: Readonly<Record<string, ElemKind>> = {
  F64: 'f8',
  I8: 'i1',
  I16: 'i2',
  I32: 'i4',
  I64: 'i8',
};

/** True when `dequantize` handles type `t`. */
export function canDequantize(t: GgmlType): boolean {
  return Object.hasOwn(BLOCKS, t.name) || Object.hasOwn(PLAIN, t.name);
}

/** Writes the float32 values of the whole blocks in `bytes` (a multiple of t.typeSize) into `out` from index `o`. */
export function dequantize(t: GgmlType, bytes: Uint8Array, out: Float32Array, o = 0): void {
  const n = bytes.length / t.typeSize;
  if (Object.hasOwn(BLOCKS, t.name)) BLOCKS[t.name](bytes, 0, n, out, o);
  else out.set(decodeElements(bytes, PLAIN[t.name], true, n), o);
}
