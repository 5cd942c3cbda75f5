import { accumulateHistogramKernel } from '../kernels/histogramKernel';
import type { Histogram } from '../types';

export type { Histogram };

/** An empty histogram of `bins` bins over [lo, hi]; throws unless lo < hi are finite and bins ≥ 1. */
export function emptyHistogram(lo: number, hi: number, bins: number): Histogram {
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) throw new RangeError(`histogram needs finite lo < hi, got [${lo}, ${hi}]`);
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`histogram needs a whole number of bins ≥ 1, got ${bins}`);
  return { lo, hi, counts: new Float64Array(bins), below: 0, above: 0 };
}

/**
 * Adds the finite values of x to h (NaN/±Inf are skipped); call once per chunk to histogram a stream.
 * Large arrays, and any array from allocTensor, go through the WebAssembly SIMD kernel (identical counts).
 */
export function accumulateHistogram(h: Histogram, x: Float32Array): void {
  if (!accumulateHistogramKernel(h, x)) accumulateHistogramJs(h, x);
}

/** accumulateHistogram by a scalar JS loop: the path for small arrays and where WebAssembly SIMD is missing. */
export function accumulateHistogramJs(h: Histogram, x: Float32Array): void {
  const { lo, hi, counts } = h;
  const last = counts.length - 1;
  const k = counts.length / (hi - lo);
  let below = 0;
  let above = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v >= lo && v <= hi) {
      const b = ((v - lo) * k) | 0;
      counts[b > last ? last : b]++;
    } else if (v - v === 0) {
      if (v < lo) below++;
      else above++;
    } // NaN and ±Inf fall through uncounted
  }
  h.below += below;
  h.above += above;
}

/** Histogram of the finite values of x with `bins` bins over [lo, hi]. */
export function histogram(x: Float32Array, lo: number, hi: number, bins: number): Histogram {
  const h = emptyHistogram(lo, hi, bins);
  accumulateHistogram(h, x);
  return h;
}

/** Width of one bin, in the data's units. */
export function binWidth(h: Histogram): number {
  return (h.hi - h.lo) / h.counts.length;
}

/** A display range for data in [min, max]: the range itself, or a small interval around a constant. */
export function histogramDomain(min: number, max: number): { lo: number; hi: number } {
  if (max > min) return { lo: min, hi: max };
  const pad = Math.max(Math.abs(min) * 1e-3, 1e-6);
  return { lo: min - pad, hi: max + pad };
}

/** h with every `factor` neighbouring bins merged (a last, partial group keeps its true width), for coarser display. */
export function rebin(h: Histogram, factor: number): Histogram {
  if (!Number.isInteger(factor) || factor < 1) throw new RangeError(`rebin needs a whole factor ≥ 1, got ${factor}`);
  if (factor === 1) return h;
  const n = h.counts.length;
  const counts = new Float64Array(Math.ceil(n / factor));
  for (let i = 0; i < n; i++) counts[(i / factor) | 0] += h.counts[i];
  const w = (h.hi - h.lo) / n;
  return { lo: h.lo, hi: h.lo + counts.length * factor * w, counts, below: h.below, above: h.above };
}
