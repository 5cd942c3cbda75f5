import {
  channelErrorForParams,
  channelErrorSync,
  channelRanges,
  channelValues,
  groupErrorSync,
  histogram,
  histogramDomain,
  qparams,
  tensorStats,
  type ErrorStats,
  type Histogram,
  type QuantSpec,
  type Range,
} from '../core/math';

/** What to compare: the channel axis, the group size along the last axis, the spec, and the per-tensor range [β, α]. */
export interface GranularityRequest {
  axis: number;
  groupSize: number;
  spec: QuantSpec;
  range: Range;
}

/** Levels used per channel, and the error of the whole tensor, for one granularity. */
export interface GranularityRow {
  total: ErrorStats;
  /** levels[c]: distinct codes channel c uses. */
  levels: Uint32Array;
}

export interface GranularityResult {
  axis: number;
  /** min[c], max[c]: the finite range of channel c (real units). */
  min: Float32Array;
  max: Float32Array;
  perTensor: GranularityRow;
  perChannel: GranularityRow;
  /** Group-wise along the last axis, or why it cannot be done (the group size must divide that axis). */
  group: { total: ErrorStats; minLevels: number; maxLevels: number } | { error: string };
}

/** Per-tensor (the scene's range), per-channel (each channel's own range) and group-wise errors of x, side by side. */
export function granularity(x: Float32Array, shape: number[], req: GranularityRequest): GranularityResult {
  if (shape.length < 2) throw new RangeError('a 1-D tensor has no channel axis: per-channel quantization needs 2 or more dimensions');
  const { min, max } = channelRanges(x, shape, req.axis);
  const tensorParams = qparams(req.range, req.spec);
  const perTensor = channelErrorForParams(x, shape, req.axis, new Array(min.length).fill(tensorParams));
  const perChannel = channelErrorSync(x, shape, req.axis, req.spec);
  const levels = (stats: ErrorStats[]) => Uint32Array.from(stats, (s) => s.levelsUsed);
  let group: GranularityResult['group'];
  try {
    const g = groupErrorSync(x, shape, req.groupSize, req.spec);
    group = { total: g.total, minLevels: g.levelsUsedMin, maxLevels: g.levelsUsedMax };
  } catch (err) {
    group = { error: err instanceof Error ? err.message : String(err) };
  }
  return {
    axis: req.axis,
    min,
    max,
    perTensor: { total: perTensor.total, levels: levels(perTensor.channels) },
    perChannel: { total: perChannel.total, levels: levels(perChannel.channels) },
    group,
  };
}

/** Histogram of one channel's values over its own finite range (for the channel picked on the range chart). */
export function channelHistogram(x: Float32Array, shape: number[], axis: number, channel: number, bins: number): Histogram {
  const values = channelValues(x, shape, axis, channel);
  const { min, max } = tensorStats(values);
  const { lo, hi } = histogramDomain(min, max);
  return histogram(values, lo, hi, bins);
}
