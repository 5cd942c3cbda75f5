/** ONNX TensorProto.DataType codes: name, bits per element, decoder kind, and the typed field that holds values. */
import type { ElemKind } from './elements';

/** TensorProto field numbers of the typed value fields. */
export const FLOAT_DATA = 4;
/** int32_data: int8/uint8/int16/uint16/int32/bool, and float16/bfloat16/float8 bit patterns. */
export const INT32_DATA = 5;
/** string_data (STRING only). */
export const STRING_DATA = 6;
/** int64_data (INT64). */
export const INT64_DATA = 7;
/** double_data (DOUBLE, COMPLEX128). */
export const DOUBLE_DATA = 10;
/** uint64_data (UINT32, UINT64). */
export const UINT64_DATA = 11;

/** Names of the typed value fields, for messages. */
export const TYPED_FIELD_NAMES: Readonly<Record<number, string>> = {
  [FLOAT_DATA]: 'float_data',
  [INT32_DATA]: 'int32_data',
  [STRING_DATA]: 'string_data',
  [INT64_DATA]: 'int64_data',
  [DOUBLE_DATA]: 'double_data',
  [UINT64_DATA]: 'uint64_data',
};

/** One ONNX element type. */
export interface OnnxDtype {
  code: number;
  /** The ONNX name, e.g. 'FLOAT', used as the tensor's dtype label. */
  name: string;
  /** Bits per element in raw_data (4-bit and 2-bit types are packed); undefined for STRING. */
  bits: number | undefined;
  /** Decoder of little-endian raw bytes; undefined when this reader cannot convert the type to float32. */
  kind: ElemKind | undefined;
  /** The typed field (field number) that holds the values when raw_data is not used. */
  field: number;
}

const T = (code: number, name: string, bits: number | undefined, kind: ElemKind | undefined, field: number): OnnxDtype => ({
  code,
  name,
  bits,
  kind,
  field,
});

/** Every data type of onnx.proto up to IR version 12 (codes 1–26); index = code. */
const DTYPES: readonly OnnxDtype[] = [
  T(1, 'FLOAT', 32, 'f4', FLOAT_DATA),
  T(2, 'UINT8', 8, 'u1', INT32_DATA),
  T(3, 'INT8', 8, 'i1', INT32_DATA),
  T(4, 'UINT16', 16, 'u2', INT32_DATA),
  T(5, 'INT16', 16, 'i2', INT32_DATA),
  T(6, 'INT32', 32, 'i4', INT32_DATA),
  T(7, 'INT64', 64, 'i8', INT64_DATA),
  T(8, 'STRING', undefined, undefined, STRING_DATA),
  T(9, 'BOOL', 8, 'b1', INT32_DATA),
  T(10, 'FLOAT16', 16, 'f2', INT32_DATA),
  T(11, 'DOUBLE', 64, 'f8', DOUBLE_DATA),
  T(12, 'UINT32', 32, 'u4', UINT64_DATA),
  T(13, 'UINT64', 64, 'u8', UINT64_DATA),
  T(14, 'COMPLEX64', 64, undefined, FLOAT_DATA),
  T(15, 'COMPLEX128', 128, undefined, DOUBLE_DATA),
  T(16, 'BFLOAT16', 16, 'bf16', INT32_DATA),
  T(17, 'FLOAT8E4M3FN', 8, 'e4m3', INT32_DATA),
  T(18, 'FLOAT8E4M3FNUZ', 8, undefined, INT32_DATA),
  T(19, 'FLOAT8E5M2', 8, 'e5m2', INT32_DATA),
  T(20, 'FLOAT8E5M2FNUZ', 8, undefined, INT32_DATA),
  T(21, 'UINT4', 4, undefined, INT32_DATA),
  T(22, 'INT4', 4, undefined, INT32_DATA),
  T(23, 'FLOAT4E2M1', 4, undefined, INT32_DATA),
  T(24, 'FLOAT8E8M0', 8, 'e8m0', INT32_DATA),
  T(25, 'UINT2', 2, undefined, INT32_DATA),
  T(26, 'INT2', 2, undefined, INT32_DATA),
];

/** The data type with ONNX code `code`, or undefined for 0 (UNDEFINED) and codes this reader does not know. */
export function onnxDtype(code: number): OnnxDtype | undefined {
  return Number.isInteger(code) && code >= 1 && code <= DTYPES.length ? DTYPES[code - 1] : undefined;
}

/** Names of the types this reader converts, for messages. */
export const READABLE_ONNX_TYPES: readonly string[] = DTYPES.filter((d) => d.kind !== undefined).map((d) => d.name);
