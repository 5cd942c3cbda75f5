/**
 * One tensor's overview, streamed: chunks of float32 values in row-major order go in, one row comes out.
 * Exact in one pass: counts, range, moments (chunk-wise centred sums merged by Pébay's formulas), fp16 casts,
 * channel ranges and the per-channel int8 and group-wise int4 errors, each by a fused SIMD kernel. The per-tensor
 * int8 error and the outlier share need the range and σ before the values: exact when the tensor is small enough
 * to hold (`hold` elements; its chunks are kept by reference, never copied, so a chunk's buffer must not be reused
 * by the caller), otherwise estimated from the histogram. The best calibrator always comes from the histogram.
 */
import { forEachStaged } from '../core/kernels/kernel';
import { channelErrorSync, channelRanges, estimateError, growingHistogram, maxRange, qparams, sqnrDb } from '../core/math';
import { bestCalibrator, outlierShareFromHistogram } from './estimates';
import { heldFigures } from './held';
import { centreGuess, chunkFigures, EMPTY_MOMENTS, mergeMoments, momentKurtosis, momentStd, type Moments } from './moments';
import { segmentAccumulator, segmentPlan, type SegmentSums } from './segments';
import { INT8, OUTLIER_SIGMAS, OVERVIEW_HIST_BINS } from './spec';
import type { EstimatedField, TensorOverview } from './types';

/** Largest tensor (elements) held whole for the exact per-tensor figures: 16M values, 64 MiB. */
export const HOLD_ELEMENTS = 16 * 2 ** 20;
/** Longest output channel (elements) carried across chunks for the per-channel figure. */
export const MAX_SEGMENT = 16 * 2 ** 20;

/** What is known of the tensor before its values: its place in the listing, name, dtype and shape. */
export interface TensorHead {
  index: number;
  name: string;
  dtype: string;
  shape: number[];
  /** Where the output channels are: axis 0 (PyTorch, ONNX, safetensors; the default) or the last axis (TensorFlow.js). */
  outputAxis?: 'first' | 'last';
}

/** Limits of an accumulator (tests lower them to exercise the streamed paths on small tensors). */
export interface AccumulatorLimits {
  hold: number;
  maxSegment: number;
}

