import { channelLayout } from './layout';
import type { SliceLayout } from './layout';

/** Finite range of each slice: min[c], max[c] (0, 0 when slice c has no finite element) and its finite count. */
export interface SliceRanges {
  min: Float32Array;
  max: Float32Array;
  finite: Uint32Array;
}

/** One sequential pass: min, max and finite count of every slice of the layout; NaN/±Inf are skipped. */
export function sliceRanges(x: Float32Array, layout: SliceLayout): SliceRanges {
  const { outer, channels, inner } = layout;
  const lo = new Float64Array(channels).fill(Infinity);
  const hi = new Float64Array(channels).fill(-Infinity);
  const finite = new Uint32Array(channels);
  let i = 0;
  for (let o = 0; o < outer; o++) {
    for (let c = 0; c < channels; c++) {
      let mn = lo[c];
      let mx = hi[c];
      let n = 0;
      const end = i + inner;
      for (; i < end; i++) {
        const v = x[i];
        if (v - v !== 0) continue; // NaN or ±Inf
        n++;
        if (v < mn) mn = v;
        if (v > mx) mx = v;
      }
      lo[c] = mn;
      hi[c] = mx;
      finite[c] += n;
    }
  }
  const min = new Float32Array(channels);
  const max = new Float32Array(channels);
  for (let c = 0; c < channels; c++) {
    if (finite[c] > 0) {
      min[c] = lo[c];
      max[c] = hi[c];
    }
  }
  return { min, max, finite };
}

/** Per-channel finite [min, max] along axis (negative axis counts from the end), for a range chart; NaN/±Inf skipped. */
export function channelRanges(x: Float32Array, shape: readonly number[], axis: number): SliceRanges {
  return sliceRanges(x, channelLayout(shape, x.length, axis));
}
