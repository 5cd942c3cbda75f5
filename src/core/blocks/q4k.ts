/**
 * Q4_K as ggml's reference quantizer makes it (quantize_row_q4_K_ref with make_qkx2_quants, ggml-quants.c): per
 * 256-value super-block, eight 32-value sub-blocks each fit a scale and a min by a weighted least-squares search over
 * 21 candidate grids; the scales and mins are then quantized to 6 bits against f16 d and dmin. Every operation is
 * float32, as in the C code.
 */
import { f, nearestInt, toF16 } from './scalar';

const NMAX = 15;
const RMIN = -1;
const RDELTA = 0.1;
const NSTEP = 20;

/** Scratch for one sub-block. */
const laux = new Uint8Array(32);

/** make_qkx2_quants(32, 15, x, w, L, …, −1, 0.1, 20, false): writes codes into L, returns [scale, −min]. */
function fitSubBlock(x: Float32Array, o: number, w: Float32Array, L: Uint8Array, lo: number): [number, number] {
  let min = x[o];
  let max = x[o];
  let sumW = w[0];
  let sumX = f(sumW * x[o]);
  for (let i = 1; i < 32; i++) {
    const v = x[o + i];
    if (v < min) min = v;
    if (v > max) max = v;
    sumW = f(sumW + w[i]);
    sumX = f(sumX + f(w[i] * v));
  }
  if (min > 0) min = 0;
  if (max === min) {
    L.fill(0, lo, lo + 32);
    return [0, -min];
  }
  let iscale = f(NMAX / f(max - min));
  let scale = f(1 / iscale);
  let bestError = 0;
  for (let i = 0; i < 32; i++) {
    const l = Math.max(0, Math.min(NMAX, nearestInt(f(iscale * f(x[o + i] - min)))));
    L[lo + i] = l;
    const diff = f(f(f(scale * l) + min) - x[o + i]);
    bestError = f(bestError + f(w[i] * f(diff * diff)));
  }
  for (let is = 0; is <= NSTEP; is++) {
    // min moves to the best fit found so far, as in the C code
    iscale = f(f(f(RMIN + f(RDELTA * is)) + NMAX) / f(max - min));
    let sumL = 0;
    let sumL2 = 0;
    let sumXL = 0;
    for (let i = 0; i < 32; i++) {
      const l = Math.max(0, Math.min(NMAX, nearestInt(f(iscale * f(x[o + i] - min)))));
      laux[i] = l;
      const wl = f(w[i] * l);
      sumL = f(sumL + wl);
      sumL2 = f(sumL2 + f(wl * l));
      sumXL = f(sumXL + f(wl * x[o + i]));
    }
    const D = f(f(sumW * sumL2) - f(sumL * sumL));
    if (D > 0) {
      let thisScale = f(f(f(sumW * sumXL) - f(sumX * sumL)) / D);
      let thisMin = f(f(f(sumL2 * sumX) - f(sumL * sumXL)) / D);
      if (thisMin > 0) {
        thisMin = 0;
        thisScale = f(sumXL / sumL2);
      }
      let err = 0;
      for (let i = 0; i < 32; i++) {
        const diff = f(f(f(thisScale * laux[i]) + thisMin) - x[o + i]);
        err = f(err + f(w[i] * f(diff * diff)));
      }
      if (err < bestError) {
        L.set(laux, lo);
        bestError = err;
        scale = thisScale;
        min = thisMin;
      }
    }
  }
  return [scale, -min];
}

/** The stored parts of one Q4_K super-block: f16 d and dmin, 6-bit scales and mins, 4-bit codes. */
export interface Q4KBlock {
  d: number;
  dmin: number;
  sc: Uint8Array;
  m: Uint8Array;
  L: Uint8Array;
}

/** Quantizes 256 values at x[o…] into one Q4_K super-block. */
export function q4KQuantize(x: Float32Array, o: number): Q4KBlock {
  const L = new Uint8Array(256);
  const w = new Float32Array(32);
  const scales = new Float32Array(8);
  const mins = new Float32Array(8);
  let maxScale = 0;
  let maxMin = 0;
  for (let j = 0; j < 8; j++) {
    let sumX2 = 0;
    for (let l = 0; l < 32; l++) sumX2 = f(sumX2 + f(x[o + 32 * j + l] * x[o + 32 * j + l]));
    const avX = f(Math.sqrt(f(sumX2 / 32)));
    for (let l = 0; l < 32; l++) w[l] = avX + Math.abs(x[o + 32 * j + l]);
    [scales[j], mins[j]] = fitSubBlock(x, o + 32 * j, w, L, 32 * j);
    if (scales[j] > maxScale) maxScale = scales[j];
    if (mins[j] > maxMin) maxMin = mins[j];
  }
  const invScale = maxScale > 0 ? f(63 / maxScale) : 0;
  const invMin = maxMin > 0 ? f(63 / maxMin) : 0;
  const sc = new Uint8Array(8);
  const m = new Uint8Array(8);
  for (let j = 0; j < 8; j++) {
    sc[j] = Math.min(63, nearestInt(f(invScale * scales[j])) & 0xff);
    m[j] = Math.min(63, nearestInt(f(invMin * mins[j])) & 0xff);
  }
  const d = toF16(f(maxScale / 63));
  const dmin = toF16(f(maxMin / 63));
  for (let j = 0; j < 8; j++) {
    const dj = f(d * sc[j]);
    if (dj === 0) continue;
    const dm = f(dmin * m[j]);
    for (let i = 0; i < 32; i++) L[32 * j + i] = Math.max(0, Math.min(15, nearestInt(f(f(x[o + 32 * j + i] + dm) / dj))));
  }
  return { d, dmin, sc, m, L };
}

/** Dequantizes a Q4_K block into y[o…o+256): y = f16(d)·sc·q − f16(dmin)·m (float32, as ggml). */
export function q4KDequantize(b: Q4KBlock, y: Float32Array, o: number): void {
  for (let j = 0; j < 8; j++) {
    const dj = f(b.d * b.sc[j]);
    const mj = f(b.dmin * b.m[j]);
    for (let i = 0; i < 32; i++) y[o + 32 * j + i] = dj * b.L[32 * j + i] - mj;
  }
}
