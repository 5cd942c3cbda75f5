/** Round half to even, exact for |v| < 2^51 (JavaScript's Math.round rounds half up; torch and tfjs do not). */
const SHIFT = 6755399441055744; // 1.5 · 2^52: adding it leaves no fraction bits, so the FPU rounds to even.

/** Nearest integer to v, ties to even (IEEE rint / numpy.rint / torch.round). */
export function rint(v: number): number {
  if (!(Math.abs(v) < 2 ** 51)) return v; // NaN, ±Inf and huge values are already integral
  return v + SHIFT - SHIFT;
}
