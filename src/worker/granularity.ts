import {
  channelLayout,
  channelValues,
  rangeParams,
  sliceRanges,
  groupErrorSync,
  sliceErrors,
  histogram,
  histogramDomain,
  tensorStats,
  type ErrorStats,
  type Histogram,
  type QuantParams,
  type QuantSpec,
} from '../core/math';

/** What to compare, apart from the per-tensor range: the channel axis, the group size along the last axis, the spec. */
export interface GranularityRequest {
  axis: number;
  groupSize: number;
  spec: QuantSpec;
}

/** Levels used per channel, and the error of the whole tensor, for one granularity. */
export interface GranularityRow {
  total: ErrorStats;
  /** levels[c]: distinct codes channel c uses. */
  levels: Uint32Array;
}

/** The figures that do not depend on the clipping range: computed once per tensor, axis, group size and spec. */
export interface GranularityResult {
  axis: number;
  /** min[c], max[c]: the finite range of channel c (real units). */
  min: Float32Array;
  max: Float32Array;
  perChannel: GranularityRow;
  /** Group-wise along the last axis, or why it cannot be done (the group size must divide that axis). */
  group: { total: ErrorStats; minLevels: number; maxLevels: number } | { error: string };
}

/**
 * Per-channel (each channel's own range) and group-wise errors of x, with every channel's range; `checkpoint`
 * is awaited between the three passes (it throws when the request is superseded or cancelled).
 */
export async function granularity(
  x: Float32Array,
  shape: number[],
  req: GranularityRequest,
  checkpoint: () => Promise<void>,
): Promise<GranularityResult> {
  if (shape.length < 2) throw new RangeError('a 1-D tensor has no channel axis: per-channel quantization needs 2 or more dimensions');
  const layout = channelLayout(shape, x.length, req.axis);
  const ranges = sliceRanges(x, layout);
  await checkpoint();
  const perChannel = sliceErrors(x, layout, rangeParams(ranges, req.spec)); // channelErrorSync's, without its per-channel objects
  await checkpoint();
  let group: GranularityResult['group'];
  try {
    const g = groupErrorSync(x, shape, req.groupSize, req.spec);
    group = { total: g.total, minLevels: g.levelsUsedMin, maxLevels: g.levelsUsedMax };
  } catch (err) {
    group = { error: err instanceof Error ? err.message : String(err) };
  }
  return {
    axis: req.axis,
    min: ranges.min,
    max: ranges.max,
    perChannel: { total: perChannel.total, levels: perChannel.levelsUsed },
    group,
  };
}

/**
 * Per-tensor quantization under p (the scene's range) seen channel by channel along axis: the one figure that
 * follows the range. Straight from the slice sums (a depthwise tensor has a million channels: no object per channel).
 */
export function perTensorRow(x: Float32Array, shape: number[], axis: number, p: QuantParams): GranularityRow {
  const layout = channelLayout(shape, x.length, axis);
  const s = sliceErrors(x, layout, new Array<QuantParams>(layout.channels).fill(p));
  return { total: s.total, levels: s.levelsUsed };
}

/** Histogram of one channel's values over its own finite range (for the channel picked on the range chart). */
export function channelHistogram(x: Float32Array, shape: number[], axis: number, channel: number, bins: number): Histogram {
  const values = channelValues(x, shape, axis, channel);
  const { min, max } = tensorStats(values);
  const { lo, hi } = histogramDomain(min, max);
  return histogram(values, lo, hi, bins);
}
