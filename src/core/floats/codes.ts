import type { FloatFormatName } from './formats';
import { floatFormatInfo } from './formats';
import { exponentOf } from './roundScalar';

/** Canonical quiet NaN magnitude bits per format (E4M3 FN: S.1111.111). */
const NAN_CODE: Record<FloatFormatName, number> = { fp32: 0x7fc00000, fp16: 0x7e00, bf16: 0x7fc0, 'fp8-e4m3': 0x7f, 'fp8-e5m2': 0x7e };

/**
 * Bit pattern (as an unsigned integer, sign in bit bits−1) of a value the format represents exactly; NaN gives the
 * canonical quiet NaN. RangeError for a value the format cannot hold (round it first with roundToFormat).
 */
export function encodeFloat(value: number, format: FloatFormatName): number {
  const f = floatFormatInfo(format);
  const signBit = 2 ** (f.bits - 1);
  if (value !== value) return NAN_CODE[format];
  const sign = value < 0 || Object.is(value, -0) ? signBit : 0;
  const a = Math.abs(value);
  let mag: number;
  if (a === Infinity) {
    if (!f.hasInf) throw new RangeError(`${format} has no infinity`);
    mag = (2 ** f.exponentBits - 1) * 2 ** f.mantissaBits;
  } else if (a < f.minNormal) mag = a / f.minSubnormal;
  else {
    const e = exponentOf(a);
    mag = (e + f.bias) * 2 ** f.mantissaBits + (a / 2 ** e - 1) * 2 ** f.mantissaBits;
  }
  if (!Number.isInteger(mag) || (a > f.maxFinite && a !== Infinity)) throw new RangeError(`${value} is not representable in ${format}`);
  return sign + mag;
}

/** Value of a bit pattern (unsigned integer, sign in bit bits−1) of the format; NaN codes give NaN. */
export function decodeFloat(code: number, format: FloatFormatName): number {
  const f = floatFormatInfo(format);
  const signBit = 2 ** (f.bits - 1);
  if (!Number.isInteger(code) || code < 0 || code >= 2 * signBit) throw new RangeError(`code ${code} is not a ${f.bits}-bit pattern`);
  const sign = code >= signBit ? -1 : 1;
  const mag = code % signBit;
  const m = 2 ** f.mantissaBits;
  const e = Math.floor(mag / m);
  const frac = mag % m;
  const eMax = 2 ** f.exponentBits - 1;
  if (f.hasInf && e === eMax) return frac === 0 ? sign * Infinity : NaN;
  if (!f.hasInf && e === eMax && frac === m - 1) return NaN; // E4M3 FN: only S.1111.111 is NaN
  if (e === 0) return sign * frac * f.minSubnormal;
  return sign * (1 + frac / m) * 2 ** (e - f.bias);
}