/** Median of a float32 array (mean of the two middle values for an even length). */
function median(a: Float32Array): number {
  const s = Float32Array.from(a).sort();
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** max / median of the channels' max |x|, or null without channels or with a median of 0. */
function spreadOf(absmax: Float32Array): number | null {
  if (absmax.length === 0) return null;
  const med = median(absmax);
  let max = 0;
  for (const v of absmax) if (v > max) max = v;
  return med > 0 ? max / med : null;
}

/** An accumulator for one tensor: add() its chunks in order, then finish() once. */
export function overviewAccumulator(
  head: TensorHead,
  limits: AccumulatorLimits = { hold: HOLD_ELEMENTS, maxSegment: MAX_SEGMENT },
): { add(chunk: Float32Array): void; finish(): TensorOverview } {
  const params = head.shape.reduce((a, b) => a * b, 1);
  const lastAxis = head.outputAxis === 'last' && head.shape.length >= 2;
  const plan = segmentPlan(head.shape, limits.maxSegment, !lastAxis);
  const segments = segmentAccumulator(plan);
  const pass = growingHistogram(OVERVIEW_HIST_BINS);
  const held: Float32Array[] | null = params <= limits.hold ? [] : null; // the tensor's chunks, in order
  let offset = 0;
  let moments: Moments = EMPTY_MOMENTS;
  let shift: number | null = null; // the centre the moments are summed about: one guess for the whole tensor
  let fp16Overflow = 0;
  let fp16Underflow = 0;
  return {
    add(chunk) {
      if (offset + chunk.length > params) throw new RangeError(`${head.name}: more values than its shape holds (${params})`);
      held?.push(chunk);
      offset += chunk.length;
      forEachStaged(chunk, (piece) => {
        // one copy of the piece, in cache, serves the statistics and moments, segment and histogram kernels in turn
        shift ??= centreGuess(piece);
        const c = chunkFigures(piece, shift ?? 0);
        moments = mergeMoments(moments, c.moments);
        fp16Overflow += c.fp16.overflow;
        fp16Underflow += c.fp16.underflow;
        segments.add(piece);
        pass.add(piece, c.stats); // the first piece's range sets the histogram's; later pieces widen it as needed
      });
    },
    finish() {
      if (offset !== params) throw new RangeError(`${head.name}: read ${offset} values, its shape holds ${params}`);
      const { stats, histogram } = pass.finish();
      const sums = segments.finish();
      const std = momentStd(moments);
      const mean = moments.mean;
      const estimated: EstimatedField[] = held
        ? ['bestCalibrator']
        : ['int8TensorSqnrDb', 'outlierShare', 'outlierShareAbs', 'bestCalibrator'];
      const channel = lastAxis
        ? lastAxisChannels(held && concat(held, params), head.shape)
        : firstAxisChannels(plan.channels, sums, stats.sumSquares);
      const p = qparams(maxRange(stats, INT8), INT8);
      const exact = held && heldFigures(held, p, mean, OUTLIER_SIGMAS * std);
      /** Share of the finite values beyond 6σ from `centre`: exact over the held tensor, else from the histogram. */
      const outliers = (centre: number, far: number | undefined): number =>
        far === undefined
          ? outlierShareFromHistogram(histogram, centre, std, OUTLIER_SIGMAS)
          : std > 0 && stats.finite > 0
            ? far / stats.finite
            : 0;
      return {
        index: head.index,
        name: head.name,
        dtype: head.dtype,
        shape: head.shape,
        params,
        finite: stats.finite,
        nan: stats.nan,
        inf: stats.posInf + stats.negInf,
        min: stats.min,
        max: stats.max,
        absmax: Math.max(-stats.min, stats.max),
        mean,
        std,
        kurtosis: momentKurtosis(moments),
        zeros: stats.zeros,
        outlierShare: outliers(mean, exact?.far),
        outlierShareAbs: outliers(0, exact?.farAbs),
        ...channel,
        fp16Overflow,
        fp16Underflow,
        int8TensorSqnrDb: exact ? sqnrDb(stats.sumSquares, exact.sumE2) : estimateError(histogram, p, stats).sqnrDb,
        int4GroupSqnrDb: plan.groups ? sqnrDb(stats.sumSquares, sums.groupE2) : null,
        bestCalibrator: bestCalibrator(histogram, stats),
        estimated,
      };
    },
  };
}

/** The row's channel figures. */
type ChannelFigures = Pick<TensorOverview, 'channelAxis' | 'channels' | 'channelSpread' | 'int8ChannelSqnrDb'>;

/** Channels on axis 0, from the streamed segments. */
function firstAxisChannels(channels: number | null, sums: SegmentSums, sumSquares: number): ChannelFigures {
  if (channels === null) return { channelAxis: null, channels: null, channelSpread: null, int8ChannelSqnrDb: null };
  return { channelAxis: 0, channels, channelSpread: spreadOf(sums.channelAbsmax), int8ChannelSqnrDb: sqnrDb(sumSquares, sums.channelE2) };
}

/** TensorFlow.js output channels: the last axis, except depthwise kernels [h, w, in, 1], whose channels are axis 2. */
function tfjsOutputAxis(shape: readonly number[]): number {
  return shape.length === 4 && shape[3] === 1 ? 2 : shape.length - 1;
}

/** Channels on the last axis (strided): computed over the held tensor, n/a for a tensor too large to hold. */
function lastAxisChannels(held: Float32Array | null, shape: number[]): ChannelFigures {
  const axis = tfjsOutputAxis(shape);
  const n = shape.reduce((a, b) => a * b, 1);
  if (held === null || shape[axis] < 2 || n / shape[axis] < 2)
    return { channelAxis: null, channels: null, channelSpread: null, int8ChannelSqnrDb: null };
  const r = channelRanges(held, shape, axis);
  const absmax = r.min.map((lo, c) => Math.max(-lo, r.max[c]));
  return {
    channelAxis: axis,
    channels: shape[axis],
    channelSpread: spreadOf(absmax),
    int8ChannelSqnrDb: channelErrorSync(held, shape, axis, INT8).total.sqnrDb,
  };
}

/** The chunks of a held tensor as one array of `n` values (no copy when there is one chunk). */
function concat(parts: readonly Float32Array[], n: number): Float32Array {
  if (parts.length === 1) return parts[0];
  const out = new Float32Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
