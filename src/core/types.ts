/** Shared value types of the quantization core (PyTorch convention: scale is the step size). */

/** Affine (asymmetric, zero point anywhere) or symmetric (range ±amax). */
export type Mode = 'affine' | 'symmetric';

/** How a tensor is mapped to integers: bit width 2–16, mode, signedness, narrow range ([−127, 127] for int8). */
export interface QuantSpec {
  bits: number;
  mode: Mode;
  signed: boolean;
  narrowRange: boolean;
}

/** Step size `scale` (real units per code), integer `zeroPoint`, and the code range [qmin, qmax]. */
export interface QuantParams {
  scale: number;
  zeroPoint: number;
  qmin: number;
  qmax: number;
}

/**
 * Quantization parameters of many slices packed in typed arrays (no object per slice): slice c uses scale[c]
 * (float64 holding the scale as given) and zeroPoint[c]; every slice shares the code range [qmin, qmax].
 */
export interface SliceParams {
  scale: Float64Array;
  zeroPoint: Int32Array;
  qmin: number;
  qmax: number;
}

/** Error of fake-quantizing a tensor, over its finite elements; sums in float64. */
export interface ErrorStats {
  /** Mean of (x̂ − x)², real units squared. */
  mse: number;
  /** 10·log10(Σx² / Σe²) in dB; +Infinity when the error is zero. */
  sqnrDb: number;
  /** Largest |x̂ − x|, real units. */
  maxAbsError: number;
  /** Elements whose unclamped code falls outside [qmin, qmax]. */
  clipped: number;
  /** Distinct codes after clamping. */
  levelsUsed: number;
}

/** A calibrator: how to choose the clipping range from data. */
export type CalibMethod =
  { kind: 'max' } | { kind: 'percentile'; percentile: number } | { kind: 'entropy' } | { kind: 'mse' } | { kind: 'histogram-observer' };

/** A closed real interval [min, max]. */
export interface Range {
  min: number;
  max: number;
}

/** A fixed-width histogram: counts[i] covers [lo + i·w, lo + (i+1)·w), w = (hi − lo)/bins; the last bin includes hi. */
export interface Histogram {
  lo: number;
  hi: number;
  counts: Float64Array;
  /** Finite values below lo / above hi, not in any bin. */
  below: number;
  above: number;
}
