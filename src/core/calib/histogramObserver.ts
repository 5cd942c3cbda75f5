// Reference: PyTorch 1.13 torch/ao/quantization/observer.py, HistogramObserver (bins 2048): `forward` on one
// batch, `_non_linear_param_search` and `_compute_quantization_error` (L2 norm), ported line by line.
// Matched, including 1.13's quirk: forward histograms with torch.histc(x, bins, min=int(min_val),
// max=int(max_val)) — the bounds TRUNCATED to integers (histc falls back to the data's [min, max] when they
// are equal, and widens by ±1 if still equal), values outside them are dropped — while the search still
// measures bins as (max_val − min_val)/bins. `truncateEdges: false` histograms over the true [min, max]
// (what later torch releases do). upsample_rate only matters when combining batches, so it is absent.
// Differences: dst_nbins = 2^bits (torch: 2^8 for its 8-bit dtypes, also for narrower quant_min/quant_max);
// the search runs in float64 where torch mixes float32 tensors and float64 Python scalars (the final
// min/max are rounded to float32 as torch's are, except when max − min overflows float32, where torch returns
// inf/NaN and we stay in float64); NaN/±Inf are left out.
import type { QuantSpec, Range } from '../types';
import { assertBits } from '../quant/qparams';
import { histogram } from '../hist/histogram';
import { tensorStats, type TensorStats } from '../hist/tensorStats';
import { CALIB_BINS } from './absHistogram';

/** Options of {@link histogramObserverRange}: histogram bins (2048), torch 1.13's integer histogram bounds (true), and x's tensorStats if at hand. */
export interface HistogramObserverOptions {
  bins?: number;
  truncateEdges?: boolean;
  stats?: Pick<TensorStats, 'min' | 'max' | 'finite'>;
}

/** torch HistogramObserver's chosen [min, max] (real units, float32 values) for one batch x; symmetric specs then take ±max(|min|, |max|) in qparams. */
export function histogramObserverRange(x: Float32Array, spec: QuantSpec, options: HistogramObserverOptions = {}): Range {
  assertBits(spec.bits);
  const bins = options.bins ?? CALIB_BINS;
  const stats = options.stats ?? tensorStats(x);
  if (stats.finite === 0) return { min: 0, max: 0 };
  const minVal = stats.min;
  const maxVal = stats.max;
  const truncate = options.truncateEdges ?? true;
  let lo = truncate ? Math.trunc(minVal) : minVal;
  let hi = truncate ? Math.trunc(maxVal) : maxVal;
  if (lo === hi) [lo, hi] = [minVal, maxVal];
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const counts = histogram(x, lo, hi, bins).counts;
  const { start, end } = nonLinearParamSearch(counts, (maxVal - minVal) / bins, 2 ** spec.bits);
  // new_min/new_max = min_val + bin_width·k in float32 tensors, as torch; float64 when the float32 span overflows.
  const span32 = Math.fround(maxVal - minVal);
  const width32 = Math.fround(span32 / bins);
  const at = (k: number): number =>
    Number.isFinite(span32)
      ? Math.fround(minVal + Math.fround(width32 * k)) + 0
      : Math.min(minVal + ((maxVal - minVal) / bins) * k, maxVal);
  return { min: at(start), max: at(end + 1) };
}

/** `_non_linear_param_search`: greedily moves the start/end bin inward by quantile steps of 1e−5 while the L2 error falls; bin indices, end inclusive. */
export function nonLinearParamSearch(counts: Float64Array, binWidth: number, dstBins: number): { start: number; end: number } {
  const bins = counts.length;
  const cSum = new Float64Array(bins); // torch.cumsum of a float32 histogram: float64 accumulator, float32 result
  const nonEmpty: number[] = [];
  let acc = 0;
  for (let k = 0; k < bins; k++) {
    acc += counts[k];
    cSum[k] = Math.fround(acc);
    if (counts[k] !== 0) nonEmpty.push(k);
  }
  const used = Int32Array.from(nonEmpty);
  const total = Math.fround(acc);
  const stepsize = 1e-5;
  let alpha = 0;
  let beta = 1;
  let start = 0;
  let end = bins - 1;
  let normMin = Infinity;
  while (alpha < beta) {
    const nextAlpha = alpha + stepsize;
    const nextBeta = beta - stepsize;
    // tensor < Python float compares in float32
    const loQ = Math.fround(nextAlpha * total);
    const hiQ = Math.fround(nextBeta * total);
    let l = start;
    let r = end;
    while (l < end && cSum[l] < loQ) l++;
    while (r > start && cSum[r] > hiQ) r--;
    let nextStart = start;
    let nextEnd = end;
    if (l - start > end - r) {
      nextStart = l;
      alpha = nextAlpha;
    } else {
      nextEnd = r;
      beta = nextBeta;
    }
    if (nextStart === start && nextEnd === end) continue;
    const norm = quantizationError(counts, used, binWidth, nextStart, nextEnd, dstBins);
    if (norm > normMin) break;
    normMin = norm;
    start = nextStart;
    end = nextEnd;
  }
  return { start, end };
}

/** `_compute_quantization_error`: L2 error of mapping the histogram onto dstBins levels spanning bins start…end, values uniform within bins. */
function quantizationError(
  counts: Float64Array,
  nonEmpty: Int32Array,
  binWidth: number,
  start: number,
  end: number,
  dstBins: number,
): number {
  const dst = (binWidth * (end - start + 1)) / dstBins;
  if (dst === 0) return 0;
  const half = dst / 2;
  const half3 = half * half * half;
  const top = dstBins - 1;
  let norm = 0;
  for (let n = 0; n < nonEmpty.length; n++) {
    const k = nonEmpty[n];
    const begin = (k - start) * binWidth;
    const stop = begin + binWidth;
    const dBegin = Math.min(Math.max(Math.floor(begin / dst), 0), top);
    const dEnd = Math.min(Math.max(Math.floor(stop / dst), 0), top);
    const density = counts[k] / binWidth;
    const d1 = begin - (dBegin + 0.5) * dst;
    const d2 = stop - (dEnd * dst + half);
    norm += (density * (half3 - d1 * d1 * d1)) / 3;
    norm += (dEnd - dBegin - 1) * ((density * (half3 + half3)) / 3);
    norm += (density * (d2 * d2 * d2 + half3)) / 3;
  }
  return norm;
}
