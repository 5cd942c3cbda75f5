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

/** The largest of 128, 64, 32, … that divides `length` (the last axis, along which groups run); 1 at worst. */
export function defaultGroupSize(length: number): number {
  return GROUP_SIZES.find((g) => length % g === 0) ?? 1;
}
