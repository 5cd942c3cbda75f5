/** The low-precision float formats the core casts to, and their parameters (IEEE-style, OCP FP8). */

/** Cast targets: IEEE half, bfloat16, and OCP 8-bit floats E4M3 (FN: no inf) and E5M2. */
export type FloatFormat = 'fp16' | 'bf16' | 'fp8-e4m3' | 'fp8-e5m2';

/** Every format that can be described: the cast targets plus float32 itself. */
export type FloatFormatName = FloatFormat | 'fp32';

/** Layout and range of a float format; values in real units, exponents unbiased. */
export interface FloatFormatInfo {
  name: FloatFormatName;
  /** Total bits: sign + exponent + mantissa. */
  bits: number;
  exponentBits: number;
  /** Stored fraction bits (the leading 1 of normals is implicit). */
  mantissaBits: number;
  /** Exponent bias: a normal value is (1 + m/2^mantissaBits)·2^(e − bias). */
  bias: number;
  /** Largest finite value. */
  maxFinite: number;
  /** Smallest positive normal value, 2^(1 − bias). */
  minNormal: number;
  /** Smallest positive subnormal value, 2^(1 − bias − mantissaBits). */
  minSubnormal: number;
  /** Whether ±Inf is encodable (E4M3 FN spends that code on more finite values and one NaN). */
  hasInf: boolean;
  /** castFloat saturates out-of-range values to ±maxFinite (OCP satfinite, fp8) instead of rounding to ±Inf. */
  saturates: boolean;
}

function info(
  name: FloatFormatName,
  exponentBits: number,
  mantissaBits: number,
  maxFinite: number,
  hasInf: boolean,
  saturates: boolean,
): FloatFormatInfo {
  const bias = 2 ** (exponentBits - 1) - 1;
  return {
    name,
    bits: 1 + exponentBits + mantissaBits,
    exponentBits,
    mantissaBits,
    bias,
    maxFinite,
    minNormal: 2 ** (1 - bias),
    minSubnormal: 2 ** (1 - bias - mantissaBits),
    hasInf,
    saturates,
  };
}

const FORMATS: Record<FloatFormatName, FloatFormatInfo> = {
  fp32: info('fp32', 8, 23, (2 - 2 ** -23) * 2 ** 127, true, false),
  fp16: info('fp16', 5, 10, 65504, true, false),
  bf16: info('bf16', 8, 7, (2 - 2 ** -7) * 2 ** 127, true, false),
  'fp8-e4m3': info('fp8-e4m3', 4, 3, 448, false, true),
  'fp8-e5m2': info('fp8-e5m2', 5, 2, 57344, true, true),
};

/** Every describable format name, narrowest last. */
export const FLOAT_FORMATS: readonly FloatFormatName[] = ['fp32', 'bf16', 'fp16', 'fp8-e5m2', 'fp8-e4m3'];

/** The float formats compared with int8, narrowest exponent range last. */
export const CAST_FORMATS: readonly FloatFormat[] = ['bf16', 'fp16', 'fp8-e5m2', 'fp8-e4m3'];

/** Parameters of a float format; RangeError for an unknown name. */
export function floatFormatInfo(format: FloatFormatName): FloatFormatInfo {
  const f = Object.prototype.hasOwnProperty.call(FORMATS, format) ? FORMATS[format] : undefined;
  if (f === undefined) throw new RangeError(`unknown float format ${String(format)}; expected one of ${FLOAT_FORMATS.join(', ')}`);
  return f;
}
