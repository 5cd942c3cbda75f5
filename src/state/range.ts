import type { Range } from '../core/math';

/** Which clipping handle: β (lower, `min`) or α (upper, `max`). */
export type Handle = 'min' | 'max';

/** Smallest allowed α − β, as a fraction of the chart's domain width: β ≥ α can never be entered. */
export const MIN_WIDTH_FRACTION = 1e-4;

/** Range with `handle` moved to `value`, kept inside `bounds` and at least a minimal width from the other handle. */
export function moveHandle(range: Range, handle: Handle, value: number, bounds: Range): Range {
  const gap = (bounds.max - bounds.min) * MIN_WIDTH_FRACTION;
  const v = Math.min(Math.max(value, bounds.min), bounds.max);
  return handle === 'min' ? { min: Math.min(v, range.max - gap), max: range.max } : { min: range.min, max: Math.max(v, range.min + gap) };
}

/** Symmetric range ±|value| after moving `handle` to value (the other mirrors it), inside symmetric bounds. */
export function snapSymmetric(handle: Handle, value: number, bounds: Range): Range {
  const limit = Math.min(-bounds.min, bounds.max);
  const gap = (bounds.max - bounds.min) * MIN_WIDTH_FRACTION;
  const amax = Math.min(Math.max(handle === 'min' ? -value : value, gap / 2), limit);
  return { min: -amax, max: amax };
}

/** The symmetric range covering both ends of `range`: ±max(|β|, |α|). */
export function symmetricHull(range: Range): Range {
  const amax = Math.max(Math.abs(range.min), Math.abs(range.max));
  return { min: -amax, max: amax };
}

/**
 * Chart and handle domain for data in [min, max]: the data range widened to include 0 with 5 % headroom,
 * or, for symmetric ranges, ±1.1·max|x| so that both mirrored handles fit.
 */
export function handleBounds(dataMin: number, dataMax: number, symmetric: boolean): Range {
  const amax = Math.max(Math.abs(dataMin), Math.abs(dataMax)) || 1;
  if (symmetric) return { min: -1.1 * amax, max: 1.1 * amax };
  const lo = Math.min(dataMin, 0);
  const hi = Math.max(dataMax, 0);
  const pad = 0.05 * (hi - lo || amax);
  return { min: lo - pad, max: hi + pad };
}
