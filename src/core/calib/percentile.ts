// Reference: NVIDIA TensorRT tools/pytorch-quantization/pytorch_quantization/calib/histogram.py,
// `_compute_amax_percentile`: cdf = np.cumsum(hist / total); idx = np.searchsorted(cdf, p / 100);
// amax = bin_edges[idx]. searchsorted (side='left') is the first bin whose cdf ≥ p/100, and edges[idx] is
// that bin's LOWER edge; we match both, summing hist[i]/total left to right in float64 as np.cumsum does.
// Deliberate difference: p = 100 returns the true maximum (the peer's float cdf may stop at the last
// bin's lower edge or at the maximum, depending on rounding of the cumulative sum).
import type { Histogram } from '../hist/histogram';
import type { Range } from '../types';
import { absEdge, type AbsHistogram } from './absHistogram';

/** Throws a RangeError unless p is a number in (0, 100]. */
export function assertPercentile(p: number): void {
  if (!(typeof p === 'number' && p > 0 && p <= 100)) {
    throw new RangeError(`percentile must be a number in (0, 100], got ${String(p)}`);
  }
}

/** Index of the first bin whose cumulative share of `total` reaches q; counts.length when none does. */
function firstReaching(counts: Float64Array, total: number, q: number): number {
  const n = counts.length;
  let cdf = 0;
  for (let k = 0; k < n; k++) {
    cdf += counts[k] / total;
    if (cdf >= q) return k;
  }
  return n;
}

/** Clipping threshold (real units, ≥ 0) keeping p % of |x|: lower edge of the first bin whose cdf ≥ p/100 (p in (0, 100]). */
export function percentileAmax(h: AbsHistogram, p: number): number {
  assertPercentile(p);
  let total = 0;
  for (let i = 0; i < h.counts.length; i++) total += h.counts[i];
  if (total === 0 || h.amax === 0 || p === 100) return h.amax;
  return absEdge(h, firstReaching(h.counts, total, p / 100));
}

/**
 * Per-tail percentile range on a signed histogram over [lo, hi] (real units): max = lower edge of the first bin
 * whose cdf ≥ p/100 (as the peer), min = lower edge of the first bin whose cdf ≥ (100 − p)/100, so less than
 * (100 − p) % of the mass lies below min. (Mirroring the peer's rule instead would clip the whole lowest bin
 * whenever it holds more than the tail share — GELU's pile at −0.17 is such a bin.) Crossed ends are swapped.
 */
export function percentileRange(h: Histogram, p: number): Range {
  assertPercentile(p);
  const n = h.counts.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += h.counts[i];
  if (total === 0 || p === 100) return { min: h.lo, max: h.hi };
  const w = (h.hi - h.lo) / n;
  const up = firstReaching(h.counts, total, p / 100);
  const down = firstReaching(h.counts, total, (100 - p) / 100);
  const max = up === n ? h.hi : h.lo + up * w;
  const min = h.lo + Math.min(down, n) * w;
  return { min: Math.min(min, max), max: Math.max(min, max) };
}
