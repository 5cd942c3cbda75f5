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
  let best = Infinity;
  let bestAmax = h.amax;
  for (let i = MSE_START_BIN; i < n; i++) {
    const amax = absCentre(h, i);
    const err = centreError(centre, count, amax, spec);
    if (err < best) {
      best = err;
      bestAmax = amax;
    }
  }
  return bestAmax;
}

/** Σ count·(fq(centre) − centre)² on the symmetric grid for ±amax (centres ≥ 0, so only the top end clips). */
function centreError(centre: Float64Array, count: Float64Array, amax: number, spec: QuantSpec): number {
  const p = qparams({ min: -amax, max: amax }, spec);
  const inv = Math.fround(1 / p.scale);
  const top = p.qmax - p.zeroPoint;
  let sum = 0;
  for (let k = 0; k < centre.length; k++) {
    const c = centre[k];
    let r = rint(Math.fround(c * inv));
    if (r > top) r = top;
    const e = Math.fround(r * p.scale) - c;
    sum += count[k] * e * e;
  }
  return sum;
}
