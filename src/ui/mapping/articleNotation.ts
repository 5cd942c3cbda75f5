import type { Range } from '../../core/math';
import { rint } from '../../core/math';

/**
 * The article's notation for a clipping range [β, α] and b bits: the real→integer multiplier
 * s = (2^b − 1)/(α − β) and offset z = −round(β·s) − 2^(b−1), so that q = round(s·x) + z.
 */
export function articleNotation(range: Range, bits: number): { s: number; z: number } {
  const s = (2 ** bits - 1) / (range.max - range.min);
  return { s, z: -rint(range.min * s) - 2 ** (bits - 1) };
}
