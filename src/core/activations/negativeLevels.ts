import type { QuantParams } from '../types';

/** 1.5 · 2^52: (t + SHIFT) − SHIFT rounds t to the nearest integer, ties to even (for |t| < 2^51). */
const SHIFT = 6755399441055744;

/**
 * How many distinct negative codes (code < zeroPoint) the negative elements of y land on under p, with the
 * core's quantize semantics code = clamp(rint(fl32(y·fl32(1/scale))) + zp, qmin, qmax). Negative outputs that
 * round to the zero point count for nothing: 0 means the activation's negative dip is erased by quantization.
 */
export function negativeLevels(y: Float32Array, p: QuantParams): number {
  const inv = Math.fround(1 / p.scale);
  const lo = p.qmin - p.zeroPoint; // lowest code relative to the zero point (≤ 0 for a range containing 0)
  if (lo >= 0) return 0;
  const seen = new Uint8Array(-lo); // seen[k − 1]: relative code −k was hit, k = 1…−lo
  let count = 0;
  for (let i = 0; i < y.length; i++) {
    const v = y[i];
    if (!(v < 0) || v === -Infinity) continue; // NaN, ≥ 0 and −∞ are left out
    let r = Math.fround(v * inv) + SHIFT - SHIFT;
    if (r >= 0) continue;
    if (r < lo) r = lo;
    if (seen[-r - 1] === 0) {
      seen[-r - 1] = 1;
      count++;
    }
  }
  return count;
}
