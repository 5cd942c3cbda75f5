import type { FloatFormatName } from './formats';
import { floatFormatInfo } from './formats';
import { decodeFloat, encodeFloat } from './codes';
import { roundToFormat } from './roundScalar';

/** What a bit pattern encodes. */
export type FloatKind = 'zero' | 'subnormal' | 'normal' | 'infinity' | 'nan';

/** How one value is stored in a float format, for the bit-layout widget; values in real units. */
export interface BitLayout {
  format: FloatFormatName;
  /** Sign bit: 1 for negative values and −0. */
  sign: 0 | 1;
  /** Exponent field, most significant bit first ('0'/'1' characters, exponentBits long). */
  exponent: string;
  /** Mantissa (fraction) field, most significant bit first, mantissaBits long. */
  mantissa: string;
  /** The whole bit pattern as an unsigned integer (sign in the top bit). */
  code: number;
  kind: FloatKind;
  /** Unbiased exponent the value is scaled by: e − bias for normals, 1 − bias for zero/subnormals, null for Inf/NaN. */
  exponentValue: number | null;
  /** The value stored: the input rounded to nearest even once from float64, with castFloat's overflow rules. */
  stored: number;
  /** stored − value (0 when both are the same infinity; NaN for NaN). */
  error: number;
  /** Next representable value below / above stored (null when there is none: past ±max of E4M3, beyond ±Inf, NaN). */
  lower: number | null;
  higher: number | null;
}

/** Next representable value above y (not NaN) in the format, or null; ±0 step to ±minSubnormal. */
function nextUp(y: number, format: FloatFormatName): number | null {
  if (y === Infinity) return null;
  const f = floatFormatInfo(format);
  if (y === -Infinity) return -f.maxFinite;
  const mag = encodeFloat(Math.abs(y), format);
  if (y > 0 || y === 0) {
    const v = decodeFloat(mag + 1, format);
    return v !== v ? null : v;
  }
  return mag === 1 ? 0 : -decodeFloat(mag - 1, format);
}

function negate(v: number | null): number | null {
  return v === null ? null : v === 0 ? 0 : -v;
}

/** Sign, exponent and mantissa fields of value stored in the format, its rounding error and its two neighbours. */
export function bitLayout(value: number, format: FloatFormatName): BitLayout {
  const f = floatFormatInfo(format);
  const stored = roundToFormat(value, format);
  const code = encodeFloat(stored, format);
  const bits = code.toString(2).padStart(f.bits, '0');
  const exponent = bits.slice(1, 1 + f.exponentBits);
  const mantissa = bits.slice(1 + f.exponentBits);
  const isNaN = stored !== stored;
  const a = Math.abs(stored);
  const kind: FloatKind = isNaN ? 'nan' : a === Infinity ? 'infinity' : a === 0 ? 'zero' : a < f.minNormal ? 'subnormal' : 'normal';
  const e = parseInt(exponent, 2);
  return {
    format,
    sign: bits[0] === '1' ? 1 : 0,
    exponent,
    mantissa,
    code,
    kind,
    exponentValue: kind === 'nan' || kind === 'infinity' ? null : Math.max(e, 1) - f.bias,
    stored,
    error: stored === value ? 0 : stored - value,
    lower: isNaN ? null : negate(nextUp(-stored, format)),
    higher: isNaN ? null : nextUp(stored, format),
  };
}
