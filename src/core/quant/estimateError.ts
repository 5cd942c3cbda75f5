import type { ErrorStats, QuantParams } from '../types';
import type { Histogram } from '../hist/histogram';
import { sqnrDb } from './quantError';

/** ∫ (x − c)² dx over [u, v], for values spread uniformly on [u, v]: the clipping error of one bin's slice. */
function squaredDistanceIntegral(u: number, v: number, c: number): number {
  return ((v - c) ** 3 - (u - c) ** 3) / 3;
}

/**
 * Per-frame estimate of {@link ErrorStats} from a histogram of the data, in O(bins + levels).
 * Values inside the grid's cells get the uniform rounding noise Δ²/12; values beyond the outer cells are
 * clipped to the end level and their error is integrated exactly, assuming values spread evenly within a bin.
 * `sumSquares` (Σx²) and `finite` (element count) come from the exact tensor statistics.
 */
export function estimateError(h: Histogram, p: QuantParams, sumSquares: number, finite: number): ErrorStats {
  const step = p.scale;
  const loLevel = (p.qmin - p.zeroPoint) * step; // real value of the lowest code
  const hiLevel = (p.qmax - p.zeroPoint) * step;
  const loEdge = loLevel - step / 2; // values below this round past qmin
  const hiEdge = hiLevel + step / 2;
  const width = (h.hi - h.lo) / h.counts.length;
  const used = new Uint8Array(p.qmax - p.qmin + 1);
  let sumE2 = 0;
  let clipped = 0;
  let maxAbs = 0;
  let inRange = 0;
  for (let i = 0; i < h.counts.length; i++) {
    const c = h.counts[i];
    if (c === 0) continue;
    const a = h.lo + i * width;
    const b = a + width;
    const density = c / width;
    if (a < loEdge) {
      const v = Math.min(b, loEdge);
      clipped += (v - a) * density;
      sumE2 += squaredDistanceIntegral(a, v, loLevel) * density;
      maxAbs = Math.max(maxAbs, loLevel - a);
    }
    if (b > hiEdge) {
      const u = Math.max(a, hiEdge);
      clipped += (b - u) * density;
      sumE2 += squaredDistanceIntegral(u, b, hiLevel) * density;
      maxAbs = Math.max(maxAbs, b - hiLevel);
    }
    const u = Math.max(a, loEdge);
    const v = Math.min(b, hiEdge);
    if (v > u) {
      inRange += (v - u) * density;
      const first = Math.max(Math.round(u / step) + p.zeroPoint, p.qmin) - p.qmin;
      const last = Math.min(Math.round(v / step) + p.zeroPoint, p.qmax) - p.qmin;
      for (let k = first; k <= last && k - first < c; k++) used[k] = 1;
    }
  }
  if (inRange > 0) maxAbs = Math.max(maxAbs, step / 2);
  sumE2 += (inRange * step * step) / 12;
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
