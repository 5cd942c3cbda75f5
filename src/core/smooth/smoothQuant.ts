import { columnAbsMax, rowAbsMax, smoothScales } from './scales';
import { matMulDims, type MatShape } from './shapes';

/** SmoothQuant's result: per-channel scales s (length channels), X' = X·diag(s)⁻¹ (tokens×channels), W' = diag(s)·W (channels×out). */
export interface Smoothed {
  scales: Float32Array;
  X: Float32Array;
  W: Float32Array;
}

/**
 * SmoothQuant (Xiao et al. 2023), synchronous: s_j = max|X_j|^α / max|W_j|^(1−α) per input channel j (column j of
 * X, row j of W; guard in {@link smoothScales}), then X'_ij = fl32(X_ij / s_j) and W'_jk = fl32(s_j·W_jk), so
 * X'·W' = X·W up to float32 rounding. α = 0 leaves X's outliers alone (W rows scaled to max 1), α = 1 moves them
 * all into W (X columns scaled to max 1). Row-major; NaN/±Inf are ignored by the maxima and carried through.
 */
export function smoothQuantSync(X: Float32Array, xShape: MatShape, W: Float32Array, wShape: MatShape, alpha: number): Smoothed {
  const { tokens, channels, out } = matMulDims(X, xShape, W, wShape);
  const scales = smoothScales(columnAbsMax(X, tokens, channels), rowAbsMax(W, channels, out), alpha);
  const xs = new Float32Array(X.length);
  for (let i = 0; i < tokens; i++) {
    const base = i * channels;
    for (let j = 0; j < channels; j++) xs[base + j] = X[base + j] / scales[j];
  }
  const ws = new Float32Array(W.length);
  for (let j = 0; j < channels; j++) {
    const s = scales[j];
    for (let k = j * out, end = k + out; k < end; k++) ws[k] = s * W[k];
  }
  return { scales, X: xs, W: ws };
}

/** Public, Promise-returning form of {@link smoothQuantSync} (DESIGN §3): X tokens×channels, W channels×out. */
export async function smoothQuant(
  X: Float32Array,
  xShape: [number, number],
  W: Float32Array,
  wShape: [number, number],
  alpha: number,
): Promise<Smoothed> {
  return smoothQuantSync(X, xShape, W, wShape, alpha);
}
