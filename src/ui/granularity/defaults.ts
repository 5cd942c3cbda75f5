/**
 * Granularity defaults that teach: the output-channel axis of the tensor's layout, and a group size that divides the
 * axis groups run along.
 */

/**
 * Output-channel axis of a weight in its file's layout. TensorFlow.js (Keras) stores conv kernels as
 * [kh, kw, in, out] (axis 3), depthwise kernels as [kh, kw, C, 1] (axis 2, the multiplier axis is 1 long), conv1d
 * as [k, in, out] (axis 2) and dense kernels as [in, out] (axis 1). PyTorch, ONNX and the built-in samples put output
 * channels first (axis 0). Rank < 2 has no channel axis (0).
 */
export function defaultChannelAxis(shape: readonly number[], format: string | null): number {
  if (shape.length < 2 || format !== 'tfjs') return 0;
  if (shape.length === 4 && shape[3] === 1) return 2;
  return shape.length - 1;
}

/** Group sizes tried, largest first: the common ones of group-wise weight quantization. */
export const GROUP_SIZES = [128, 64, 32, 16, 8, 4, 2, 1] as const;

/** Smallest and largest group a teacher would call meaningful (values per group). */
const MEANINGFUL_GROUP = { min: 8, max: 128 } as const;

/** Divisors of `length` from 1 to 128, largest first (the group sizes that fit a row of that many values). */
export function groupSizesFor(length: number): number[] {
  const out: number[] = [];
  for (let g = Math.min(length, MEANINGFUL_GROUP.max); g >= 1; g--) if (length % g === 0) out.push(g);
  return out;
}

/**
 * Default group size for a last axis of `length` values (groups run along it): the largest of 128, 64, 32, 16, 8
 * that divides it; else the largest divisor up to 128 (a short row such as a 3×3 kernel's 3 becomes one group, not
 * groups of 1, which would be exact and show nothing). Always divides `length`; 1 at worst.
 */
export function defaultGroupSize(length: number): number {
  return GROUP_SIZES.find((g) => g >= MEANINGFUL_GROUP.min && length % g === 0) ?? groupSizesFor(length)[0] ?? 1;
}

/**
 * Why group-wise has little to show on this last axis, or null: 'short' when it holds fewer than 8 values, 'awkward'
 * when it is longer but no size from 8 to 128 divides it (groups may not straddle rows).
 */
export function groupAxisNote(length: number): 'short' | 'awkward' | null {
  if (length < MEANINGFUL_GROUP.min) return 'short';
  return groupSizesFor(length)[0] >= MEANINGFUL_GROUP.min ? null : 'awkward';
}
