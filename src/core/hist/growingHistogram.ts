import { accumulateHistogram, emptyHistogram, histogramDomain, type Histogram } from './histogram';
import { mergeStats, tensorStats, type TensorStats } from './tensorStats';

/**
 * h with its range doubled (toward `up` or down) until it covers [min, max]; neighbouring bin pairs are merged,
 * so every new edge is an old edge and counts stay exact. `bins` must be even. Returns a new histogram.
 */
export function widenToCover(h: Histogram, min: number, max: number): Histogram {
  let { lo, hi, counts } = h;
  const n = counts.length;
  while (min < lo || max >= hi) {
    const width = hi - lo;
    const up = max >= hi && !(min < lo && lo - min > max - hi);
    const merged = new Float64Array(n);
    const offset = up ? 0 : n / 2;
    for (let i = 0; i < n; i++) merged[offset + (i >> 1)] += counts[i];
    counts = merged;
    if (up) hi = lo + 2 * width;
    else lo = hi - 2 * width;
  }
  return { lo, hi, counts, below: h.below, above: h.above };
}

/**
 * One pass over a stream of chunks: exact statistics, and an exact histogram whose range starts at the first
 * chunk's and doubles as later chunks need (values never sit on the moving upper edge: it stays above every value
 * seen). `finish` trims the bins outside the data's [min, max].
 */
export function growingHistogram(bins: number): {
  /** Adds a chunk; `s` passes its tensorStats when the caller already has them. */
  add(chunk: Float32Array, s?: TensorStats): void;
  finish(): { stats: TensorStats; histogram: Histogram };
} {
  if (bins % 2 !== 0) throw new RangeError(`a growing histogram needs an even number of bins, got ${bins}`);
  let stats: TensorStats | null = null;
  let h: Histogram | null = null;
  return {
    add(chunk, s = tensorStats(chunk)) {
      stats = stats ? mergeStats(stats, s) : s;
      if (s.finite === 0) return;
      if (!h) {
        const { lo, hi } = histogramDomain(s.min, s.max);
        h = emptyHistogram(lo, hi + (hi - lo) / bins, bins); // one spare bin: the maximum is never on the upper edge
      }
      h = widenToCover(h, s.min, s.max);
      accumulateHistogram(h, chunk);
    },
    finish() {
      const whole = stats ?? tensorStats(new Float32Array(0));
      if (!h) {
        const { lo, hi } = histogramDomain(whole.min, whole.max);
        return { stats: whole, histogram: emptyHistogram(lo, hi, bins) };
      }
      return { stats: whole, histogram: trim(h, whole.min, whole.max) };
    },
  };
}

/** The bins of h that overlap [min, max] (min ≥ h.lo, max < h.hi). */
function trim(h: Histogram, min: number, max: number): Histogram {
  const w = (h.hi - h.lo) / h.counts.length;
  const first = Math.max(0, Math.floor((min - h.lo) / w));
  const last = Math.min(h.counts.length - 1, Math.floor((max - h.lo) / w));
  return { lo: h.lo + first * w, hi: h.lo + (last + 1) * w, counts: h.counts.slice(first, last + 1), below: h.below, above: h.above };
}
