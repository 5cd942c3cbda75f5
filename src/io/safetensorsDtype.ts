/** safetensors dtype codes: byte size of each and the storage kind used to decode it (all little-endian). */
import type { ElemKind } from './elements';

/** A safetensors dtype: bytes per element and decoder kind (undefined: layout known, decoding not supported). */
export interface SafeDtype {
  size: number;
  kind: ElemKind | undefined;
}

/** The dtype codes of the safetensors format. */
export const SAFE_DTYPES: Readonly<Record<string, SafeDtype>> = {
  F64: { size: 8, kind: 'f8' },
  F32: { size: 4, kind: 'f4' },
  F16: { size: 2, kind: 'f2' },
  BF16: { size: 2, kind: 'bf16' },
  F8_E4M3: { size: 1, kind: 'e4m3' },
  F8_E5M2: { size: 1, kind: 'e5m2' },
  F8_E8M0: { size: 1, kind: 'e8m0' },
  I8: { size: 1, kind: 'i1' },
  U8: { size: 1, kind: 'u1' },
  I16: { size: 2, kind: 'i2' },
  U16: { size: 2, kind: 'u2' },
  I32: { size: 4, kind: 'i4' },
  U32: { size: 4, kind: 'u4' },
  I64: { size: 8, kind: 'i8' },
  U64: { size: 8, kind: 'u8' },
  BOOL: { size: 1, kind: 'b1' },
  C64: { size: 8, kind: undefined },
};

/** The entry for a dtype code, or undefined for codes this reader does not know (e.g. packed F4/F6). */
export function safeDtype(code: string): SafeDtype | undefined {
  return Object.hasOwn(SAFE_DTYPES, code) ? SAFE_DTYPES[code] : undefined;
}
