import type { FloatFormatName } from './formats';
import { floatFormatInfo } from './formats';
import { rint } from '../quant/rint';

/** Unbiased binary exponent of a positive finite float64: 2^e ≤ a < 2^(e+1). */
export function exponentOf(a: number): number {
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  return e;
}

/**
 * A float64 value rounded once (round-to-nearest-even) to the format, with castFloat's overflow rules: ±Inf for
 * IEEE formats, ±maxFinite for saturating fp8. Scalar and slow; the reference for castFloat and the bit-layout widget.
 */
export function roundToFormat(value: number, format: FloatFormatName): number {
  const f = floatFormatInfo(format);
  if (value !== value) return NaN;
  const neg = value < 0 || Object.is(value, -0);
  const a = Math.abs(value);
  let r: number;
  if (a === Infinity) r = f.saturates ? f.maxFinite : Infinity;
  else {
    const q = a < f.minNormal ? f.minSubnormal : 2 ** (exponentOf(a) - f.mantissaBits); // spacing of the grid at a
    r = rint(a / q) * q;
    if (r > f.maxFinite) r = f.saturates ? f.maxFinite : Infinity;
  }
  return neg ? -r : r;
}
