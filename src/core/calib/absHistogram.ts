import { accumulateHistogram, emptyHistogram } from '../hist/histogram';

/** Bins of the calibration histogram, as NVIDIA pytorch-quantization's HistogramCalibrator and torch's HistogramObserver. */
export const CALIB_BINS = 2048;

/** Elements made absolute per chunk: small enough to stay in cache, large enough to amortise the call. */
const CHUNK = 1 << 16;

/**
 * Histogram of |x| over [0, amax], amax = max |x| of the finite elements: counts[i] covers
 * [i·amax/bins, (i+1)·amax/bins), the last bin includes amax (torch.histc semantics). When amax is 0
 * (all finite elements are zero) every finite element is counted in bin 0. `finite` counts the finite elements,
 * `zeros` the exact zeros among them (for estimateError).
 */
export interface AbsHistogram {
  counts: Float64Array;
  amax: number;
  finite: number;
  zeros: number;
}

/** What a histogram of |x| needs to know first: max |x| over the finite elements (0 if none), finite and zero counts. */
export interface AbsSummary {
  amax: number;
  finite: number;
  zeros: number;
}

/** One pass over x for {@link AbsSummary}. */
export function absMax(x: Float32Array): AbsSummary {
  let amax = 0;
  let nonFinite = 0;
  let zeros = 0;
  for (let i = 0; i < x.length; i++) {
    const a = Math.abs(x[i]);
    if (a < Infinity) {
      if (a > amax) amax = a;
      else if (a === 0) zeros++;
    } else nonFinite++; // NaN or ±Inf
  }
  return { amax, finite: x.length - nonFinite, zeros };
}

/**
 * Histogram of |x| with `bins` bins over [0, max |x|] (NaN/±Inf skipped); see {@link AbsHistogram}.
 * `known` passes max |x|, the finite and zero counts when already at hand (e.g. from tensorStats), saving a pass.
 */
export function absHistogram(x: Float32Array, bins: number = CALIB_BINS, known: AbsSummary = absMax(x)): AbsHistogram {
  const { amax, finite, zeros } = known;
  if (amax === 0) {
    const counts = emptyHistogram(0, 1, bins).counts; // validates bins
    counts[0] = finite;
    return { counts, amax: 0, finite, zeros };
  }
  const h = emptyHistogram(0, amax, bins);
  const chunk = new Float32Array(Math.min(CHUNK, x.length));
  for (let start = 0; start < x.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, x.length);
    const part = end - start === chunk.length ? chunk : chunk.subarray(0, end - start);
    for (let i = start; i < end; i++) part[i - start] = Math.abs(x[i]); // NaN stays NaN, ±Inf → +Inf: both skipped
    accumulateHistogram(h, part);
  }
  return { counts: h.counts, amax, finite, zeros };
}

/** Edge i of the histogram in real units: i·amax/bins (i = 0 … bins; edge bins is amax itself). */
export function absEdge(h: AbsHistogram, i: number): number {
  const bins = h.counts.length;
  return i === bins ? h.amax : i * (h.amax / bins);
}
