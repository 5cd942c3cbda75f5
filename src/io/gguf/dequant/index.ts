/** Dequantizes whole blocks of any ggml type this reader decodes into float32 (bit-exact with gguf-py). */
import { decodeElements, type ElemKind } from '../../elements';
import type { GgmlType } from '../ggmlTypes';
import { mxfp4, nvfp4 } from './fp4';
import { q2_K, q3_K, q4_K, q5_K, q6_K, q8_K } from './kquants';
import { q4_0, q4_1, q5_0, q5_1, q8_0 } from './legacy';

/** Decodes `n` blocks at byte `at` of `b` into `out` from index `o`. */
type BlockDecoder = (b: Uint8Array, at: number, n: number, out: Float32Array, o: number) => void;

const BLOCKS: Readonly<Record<string, BlockDecoder>> = {
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

/** One-element types and how their little-endian bytes are stored. */
const PLAIN: Readonly<Record<string, ElemKind>> = {
  F32: 'f4',
  F16: 'f2',
  BF16: 'bf16',
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
