// Reference: NVIDIA TensorRT tools/pytorch-quantization/pytorch_quantization/calib/histogram.py,
// `_compute_amax_mse`, which picks amax from bin centres (see mseBinCentre.ts). We start from that pick and
// from a second coarse pick made with the core's histogram error model (estimateError), then refine
// with the TRUE MSE of fake-quantizing the data (quantErrorSync): a golden-section search within ±4 bins of
// the better pick (on a 1M-element strided subsample for larger tensors), then a final check of the winner
// against the peer's pick on all the data — so the answer's true MSE never exceeds that of the peer-style
// bin-centre pick. Affine specs (no peer): the two ends are searched in turn on a signed histogram
// (coordinate descent, see mseRange), α is refined on the true MSE, and the result is checked against the
// data's [min, max] (the max calibrator's range), so it never does worse than max.
import type { Histogram } from '../hist/histogram';
import type { QuantSpec, Range } from '../types';
import { absEdge, type AbsHistogram } from './absHistogram';
import { MSE_START_BIN, mseAmaxBinCentre } from './mseBinCentre';
import { refineExact, trueMse } from './refine';
import { scanEstimate } from './scanEstimate';

/** Half-width, in histogram bins, of the golden-section bracket around the best coarse pick. */
export const REFINE_RADIUS = 4;

/** Symmetric threshold (real units, ≥ 0) minimising the true MSE of fake-quantizing x on the grid for ±amax; h = absHistogram(x). */
export function mseAmax(x: Float32Array, h: AbsHistogram, spec: QuantSpec): number {
  const n = h.counts.length;
  if (h.amax === 0) return 0;
  if (n <= MSE_START_BIN) return h.amax;
  const symmetric = (a: number): Range => ({ min: -a, max: a });
  const peer = mseAmaxBinCentre(h, spec);
  const view: Histogram = { lo: 0, hi: h.amax, counts: h.counts, below: 0, above: 0 };
  const est = absEdge(
    h,
    scanEstimate(view, MSE_START_BIN, n, (i) => symmetric(absEdge(h, i)), spec, h.zeros),
  );
  const w = h.amax / n;
  return refineExact(x, spec, symmetric, [peer, est], REFINE_RADIUS * w, [w / 2, h.amax]);
}

/** Rounds of alternating upper/lower scans in {@link mseRange}. */
const COORDINATE_ROUNDS = 3;

/**
 * Affine range (real units) minimising the true MSE of fake-quantizing x with qparams([β, α], spec); h is a
 * signed histogram of x over its finite [min, max], zeros its exact zeros. The two ends are searched in turn
 * on histogram bin edges with the estimate (coordinate descent: one shrink factor for both ends cannot keep a
 * dense lower tail, such as GELU's pile at −0.17, while clipping sparse upper outliers), then α is refined on
 * the true MSE. Checked against [min, max] at the end, so it never does worse than the max calibrator.
 */
export function mseRange(x: Float32Array, h: Histogram, spec: QuantSpec, zeros: number = 0): Range {
  const n = h.counts.length;
  const full: Range = { min: h.lo, max: h.hi };
  if (n <= MSE_START_BIN) return full;
  const w = (h.hi - h.lo) / n;
  const edge = (i: number): number => h.lo + i * w;
  let lo = 0;
  let hi = n;
  for (let round = 0; round < COORDINATE_ROUNDS; round++) {
    const fixedLo = lo;
    hi = scanEstimate(h, Math.max(lo + 1, MSE_START_BIN), n, (k) => ({ min: edge(fixedLo), max: edge(k) }), spec, zeros);
    const fixedHi = hi;
    lo = scanEstimate(h, 0, hi - 1, (k) => ({ min: edge(k), max: edge(fixedHi) }), spec, zeros);
  }
  const beta = edge(lo);
  const withAlpha = (a: number): Range => ({ min: beta, max: a });
  const alpha = refineExact(x, spec, withAlpha, [edge(hi)], REFINE_RADIUS * w, [beta + w / 2, h.hi]);
  const best = withAlpha(alpha);
  return trueMse(x, best, spec) <= trueMse(x, full, spec) ? best : full;
}
