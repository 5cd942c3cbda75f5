import type { ErrorStats, QuantParams, QuantSpec } from '../types';
import { codeRange } from '../quant/qparams';
import { sqnrDb } from '../quant/quantError';
import { groupParamsSync, rangeGroupParams } from './groupParams';
import { groupLayout } from './layout';
import { sliceRanges } from './ranges';
import { sliceErrors } from './sliceError';

/** Group-wise error without the parameters: the whole-tensor statistics and a summary over the groups. */
export interface GroupSummary {
  /** Whole tensor: mse over all finite elements (float64 sums), levelsUsed = distinct integer codes in the tensor. */
  total: ErrorStats;
  groupSize: number;
  groupCount: number;
  /** Fewest, most and mean distinct codes used within one group (0 when there are no groups). */
  levelsUsedMin: number;
  levelsUsedMax: number;
  levelsUsedMean: number;
}

/** Group-wise fake-quantization error: the parameters of every group, and the {@link GroupSummary}. */
export interface GroupError extends GroupSummary {
  params: QuantParams[];
}

/** Values read per block by {@link groupErrorSummary} (its memory is a few MB whatever the group size). */
const SUMMARY_BLOCK = 1 << 18;

/** Running sums of the group-wise error over blocks of groups. */
class GroupAccumulator {
  e2 = 0;
  x2 = 0;
  maxAbs = 0;
  clipped = 0;
  finite = 0;
  count = 0;
  lo = Infinity;
  hi = 0;
  levelSum = 0;

  add(s: ReturnType<typeof sliceErrors>): void {
    for (let j = 0; j < s.levelsUsed.length; j++) {
      const l = s.levelsUsed[j];
      if (l < this.lo) this.lo = l;
      if (l > this.hi) this.hi = l;
      this.levelSum += l;
      this.e2 += s.sumE2[j];
      this.x2 += s.sumX2[j];
      this.clipped += s.clipped[j];
      this.finite += s.finite[j];
      if (s.maxAbs[j] > this.maxAbs) this.maxAbs = s.maxAbs[j];
    }
    this.count += s.levelsUsed.length;
  }

  summary(groupSize: number, levelsUsed: number): GroupSummary {
    const n = this.count;
    return {
      total: {
        mse: this.finite > 0 ? this.e2 / this.finite : 0,
        sqnrDb: sqnrDb(this.x2, this.e2),
        maxAbsError: this.maxAbs,
        clipped: this.clipped,
        levelsUsed,
      },
      groupSize,
      groupCount: n,
      levelsUsedMin: n > 0 ? this.lo : 0,
      levelsUsedMax: this.hi,
      levelsUsedMean: n > 0 ? this.levelSum / n : 0,
    };
  }
}

/** Error of group-wise fake quantization (groups of groupSize consecutive elements on the last axis) under params. */
export function groupErrorForParams(x: Float32Array, shape: readonly number[], groupSize: number, params: QuantParams[]): GroupError {
  const s = sliceErrors(x, groupLayout(shape, x.length, groupSize), params);
  const acc = new GroupAccumulator();
  acc.add(s);
  return { params, ...acc.summary(groupSize, s.total.levelsUsed) };
}

/**
 * {@link groupErrorSync} without the parameter objects, a block of groups at a time: per block, the groups' ranges,
 * their packed parameters and the slice kernel; sums added block by block (so they may differ from groupErrorSync's
 * in the last bits), distinct codes counted over the whole tensor. For the Worker's group-wise row.
 */
export function groupErrorSummary(x: Float32Array, shape: readonly number[], groupSize: number, spec: QuantSpec): GroupSummary {
  const { channels: groups } = groupLayout(shape, x.length, groupSize);
  const acc = new GroupAccumulator();
  const { qmin, qmax } = codeRange(spec);
  const seen = new Uint8Array(qmax - qmin + 1);
  const per = Math.max(1, Math.floor(SUMMARY_BLOCK / groupSize));
  for (let j0 = 0; j0 < groups; j0 += per) {
    const n = Math.min(per, groups - j0);
    const block = x.subarray(j0 * groupSize, (j0 + n) * groupSize);
    const layout = { outer: 1, channels: n, inner: groupSize };
    acc.add(sliceErrors(block, layout, rangeGroupParams(sliceRanges(block, layout), spec), seen));
  }
  let levels = 0;
  for (let k = 0; k < seen.length; k++) levels += seen[k];
  return acc.summary(groupSize, levels);
}

/** Group-wise error with {@link groupParamsSync} parameters (symmetric: amax/(2^(b−1)−1); affine: min/max). */
export function groupErrorSync(x: Float32Array, shape: readonly number[], groupSize: number, spec: QuantSpec): GroupError {
  return groupErrorForParams(x, shape, groupSize, groupParamsSync(x, shape, groupSize, spec));
}

/** Public, Promise-returning form of {@link groupErrorSync} (DESIGN §3). */
export async function groupError(x: Float32Array, shape: number[], groupSize: number, spec: QuantSpec): Promise<GroupError> {
  return groupErrorSync(x, shape, groupSize, spec);
}
