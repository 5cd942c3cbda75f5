/** The overview's per-tensor row: a plain, JSON-ready record (the `npm run overview` output is a list of these). */

/** Which figures of a row are estimated from the tensor's histogram rather than computed exactly over every value. */
export type EstimatedField = 'int8TensorSqnrDb' | 'outlierShare' | 'outlierShareAbs' | 'bestCalibrator';

/** The 8-bit calibrator with the lowest MSE among the compared ones (symmetric int8, narrow range). */
export interface BestCalibrator {
  /** 'max' | 'p99.9' | 'p99.99' | 'p99.999' | 'entropy' | 'mse'. */
  method: string;
  /** Clipping threshold, real units: the range is [−amax, amax]. */
  amax: number;
  /** Its MSE (real units squared) and SQNR (dB), both estimated from the histogram. */
  mse: number;
  sqnrDb: number;
}

/** Statistics of one tensor, over its finite elements (NaN/±Inf are counted and left out). */
export interface TensorOverview {
  /** Position of the tensor in the file's own listing (0-based). */
  index: number;
  name: string;
  /** The file's dtype name (e.g. 'F32', 'BF16', 'float32', 'Q4_K'). */
  dtype: string;
  shape: number[];
  /** Number of elements (product of the shape). */
  params: number;
  finite: number;
  nan: number;
  /** Elements equal to +Inf or −Inf. */
  inf: number;
  min: number;
  max: number;
  /** max |x|. */
  absmax: number;
  mean: number;
  /** Population standard deviation (ddof 0). */
  std: number;
  /** Excess (Fisher) kurtosis, population form: m4/m2² − 3 (0 for a Gaussian; 0 when std is 0). */
  kurtosis: number;
  /** Elements exactly ±0. */
  zeros: number;
  /** Share of finite elements with |x − mean| > 6·std (far from the mean). */
  outlierShare: number;
  /** Share of finite elements with |x| > 6·std (far from zero, where a symmetric range must reach; 1 for a tensor far off 0). */
  outlierShareAbs: number;
  /**
   * Axis of the output channels: 0 (PyTorch, ONNX, safetensors, npz, GGUF) or the last axis (TensorFlow.js kernels
   * [h, w, in, out] and [in, out]; axis 2 for depthwise [h, w, in, 1]); null for rank < 2, fewer than 2 channels
   * or channels of one value, or when the channels cannot be gathered (see `channels`).
   */
  channelAxis: number | null;
  /** Channels along channelAxis; null for rank < 2, a channel on axis 0 longer than 16M values, or last-axis channels of a tensor too large to hold. */
  channels: number | null;
  /** max / median of the channels' max |x| (null: no channels, or a median of 0). */
  channelSpread: number | null;
  /** Finite elements that a cast to IEEE fp16 turns into ±Inf (|x| ≥ 65520). */
  fp16Overflow: number;
  /** Nonzero finite elements that a cast to fp16 flushes to ±0 (|x| ≤ 2^−25). */
  fp16Underflow: number;
  /** SQNR (dB) of symmetric int8 (narrow range, scale = absmax/127): one scale for the tensor. */
  int8TensorSqnrDb: number;
  /** The same with one scale per output channel (along channelAxis); null when `channels` is null. */
  int8ChannelSqnrDb: number | null;
  /** SQNR (dB) of symmetric int4, groups of 128 along the last axis (scale = group absmax/7); null unless 128 divides it. */
  int4GroupSqnrDb: number | null;
  bestCalibrator: BestCalibrator;
  /** Figures of this row estimated from the 2048-bin histogram (all others are exact). */
  estimated: EstimatedField[];
}

/** A tensor that could not be scanned, with the reader's message. */
export interface TensorOverviewError {
  index: number;
  name: string;
  dtype: string;
  shape: number[];
  error: string;
}

/** One row of an overview: statistics, or why there are none. */
export type OverviewRow = TensorOverview | TensorOverviewError;

/** True for a row that holds statistics. */
export function hasStats(row: OverviewRow): row is TensorOverview {
  return !('error' in row);
}
