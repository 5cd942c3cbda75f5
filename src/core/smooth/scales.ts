/** Largest finite |X[i, j]| of each column j of a row-major rows×cols matrix, float64 (0 for an all-zero/non-finite column). */
export function columnAbsMax(X: Float32Array, rows: number, cols: number): Float64Array {
  const m = new Float64Array(cols);
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      const a = Math.abs(X[base + j]);
      if (a > m[j] && a !== Infinity) m[j] = a;
    }
  }
  return m;
}

/** Largest finite |W[i, k]| of each row i of a row-major rows×cols matrix, float64 (0 for an all-zero/non-finite row). */
export function rowAbsMax(W: Float32Array, rows: number, cols: number): Float64Array {
  const m = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let best = 0;
    for (let k = i * cols, end = k + cols; k < end; k++) {
      const a = Math.abs(W[k]);
      if (a > best && a !== Infinity) best = a;
    }
    m[i] = best;
  }
  return m;
}

/** Throws unless alpha (the migration strength) is a number in [0, 1]. */
export function assertAlpha(alpha: number): void {
  if (!(alpha >= 0 && alpha <= 1)) throw new RangeError(`alpha must be in [0, 1], got ${alpha}`);
}

/**
 * SmoothQuant's per-channel scales s_j = fl32(max|X_j|^α / max|W_j|^(1−α)), evaluated in float64.
 * Guard: s_j = 1 where either max is 0 (the channel adds nothing to X·W, so any scale is exact) or where the
 * quotient is not a positive finite float32 (overflow/underflow), so X/s and s·W never produce Inf or NaN.
 */
export function smoothScales(xAbsMax: Float64Array, wAbsMax: Float64Array, alpha: number): Float32Array {
  assertAlpha(alpha);
  if (xAbsMax.length !== wAbsMax.length) throw new RangeError(`${xAbsMax.length} X channel maxima but ${wAbsMax.length} W row maxima`);
  const s = new Float32Array(xAbsMax.length);
  for (let j = 0; j < s.length; j++) {
    const xm = xAbsMax[j];
    const wm = wAbsMax[j];
    const v = xm > 0 && wm > 0 ? Math.fround(xm ** alpha / wm ** (1 - alpha)) : 1;
    s[j] = v > 0 && v < Infinity ? v : 1;
  }
  return s;
}
