import type { Mode, QuantSpec, Range } from '../../core/math';
import { codeRange, qparams, rint } from '../../core/math';
import type { Handle } from '../../state/range';

/** The article's notation for the range the tools really quantize with. */
export interface ArticleNotation {
  /** The range actually used, [β′, α′]: affine widens [β, α] to include 0; symmetric uses ±max(|β|, |α|). */
  effective: Range;
  /** Which bound affine quantization moved to 0, or null. */
  widened: Handle | null;
  /** Multiplier s = (qmax − qmin)/(α′ − β′) (= (2^b − 1)/(α′ − β′) without narrow range), i.e. 1/scale. */
  s: number;
  /** Offset z = qmin − round(β′·s) (= −round(β′·s) − 2^(b−1) for signed codes), i.e. zero_point. */
  z: number;
  /** The article's z for the raw [β, α] when it falls outside [qmin, qmax] (a range without 0), else null. */
  rawZOutside: number | null;
  qmin: number;
  qmax: number;
}

/** The bound affine quantization moves to 0 so that 0 is exactly representable ('min' when β > 0, 'max' when α < 0). */
export function widenedBound(range: Range, mode: Mode): Handle | null {
  if (mode !== 'affine') return null;
  if (range.min > 0) return 'min';
  if (range.max < 0) return 'max';
  return null;
}

/**
 * The article's multiplier s and offset z (q = round(s·x) + z) for a clipping range and spec, on the range the tools
 * use, so that s = 1/scale and z = zero_point in every mode: signed or unsigned codes (unsigned codes start at 0, so
 * z is the article's z + 2^(b−1)), narrow range (one step fewer), symmetric (±amax). s is exact (float64; 1/scale
 * differs only by the float32 rounding of scale); z is the tools' zero point, so a half-way tie rounds as torch's does.
 */
export function articleNotation(range: Range, spec: QuantSpec): ArticleNotation {
  const { qmin, qmax } = codeRange(spec);
  const steps = qmax - qmin;
  const amax = Math.max(Math.abs(range.min), Math.abs(range.max));
  const effective = spec.mode === 'symmetric' ? { min: -amax, max: amax } : { min: Math.min(range.min, 0), max: Math.max(range.max, 0) };
  const p = qparams(range, spec);
  const rawS = steps / (range.max - range.min);
  const rawZ = qmin - rint(range.min * rawS);
  return {
    effective,
    widened: widenedBound(range, spec.mode),
    s: steps / (effective.max - effective.min),
    z: p.zeroPoint,
    rawZOutside: spec.mode === 'affine' && (rawZ < qmin || rawZ > qmax) ? rawZ : null,
    qmin,
    qmax,
  };
}
