import type { ErrorStats, QuantParams } from '../types';
import { sqnrDb } from '../quant/quantError';
import type { SliceLayout } from './layout';
import { sliceSumsKernel, type SliceSums } from '../kernels/sliceErrorKernel';

/** 1.5 · 2^52: (t + SHIFT) − SHIFT rounds t to the nearest integer, ties to even (for |t| < 2^51). */
const SHIFT = 6755399441055744;

/** Raw float64 error sums of every slice (index c as in the layout) and the statistics of the whole tensor. */
export interface SliceErrors extends Omit<SliceSums, 'levelsTotal'> {
  /** Over the whole tensor: mse over all finite elements, levelsUsed = distinct integer codes in the tensor. */
  total: ErrorStats;
}

/**
 * Fake-quantization error of every slice of x under its own params[c], in one pass with no copies; the element
 * arithmetic is exactly {@link quantErrorSync}'s (code = clamp(rint(fl32(x·fl32(1/scale))) + zp),
 * x̂ = fl32((code − zp)·scale)), so slice c's statistics equal quantErrorSync on that slice gathered alone.
 * The WebAssembly SIMD kernel does the pass where it applies (same codes, levels and counts; float64 sums that
 * differ from the JS loop's only by summation order), else {@link sliceSumsJs}. Totals add the slices in order.
 */
export function sliceErrors(x: Float32Array, layout: SliceLayout, params: readonly QuantParams[]): SliceErrors {
  const { outer, channels, inner } = layout;
  if (params.length !== channels) throw new RangeError(`expected ${channels} quantization parameters, got ${params.length}`);
  for (const p of params) {
    if (p.qmin !== params[0].qmin || p.qmax !== params[0].qmax) throw new RangeError('all slices must share one code range [qmin, qmax]');
  }
  const { levelsTotal, ...s } = sliceSumsKernel(x, outer, channels, inner, params) ?? sliceSumsJs(x, layout, params);
  let totE2 = 0;
  let totX2 = 0;
  let totMax = 0;
  let totClipped = 0;
  let totFinite = 0;
  for (let c = 0; c < channels; c++) {
    totE2 += s.sumE2[c];
    totX2 += s.sumX2[c];
    if (s.maxAbs[c] > totMax) totMax = s.maxAbs[c];
    totClipped += s.clipped[c];
    totFinite += s.finite[c];
  }
  const total: ErrorStats = {
    mse: totFinite > 0 ? totE2 / totFinite : 0,
    sqnrDb: sqnrDb(totX2, totE2),
    maxAbsError: totMax,
    clipped: totClipped,
    levelsUsed: levelsTotal,
  };
  return { ...s, total };
}

/**
 * {@link sliceErrors}'s per-slice sums by a scalar JS loop (short arrays, no WebAssembly SIMD). Slices are visited
 * channel by channel (strided runs of `inner` elements), which lets one stamp array count levels.
 */
export function sliceSumsJs(x: Float32Array, layout: SliceLayout, params: readonly QuantParams[]): SliceSums {
  const { outer, channels, inner } = layout;
  const sumE2 = new Float64Array(channels);
  const sumX2 = new Float64Array(channels);
  const maxAbs = new Float64Array(channels);
  const clipped = new Uint32Array(channels);
  const finite = new Uint32Array(channels);
  const levelsUsed = new Uint32Array(channels);
  const qmin = channels > 0 ? params[0].qmin : 0;
  const qmax = channels > 0 ? params[0].qmax : 0;
  const stamp = new Int32Array(qmax - qmin + 1).fill(-1); // stamp[code − qmin] = last slice that used the code
  const stride = channels * inner;
  for (let c = 0; c < channels; c++) {
    const p = params[c];
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
  }
  let levelsTotal = 0;
  for (let k = 0; k < stamp.length; k++) if (stamp[k] >= 0) levelsTotal++;
  return { sumE2, sumX2, maxAbs, clipped, finite, levelsUsed, levelsTotal };
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
