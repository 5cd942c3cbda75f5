/**
 * Per-channel int8 and group-wise int4 errors, streamed: values arrive in row-major chunks and are cut into
 * whole segments (one output channel along axis 0, or one group of 128 when channels do not apply), so every
 * figure is the one the core computes on the whole tensor, read once.
 */
import { groupLayout, groupParamsSync, qparams, sliceErrors, sliceRanges, type QuantParams } from '../core/math';
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
 * and so are channels on the last axis (`channelsFirst` false: strided, never a contiguous segment).
 */
export function segmentPlan(shape: readonly number[], maxSegment: number, channelsFirst = true): SegmentPlan {
  const n = shape.reduce((a, b) => a * b, 1);
  const last = shape.length > 0 ? shape[shape.length - 1] : 1;
  const groups = shape.length > 0 && last > 0 && last % GROUP_SIZE === 0;
  const channelLength = channelsFirst && shape.length >= 2 && shape[0] > 0 ? n / shape[0] : Infinity;
  const channels = channelLength <= maxSegment && channelLength > 0 ? shape[0] : null;
  return { length: channels !== null ? channelLength : groups ? GROUP_SIZE : 0, channels, groups };
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

  /** Errors of k = batch.length / length whole segments. */
  const process = (batch: Float32Array): void => {
    const k = batch.length / length;
    if (plan.channels !== null) {
      const layout = { outer: 1, channels: k, inner: length };
      const r = sliceRanges(batch, layout);
      const params: QuantParams[] = new Array<QuantParams>(k);
      for (let c = 0; c < k; c++) {
        params[c] = qparams({ min: r.min[c], max: r.max[c] }, INT8);
        sums.channelAbsmax[channel++] = Math.max(-r.min[c], r.max[c]);
      }
      sums.channelE2 += total(sliceErrors(batch, layout, params).sumE2);
    }
    if (plan.groups) {
      const shape = [batch.length / GROUP_SIZE, GROUP_SIZE];
      const params = groupParamsSync(batch, shape, GROUP_SIZE, INT4);
      sums.groupE2 += total(sliceErrors(batch, groupLayout(shape, batch.length, GROUP_SIZE), params).sumE2);
    }
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
