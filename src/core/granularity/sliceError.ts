import type { ErrorStats, QuantParams } from '../types';
import { sqnrDb } from '../quant/quantError';
import type { SliceLayout } from './layout';

/** 1.5 · 2^52: (t + SHIFT) − SHIFT rounds t to the nearest integer, ties to even (for |t| < 2^51). */
const SHIFT = 6755399441055744;

/** Raw float64 error sums of every slice (index c as in the layout) and the statistics of the whole tensor. */
export interface SliceErrors {
  /** Σ(x̂ − x)² per slice, real units squared. */
  sumE2: Float64Array;
  /** Σx² per slice. */
  sumX2: Float64Array;
  /** Largest |x̂ − x| per slice. */
  maxAbs: Float64Array;
  /** Elements whose unclamped code falls outside [qmin, qmax], per slice. */
  clipped: Uint32Array;
  /** Finite elements per slice (NaN/±Inf skipped). */
  finite: Uint32Array;
  /** Distinct codes per slice. */
  levelsUsed: Uint32Array;
  /** Over the whole tensor: mse over all finite elements, levelsUsed = distinct integer codes in the tensor. */
  total: ErrorStats;
}

/**
 * Fake-quantization error of every slice of x under its own params[c], in one pass with no copies; the element
 * arithmetic is exactly {@link quantErrorSync}'s (code = clamp(rint(fl32(x·fl32(1/scale))) + zp),
 * x̂ = fl32((code − zp)·scale)), so slice c's statistics equal quantErrorSync on that slice gathered alone.
 * Slices are visited channel by channel (strided runs of `inner` elements), which lets one stamp array count levels.
 */
export function sliceErrors(x: Float32Array, layout: SliceLayout, params: readonly QuantParams[]): SliceErrors {
  const { outer, channels, inner } = layout;
  if (params.length !== channels) throw new RangeError(`expected ${channels} quantization parameters, got ${params.length}`);
  const sumE2 = new Float64Array(channels);
  const sumX2 = new Float64Array(channels);
  const maxAbs = new Float64Array(channels);
  const clipped = new Uint32Array(channels);
  const finite = new Uint32Array(channels);
  const levelsUsed = new Uint32Array(channels);
  const qmin = channels > 0 ? params[0].qmin : 0;
  const qmax = channels > 0 ? params[0].qmax : 0;
  const stamp = new Int32Array(qmax - qmin + 1).fill(-1); // stamp[code − qmin] = last slice that used the code
  const union = new Uint8Array(qmax - qmin + 1);
  const stride = channels * inner;
  let totE2 = 0;
  let totX2 = 0;
  let totMax = 0;
  let totClipped = 0;
  let totFinite = 0;
  for (let c = 0; c < channels; c++) {
    const p = params[c];
    if (p.qmin !== qmin || p.qmax !== qmax) throw new RangeError('all slices must share one code range [qmin, qmax]');
    const scale = p.scale;
    const inv = Math.fround(1 / scale);
    const lo = qmin - p.zeroPoint; // lowest code relative to the zero point; code index = r − lo
    const hi = qmax - p.zeroPoint;
    let e2 = 0;
    let x2 = 0;
    let mx = 0;
    let clip = 0;
    let n = 0;
    let levels = 0;
    for (let o = 0; o < outer; o++) {
      const start = o * stride + c * inner;
      const end = start + inner;
      for (let i = start; i < end; i++) {
        const v = x[i];
        if (v - v !== 0) continue; // NaN or ±Inf
        n++;
        let r = Math.fround(v * inv) + SHIFT - SHIFT;
        if (r < lo) {
          r = lo;
          clip++;
        } else if (r > hi) {
          r = hi;
          clip++;
        }
        const k = r - lo;
        if (stamp[k] !== c) {
          stamp[k] = c;
          union[k] = 1;
          levels++;
        }
        const e = Math.fround(r * scale) - v;
        e2 += e * e;
        x2 += v * v;
        const a = Math.abs(e);
        if (a > mx) mx = a;
      }
    }
    sumE2[c] = e2;
    sumX2[c] = x2;
    maxAbs[c] = mx;
    clipped[c] = clip;
    finite[c] = n;
    levelsUsed[c] = levels;
    totE2 += e2;
    totX2 += x2;
    if (mx > totMax) totMax = mx;
    totClipped += clip;
    totFinite += n;
  }
  let totLevels = 0;
  for (let k = 0; k < union.length; k++) totLevels += union[k];
  const total: ErrorStats = {
    mse: totFinite > 0 ? totE2 / totFinite : 0,
    sqnrDb: sqnrDb(totX2, totE2),
    maxAbsError: totMax,
    clipped: totClipped,
    levelsUsed: totLevels,
  };
  return { sumE2, sumX2, maxAbs, clipped, finite, levelsUsed, total };
}

/** ErrorStats of slice c from the raw sums (same definitions as quantErrorSync). */
export function sliceStats(s: SliceErrors, c: number): ErrorStats {
  const n = s.finite[c];
  return {
    mse: n > 0 ? s.sumE2[c] / n : 0,
    sqnrDb: sqnrDb(s.sumX2[c], s.sumE2[c]),
    maxAbsError: s.maxAbs[c],
    clipped: s.clipped[c],
    levelsUsed: s.levelsUsed[c],
  };
}
