/** Reorders column-major (Fortran) data to row-major (C) order. */

/** Returns a C-order copy of `src`, whose elements are stored first-index-fastest for `shape`. */
export function fortranToC(src: Float32Array, shape: readonly number[]): Float32Array {
  const nd = shape.length;
  if (nd < 2) return src;
  // Walk C order (last index fastest) keeping the matching Fortran offset.
  const fStride: number[] = [];
  let s = 1;
  for (let k = 0; k < nd; k++) {
    fStride.push(s);
    s *= shape[k];
  }
  const out = new Float32Array(src.length);
  const idx = new Array<number>(nd).fill(0);
  let f = 0;
  for (let c = 0; c < out.length; c++) {
    out[c] = src[f];
    for (let k = nd - 1; k >= 0; k--) {
      idx[k]++;
      f += fStride[k];
      if (idx[k] < shape[k]) break;
      f -= fStride[k] * shape[k];
      idx[k] = 0;
    }
  }
  return out;
}
