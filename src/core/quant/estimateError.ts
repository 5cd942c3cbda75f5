import type { ErrorStats, QuantParams } from '../types';
import type { Histogram } from '../hist/histogram';
import type { TensorStats } from '../hist/tensorStats';
import { sqnrDb } from './quantError';

/** ∫ (x − c)² dx over [u, v]: the squared error of values spread evenly on [u, v] that all map to c. */
function squaredDistanceIntegral(u: number, v: number, c: number): number {
  return ((v - c) ** 3 - (u - c) ** 3) / 3;
}

/** A bin spanning more than this many grid steps gets the uniform-noise figure Δ²/12 instead of a piecewise sum. */
const MAX_PIECES = 4;

/**
 * Per-frame estimate of {@link ErrorStats} from a histogram of the data, in O(bins + levels).
 * Values are assumed to spread evenly within each bin. Values beyond the outer cells are clipped to the end
 * level; values inside are rounded to their nearest level. Both errors are integrated piece by piece over the
 * bin; a bin wider than a few grid steps gets the uniform rounding noise Δ²/12 per value instead.
 * Exact zeros (ReLU outputs, pruned weights) are taken out of their bin: zero is always on the grid, so they
 * add no error. Σx², the element count and the zero count come from the exact tensor statistics.
 */
export function estimateError(h: Histogram, p: QuantParams, stats: Pick<TensorStats, 'sumSquares' | 'finite' | 'zeros'>): ErrorStats {
  const { sumSquares, finite, zeros } = stats;
  const step = p.scale;
  const lo = p.qmin - p.zeroPoint; // lowest code relative to the zero point
  const hi = p.qmax - p.zeroPoint;
  const loEdge = (lo - 0.5) * step; // values below this round past qmin
  const hiEdge = (hi + 0.5) * step;
  const width = (h.hi - h.lo) / h.counts.length;
  const used = new Uint8Array(hi - lo + 1);
  let sumE2 = 0;
  let clipped = 0;
  let maxAbs = 0;
  const zeroBin = zeros > 0 ? Math.min(Math.floor((0 - h.lo) / width), h.counts.length - 1) : -1;
  if (zeros > 0) used[-lo] = 1;
  for (let i = 0; i < h.counts.length; i++) {
    const c = i === zeroBin ? h.counts[i] - zeros : h.counts[i];
    if (c === 0) continue;
    const a = h.lo + i * width;
    const b = a + width;
    const density = c / width;
    if (a < loEdge) {
      const v = Math.min(b, loEdge);
      clipped += (v - a) * density;
      sumE2 += squaredDistanceIntegral(a, v, lo * step) * density;
      maxAbs = Math.max(maxAbs, lo * step - a);
      used[0] = 1;
    }
    if (b > hiEdge) {
      const u = Math.max(a, hiEdge);
      clipped += (b - u) * density;
      sumE2 += squaredDistanceIntegral(u, b, hi * step) * density;
      maxAbs = Math.max(maxAbs, b - hi * step);
      used[hi - lo] = 1;
    }
    const u = Math.max(a, loEdge);
    const v = Math.min(b, hiEdge);
    if (v <= u) continue;
    const first = Math.round(u / step); // level of the piece's left end
    const last = Math.min(Math.round(v / step), hi);
    if (last - first >= MAX_PIECES) {
      sumE2 += ((v - u) * density * step * step) / 12;
      maxAbs = Math.max(maxAbs, step / 2);
      for (let k = first; k <= last && k - first < c; k++) used[k - lo] = 1;
      continue;
    }
    for (let k = first; k <= last; k++) {
      const pu = Math.max(u, (k - 0.5) * step);
      const pv = Math.min(v, (k + 0.5) * step);
      if (pv <= pu) continue;
      sumE2 += squaredDistanceIntegral(pu, pv, k * step) * density;
      maxAbs = Math.max(maxAbs, k * step - pu, pv - k * step);
      used[k - lo] = 1;
    }
  }
  let levelsUsed = 0;
  for (let k = 0; k < used.length; k++) levelsUsed += used[k];
  return {
    mse: finite > 0 ? sumE2 / finite : 0,
    sqnrDb: sqnrDb(sumSquares, sumE2),
    maxAbsError: maxAbs,
    clipped: Math.round(clipped),
    levelsUsed: Math.min(levelsUsed, finite),
  };
}
