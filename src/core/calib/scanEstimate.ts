import type { Histogram } from '../hist/histogram';
import type { QuantSpec, Range } from '../types';
import { qparams } from '../quant/qparams';
import { estimateError } from '../quant/estimateError';

/** Candidate stride of the coarse pass of {@link scanEstimate}; the fine pass then tries every k within ±stride of its pick. */
export const SCAN_STRIDE = 8;

/**
 * Coarse MSE search on a histogram: the k in [from, to] whose range rangeAt(k) (real units) has the smallest
 * estimated MSE per {@link estimateError} (the core's per-frame histogram error model; `zeros` = exact zeros
 * in the data). Coarse-to-fine: every `stride`-th k (and `to`), then every k within ±stride of the best; first
 * minimum wins. The estimate is smooth in k, so this finds its global minimum in practice.
 */
export function scanEstimate(
  h: Histogram,
  from: number,
  to: number,
  rangeAt: (k: number) => Range,
  spec: QuantSpec,
  zeros: number,
  stride: number = SCAN_STRIDE,
): number {
  let total = 0;
  for (let j = 0; j < h.counts.length; j++) total += h.counts[j];
  const mseAt = (k: number): number => estimateError(h, qparams(rangeAt(k), spec), { sumSquares: 0, finite: total, zeros }).mse;
  let best = Infinity;
  let bestK = to;
  const consider = (k: number): void => {
    const mse = mseAt(k);
    if (mse < best || (mse === best && k < bestK)) [best, bestK] = [mse, k];
  };
  for (let k = from; k < to; k += stride) consider(k);
  consider(to);
  const centre = bestK;
  for (let k = Math.max(from, centre - stride + 1); k <= Math.min(to, centre + stride - 1); k++) if (k !== centre) consider(k);
  return bestK;
}
