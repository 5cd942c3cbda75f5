// Reference: NVIDIA TensorRT tools/pytorch-quantization/pytorch_quantization/calib/histogram.py,
// `_compute_amax_mse` (start_bin 128, stride 1): candidates amax = centers[i] for i in range(128, bins);
// each bin's centre is fake-quantized with that amax and the count-weighted squared error summed; the FIRST
// minimum wins (np.argmin). Deliberate difference: the peer always quantizes with its own narrow grid
// (scale = (2^(b−1+unsigned) − 1)/amax); we use the caller's spec through qparams({±amax}) and the core's
// fake-quantizer arithmetic (code = rint(fl32(c·fl32(1/scale))), x̂ = fl32(code·scale)), so the error
// approximated is the one the app will show.
import type { QuantSpec } from '../types';
import { qparams } from '../quant/qparams';
import { rint } from '../quant/rint';
import type { AbsHistogram } from './absHistogram';

/** First candidate bin of the MSE search, as the peer's start_bin. */
export const MSE_START_BIN = 128;
/** Stride of the candidates that set the first bound of the search (a speed setting; the pick does not depend on it). */
const SEED_STRIDE = 16;
/** 1 + a relative margin far above the rounding of a float64 sum of 2^16 terms (about 2^16 · 2^−53 ≈ 7e−12). */
const TAIL_MARGIN = 1 + 1e-9;

/** Centre of bin j of an |x| histogram, real units: (j + ½)·amax/bins. */
export function absCentre(h: AbsHistogram, j: number): number {
  return (j + 0.5) * (h.amax / h.counts.length);
}

/**
 * Peer-style MSE threshold (real units, ≥ 0): the bin centre c_i (i = 128 … bins − 1) minimising
 * Σ_j counts_j·(fq(c_j) − c_j)², fq = fake-quantization on the symmetric grid qparams({−c_i, c_i}, spec).
 */
export function mseAmaxBinCentre(h: AbsHistogram, spec: QuantSpec): number {
  const n = h.counts.length;
  if (h.amax === 0) return 0;
  if (n <= MSE_START_BIN) return h.amax;
  // Only non-empty bins contribute: list them once.
  let m = 0;
  for (let j = 0; j < n; j++) if (h.counts[j] > 0) m++;
  const centre = new Float64Array(m);
  const count = new Float64Array(m);
  for (let j = 0, k = 0; j < n; j++) {
    if (h.counts[j] > 0) {
      centre[k] = absCentre(h, j);
      count[k++] = h.counts[j];
    }
  }
  const errorAt = (i: number, bound: number): number => centreError(centre, count, absCentre(h, i), spec, bound);
  // A bound first: the least error of every SEED_STRIDE-th candidate. Every candidate is then summed only while it
  // can still be the minimum, so most stop after a few bins; the pick is the one the full scan makes.
  let bound = Infinity;
  for (let i = MSE_START_BIN; i < n; i += SEED_STRIDE) bound = Math.min(bound, errorAt(i, bound));
  let best = Infinity;
  let bestAmax = h.amax;
  for (let i = MSE_START_BIN; i < n; i++) {
    const err = errorAt(i, Math.min(best, bound));
    if (err < best) {
      best = err;
      bestAmax = absCentre(h, i);
    }
  }
  return bestAmax;
}

/**
 * Σ count·(fq(centre) − centre)² on the symmetric grid for ±amax (centres ≥ 0 and ascending, so only the top end
 * clips, and from the first clipped centre on every one is). Returns early, with a partial sum above `bound` (or
 * Infinity), once the sum surely exceeds it: its terms are ≥ 0, so a rounded float64 sum never falls again, whatever
 * terms are left out. A candidate whose error is at most `bound` is summed in full, in the same order.
 */
function centreError(centre: Float64Array, count: Float64Array, amax: number, spec: QuantSpec, bound: number): number {
  const p = qparams({ min: -amax, max: amax }, spec);
  const inv = Math.fround(1 / p.scale);
  const top = p.qmax - p.zeroPoint;
  const edge = Math.fround(top * p.scale); // x̂ of every clipped centre
  // The clipped tail alone, from the top down, stopped once above bound by a margin far wider than the rounding of
  // either order: then the full sum is above bound too, and the candidate is dropped without the forward pass.
  let tail = 0;
  for (let k = centre.length - 1; k >= 0 && tail <= bound * TAIL_MARGIN; k--) {
    const c = centre[k];
    if (rint(Math.fround(c * inv)) < top) break;
    tail += count[k] * (edge - c) * (edge - c);
  }
  if (tail > bound * TAIL_MARGIN) return Infinity;
  let sum = 0;
  let k = 0;
  for (; k < centre.length; k++) {
    const c = centre[k];
    const r = rint(Math.fround(c * inv));
    if (r >= top) break;
    const e = Math.fround(r * p.scale) - c;
    sum += count[k] * e * e;
    if (sum > bound) return sum;
  }
  for (; k < centre.length; k++) {
    const e = edge - centre[k];
    sum += count[k] * e * e;
    if (sum > bound) return sum;
  }
  return sum;
}
