/**
 * Per-channel int8 and group-wise int4 errors, streamed: values arrive in row-major chunks and are cut into
 * whole segments (one output channel along axis 0, or one group of 128 when channels do not apply), so every
 * figure is the one the core computes on the whole tensor, read once.
 */
import { groupLayout, groupQparams, qparams, sliceErrors, sliceRanges, type QuantParams, type SliceRanges } from '../core/math';
import { segmentErrorsKernel } from '../core/kernels/overviewKernels';
import { GROUP_SIZE, INT4, INT8 } from './spec';

/** How a tensor is cut: segment length (elements), and which errors apply. */
export interface SegmentPlan {
  length: number;
  /** Channels along axis 0 (null when rank < 2 or one channel is longer than the carry limit). */
  channels: number | null;
  groups: boolean;
}

/**
 * The plan for a row-major tensor of `shape`; channels longer than `maxSegment` elements are not held, so skipped,
 * and so are channels on the last axis (`channelsFirst` false: strided, never a contiguous segment). Per-channel
 * figures need at least two channels of at least two values each (else they say nothing per-tensor ones do not).
 */
export function segmentPlan(shape: readonly number[], maxSegment: number, channelsFirst = true): SegmentPlan {
  const n = shape.reduce((a, b) => a * b, 1);
  const last = shape.length > 0 ? shape[shape.length - 1] : 1;
  const groups = shape.length > 0 && last > 0 && last % GROUP_SIZE === 0;
  const channelLength = channelsFirst && shape.length >= 2 && shape[0] > 1 ? n / shape[0] : Infinity;
  const channels = channelLength <= maxSegment && channelLength > 1 ? shape[0] : null; // 2+ channels of 2+ values
  return { length: channels !== null ? channelLength : groups ? GROUP_SIZE : 0, channels, groups };
}

/** max |x| of each slice from its range. */
function absmaxOf(r: SliceRanges): Float32Array {
  return r.min.map((lo, c) => Math.max(-lo, r.max[c]));
}

/** max |x| of each of `channels` channels made of `per` consecutive groups. */
function channelAbsmaxOfGroups(r: SliceRanges, channels: number, per: number): Float32Array {
  const out = new Float32Array(channels);
  for (let c = 0; c < channels; c++) {
    let m = 0;
    for (let j = c * per; j < (c + 1) * per; j++) m = Math.max(m, -r.min[j], r.max[j]);
    out[c] = m;
  }
  return out;
}

/** Σ of a float64 array. */
function total(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

/** Running sums of the segment errors, and each channel's max |x| in channel order. */
export interface SegmentSums {
  /** Σ(x̂ − x)² under per-channel int8 (0 when not applicable). */
  channelE2: number;
  /** Σ(x̂ − x)² under group-wise int4 (0 when not applicable). */
  groupE2: number;
  /** max |x| of channel c (finite values; 0 for a channel without any). */
  channelAbsmax: Float32Array;
}

/** A streaming cutter for `plan`: add() chunks in order, finish() once every element has been added. */
export function segmentAccumulator(plan: SegmentPlan): { add(chunk: Float32Array): void; finish(): SegmentSums } {
  const { length } = plan;
  const carry = new Float32Array(length);
  let carried = 0;
  let channel = 0;
  const sums: SegmentSums = { channelE2: 0, groupE2: 0, channelAbsmax: new Float32Array(plan.channels ?? 0) };

  /**
   * Errors of k = batch.length / length whole segments by the core's JS slice loops (no SIMD, or segments the kernel
   * does not take). With groups, one range pass serves both: a channel's max |x| is the largest of its groups'
   * (groups tile channels exactly, as 128 divides the last axis).
   */
  const processJs = (batch: Float32Array): void => {
    const k = batch.length / length;
    const groupShape = [batch.length / GROUP_SIZE, GROUP_SIZE];
    const groupSlices = plan.groups ? groupLayout(groupShape, batch.length, GROUP_SIZE) : null;
    const groupRanges = groupSlices ? sliceRanges(batch, groupSlices) : null;
    if (plan.channels !== null) {
      const layout = { outer: 1, channels: k, inner: length };
      const amax = groupRanges ? channelAbsmaxOfGroups(groupRanges, k, length / GROUP_SIZE) : absmaxOf(sliceRanges(batch, layout));
      const params: QuantParams[] = new Array<QuantParams>(k);
      for (let c = 0; c < k; c++) {
        params[c] = qparams({ min: -amax[c], max: amax[c] }, INT8); // symmetric: only max |x| matters
        sums.channelAbsmax[channel++] = amax[c];
      }
      sums.channelE2 += total(sliceErrors(batch, layout, params).sumE2);
    }
    if (groupSlices && groupRanges) {
      const params = Array.from(groupRanges.min, (lo, j) => groupQparams({ min: lo, max: groupRanges.max[j] }, INT4));
      sums.groupE2 += total(sliceErrors(batch, groupSlices, params).sumE2);
    }
  };

  /** Errors of the whole segments of batch: the fused SIMD kernel (each segment read while in cache), else processJs. */
  const process = (batch: Float32Array): void => {
    const fused = segmentErrorsKernel(batch, length, plan.groups, plan.channels !== null);
    if (fused) {
      sums.channelE2 += fused.channelE2;
      sums.groupE2 += fused.groupE2;
      sums.channelAbsmax.set(fused.channelAbsmax, channel);
      channel += fused.channelAbsmax.length;
    } else processJs(batch);
  };

  return {
    add(chunk) {
      if (length === 0) return;
      let at = 0;
      if (carried > 0) {
        at = Math.min(length - carried, chunk.length);
        carry.set(chunk.subarray(0, at), carried);
        carried += at;
        if (carried < length) return;
        process(carry);
        carried = 0;
      }
      const whole = Math.floor((chunk.length - at) / length) * length;
      if (whole > 0) process(chunk.subarray(at, at + whole));
      carry.set(chunk.subarray(at + whole), 0);
      carried = chunk.length - at - whole;
    },
    finish() {
      if (carried !== 0) throw new RangeError(`the tensor ended inside a segment (${carried} of ${length} values)`);
      return sums;
    },
  };
}
