/** Low-precision float formats: casts (fp16, bf16, OCP fp8), their error statistics and bit layouts. */
export { floatFormatInfo, FLOAT_FORMATS, CAST_FORMATS, type FloatFormat, type FloatFormatName, type FloatFormatInfo } from './formats';
export { castFloat, castFloatInto } from './castFloat';
export { roundToFormat } from './roundScalar';
export { encodeFloat, decodeFloat } from './codes';
export { floatCastStats, type FloatCastStats } from './castStats';
export { bitLayout, type BitLayout, type FloatKind } from './bitLayout';
