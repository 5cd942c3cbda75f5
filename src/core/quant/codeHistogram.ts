import type { QuantParams } from '../types';
import { quantSums } from './quantError';

/**
 * How many finite elements land on each code: counts[k] is the count of code qmin + k (clamped codes, as
 * quantize gives them; NaN/±Inf are left out). Counted in the same pass as the exact error (SIMD kernel).
 */
export async function codeHistogram(x: Float32Array, p: QuantParams): Promise<Float64Array> {
  return quantSums(x, p).counts;
}
