/** Figures estimated from a tensor's histogram (values assumed spread evenly within each bin). */
import {
  entropyAmax,
  estimateError,
  mseAmaxBinCentre,
  percentileAmax,
  qparams,
  type AbsHistogram,
  type Histogram,
  type TensorStats,
} from '../core/math';
import type { BestCalibrator } from './types';
import { INT8, OVERVIEW_HIST_BINS } from './spec';

/** Adds `count` values spread evenly over [u, v) (0 ≤ u ≤ v ≤ amax) to the |x| bins of width amax/bins. */
function spread(counts: Float64Array, amax: number, u: number, v: number, count: number): void {
  const bins = counts.length;
  const w = amax / bins;
  if (v <= u) {
    counts[Math.min(bins - 1, Math.floor(u / w))] += count;
    return;
  }
  const first = Math.min(bins - 1, Math.floor(u / w));
  const last = Math.min(bins - 1, Math.floor(v / w));
  for (let j = first; j <= last; j++) {
    const a = Math.max(u, j * w);
    const b = j === last ? v : Math.min(v, (j + 1) * w);
    if (b > a) counts[j] += (count * (b - a)) / (v - u);
  }
}

/** An |x| histogram over [0, amax] (the calibrators' input) folded from a signed histogram, bins split at 0 by width. */
export function foldAbs(
  h: Histogram,
  stats: Pick<TensorStats, 'min' | 'max' | 'finite' | 'zeros'>,
  bins = OVERVIEW_HIST_BINS,
): AbsHistogram {
  const amax = Math.max(-stats.min, stats.max, 0);
  const counts = new Float64Array(bins);
  if (amax === 0) {
    counts[0] = stats.finite;
    return { counts, amax, finite: stats.finite, zeros: stats.zeros };
  }
  const w = (h.hi - h.lo) / h.counts.length;
  for (let i = 0; i < h.counts.length; i++) {
    const c = h.counts[i];
    if (c === 0) continue;
    const a = Math.max(h.lo + i * w, stats.min);
    const b = Math.min(a + w, stats.max);
    if (a >= 0) spread(counts, amax, Math.min(a, amax), Math.min(b, amax), c);
    else if (b <= 0) spread(counts, amax, Math.min(-b, amax), Math.min(-a, amax), c);
    else {
      const neg = (c * -a) / (b - a);
      spread(counts, amax, 0, Math.min(-a, amax), neg);
      spread(counts, amax, 0, Math.min(b, amax), c - neg);
    }
  }
  return { counts, amax, finite: stats.finite, zeros: stats.zeros };
}

/** Share of the histogram's values farther than `k`·std from `centre` (bins cut at the thresholds by width). */
export function outlierShareFromHistogram(h: Histogram, centre: number, std: number, k: number): number {
  let total = h.below + h.above;
  let out = h.below + h.above;
  const lo = centre - k * std;
  const hi = centre + k * std;
  const w = (h.hi - h.lo) / h.counts.length;
  for (let i = 0; i < h.counts.length; i++) {
    const c = h.counts[i];
    total += c;
    if (c === 0 || std === 0) continue;
    const a = h.lo + i * w;
    const b = a + w;
    out += (c * (Math.max(0, Math.min(b, lo) - a) + Math.max(0, b - Math.max(a, hi)))) / w;
  }
  return total > 0 ? out / total : 0;
}

/** The calibrators compared, each giving a clipping threshold from the |x| histogram. */
const CANDIDATES: { method: string; amax: (h: AbsHistogram) => number }[] = [
  { method: 'max', amax: (h) => h.amax },
  { method: 'p99.9', amax: (h) => percentileAmax(h, 99.9) },
  { method: 'p99.99', amax: (h) => percentileAmax(h, 99.99) },
  { method: 'p99.999', amax: (h) => percentileAmax(h, 99.999) },
  { method: 'entropy', amax: (h) => entropyAmax(h, false, INT8.bits) },
  { method: 'mse', amax: (h) => mseAmaxBinCentre(h, INT8) },
];

/** Tensors with fewer finite values than this get a 512-bin |x| histogram for the calibrators (cheaper; 4 values a bin or more). */
export const SMALL_TENSOR = 1 << 16;

/**
 * The candidate calibrator with the lowest 8-bit MSE, all on the histogram: thresholds from the folded |x|
 * histogram (the core's calibrators; 2048 bins as TensorRT's, 512 below SMALL_TENSOR values), errors from the
 * core's histogram error model on the signed 2048-bin histogram; the first minimum wins.
 */
export function bestCalibrator(h: Histogram, stats: TensorStats): BestCalibrator {
  const abs = foldAbs(h, stats, stats.finite < SMALL_TENSOR ? 512 : OVERVIEW_HIST_BINS);
  const rows = CANDIDATES.map((c): BestCalibrator => {
    const amax = c.amax(abs);
    const e = estimateError(h, qparams({ min: -amax, max: amax }, INT8), stats);
    return { method: c.method, amax, mse: e.mse, sqnrDb: e.sqnrDb };
  });
  return rows.reduce((best, r) => (r.mse < best.mse ? r : best));
}
