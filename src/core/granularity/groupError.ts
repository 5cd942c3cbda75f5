import type { ErrorStats, QuantParams, QuantSpec } from '../types';
import { groupParamsSync } from './groupParams';
import { groupLayout } from './layout';
import { sliceErrors } from './sliceError';

/** Group-wise fake-quantization error: the whole-tensor statistics and a summary over the groups. */
export interface GroupError {
  params: QuantParams[];
  /** Whole tensor: mse over all finite elements (float64 sums), levelsUsed = distinct integer codes in the tensor. */
  total: ErrorStats;
  groupSize: number;
  groupCount: number;
  /** Fewest, most and mean distinct codes used within one group (0 when there are no groups). */
  levelsUsedMin: number;
  levelsUsedMax: number;
  levelsUsedMean: number;
}

/** Error of group-wise fake quantization (groups of groupSize consecutive elements on the last axis) under params. */
export function groupErrorForParams(x: Float32Array, shape: readonly number[], groupSize: number, params: QuantParams[]): GroupError {
  const s = sliceErrors(x, groupLayout(shape, x.length, groupSize), params);
  const n = s.levelsUsed.length;
  let lo = Infinity;
  let hi = 0;
  let sum = 0;
  for (let j = 0; j < n; j++) {
    const l = s.levelsUsed[j];
    if (l < lo) lo = l;
    if (l > hi) hi = l;
    sum += l;
  }
  return {
    params,
    total: s.total,
    groupSize,
    groupCount: n,
    levelsUsedMin: n > 0 ? lo : 0,
    levelsUsedMax: hi,
    levelsUsedMean: n > 0 ? sum / n : 0,
  };
}

/** Group-wise error with {@link groupParamsSync} parameters (symmetric: amax/(2^(b−1)−1); affine: min/max). */
export function groupErrorSync(x: Float32Array, shape: readonly number[], groupSize: number, spec: QuantSpec): GroupError {
  return groupErrorForParams(x, shape, groupSize, groupParamsSync(x, shape, groupSize, spec));
}

/** Public, Promise-returning form of {@link groupErrorSync} (DESIGN §3). */
export async function groupError(x: Float32Array, shape: number[], groupSize: number, spec: QuantSpec): Promise<GroupError> {
  return groupErrorSync(x, shape, groupSize, spec);
}
