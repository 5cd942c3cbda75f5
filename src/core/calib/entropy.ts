// Reference: NVIDIA TensorRT tools/pytorch-quantization/pytorch_quantization/calib/histogram.py,
// `_compute_amax_entropy` (start_bin 128, stride 1). Matched: bins[0] = bins[1] on the analysed copy;
// nbins = 1 << (num_bits − 1 + unsigned) merge groups, bin j of a candidate stop i in group
// floor(j·nbins/i) (np.digitize on np.linspace(0, i, nbins + 1)); each group's total spread evenly over its
// non-empty bins; the reference keeps bins[:i] with the tail sum(bins[i:]) added to its last bin;
// KL = scipy.stats.entropy(p, q) (both normalised, +inf where p > 0 and q = 0); the LAST minimum wins
// (argmin of the reversed list); amax = bin_edges[i]. Deliberate difference: where q is all zero the peer's
// KL is NaN (0/0), which np.argmin would pick; we count it as +inf. Instead of rebuilding p and q per
// candidate we use prefix sums: KL·T = Σ_groups (Σ b·ln b − G·ln(G/n)) + tail terms + T·ln(S_i/T).
import { absEdge, type AbsHistogram } from './absHistogram';

/** First candidate stop bin, as the peer's start_bin. */
export const ENTROPY_START_BIN = 128;
/** Stride of the stops that set the first bound of the search (a speed setting; the pick does not depend on it). */
const SEED_STRIDE = 16;

/**
 * Clipping threshold (real units, ≥ 0) minimising the KL divergence between the |x| histogram clipped at a bin
 * edge and its quantized version, TensorRT-style. `unsigned` (all data ≥ 0 on an affine grid) doubles the merge
 * groups: 2^(bits − 1 + unsigned) of them. Returns edge i (i = 128 … bins, edge bins = max |x|).
 */
export function entropyAmax(h: AbsHistogram, unsigned: boolean, bits: number = 8): number {
  const n = h.counts.length;
  if (h.amax === 0 || n < 2 || n < ENTROPY_START_BIN) return h.amax;
  const groups = 2 ** (bits - 1 + (unsigned ? 1 : 0));
  // Prefix sums over the analysed copy b (b[0] = b[1]): S = Σb, NZ = #non-empty, PL = Σ b·ln b.
  const S = new Float64Array(n + 1);
  const NZ = new Float64Array(n + 1);
  const PL = new Float64Array(n + 1);
  const b = (j: number): number => h.counts[j === 0 ? 1 : j];
  for (let j = 0; j < n; j++) {
    const v = b(j);
    S[j + 1] = S[j] + v;
    NZ[j + 1] = NZ[j] + (v > 0 ? 1 : 0);
    PL[j + 1] = PL[j] + (v > 0 ? v * Math.log(v) : 0);
  }
  const total = S[n];
  // Rounding of a divergence stays far below this (sums of ≤ 2^16 terms of magnitude ≤ |PL| + T·|ln T|, over T).
  const slack = 1e-9 * (1 + Math.abs(PL[n]) / total + Math.abs(Math.log(total)));
  const klAt = (i: number, bound: number): number => divergence(i, groups, S, NZ, PL, total, b(i - 1), bound + slack);
  // A bound first: the least divergence of every SEED_STRIDE-th stop; then stops that surely exceed it are dropped.
  let bound = Infinity;
  for (let i = ENTROPY_START_BIN; i <= n; i += SEED_STRIDE) bound = Math.min(bound, klAt(i, Infinity));
  let best = Infinity;
  let bestStop = n;
  for (let i = ENTROPY_START_BIN; i <= n; i++) {
    const kl = klAt(i, Math.min(best, bound));
    if (kl <= best) {
      best = kl;
      bestStop = i;
    }
  }
  return absEdge(h, bestStop);
}

/**
 * KL(p‖q) for stop bin i from the prefix sums; +inf where p > 0 but q = 0 (or q is all zero). Returns +inf early
 * when the divergence without its within-group part (which is ≥ 0: Jensen on b·ln b) is already above `skipAbove`.
 */
function divergence(
  i: number,
  groups: number,
  S: Float64Array,
  NZ: Float64Array,
  PL: Float64Array,
  total: number,
  last: number,
  skipAbove: number,
): number {
  const kept = S[i];
  const tail = total - kept;
  if (kept === 0 || (tail > 0 && last === 0)) return Infinity;
  let qLast = last; // q of bin i − 1 before normalising (its group's average)
  if (groups < i) {
    const lo = Math.ceil(((groups - 1) * i) / groups); // the last group, [lo, i)
    const nonEmpty = NZ[i] - NZ[lo];
    if (nonEmpty > 0) qLast = (S[i] - S[lo]) / nonEmpty;
  } // else every group holds at most one bin: q = b on the kept bins, no divergence inside groups
  let tailTerm = 0;
  if (tail > 0) {
    const p = last + tail;
    tailTerm = p * Math.log(p) - last * Math.log(last) - tail * Math.log(qLast);
  }
  if (tailTerm / total + Math.log(kept / total) > skipAbove) return Infinity;
  let within = 0; // Σ over groups of Σ b·ln b − G·ln(G/n): the divergence inside each group, times T
  if (groups < i) {
    for (let g = 0; g < groups; g++) {
      const lo = Math.ceil((g * i) / groups);
      const hi = Math.ceil(((g + 1) * i) / groups);
      const nonEmpty = NZ[hi] - NZ[lo];
      if (nonEmpty === 0) continue;
      const G = S[hi] - S[lo];
      within += PL[hi] - PL[lo] - G * Math.log(G / nonEmpty);
    }
  }
  return (within + tailTerm) / total + Math.log(kept / total);
}
