import type { Histogram } from '../types';
import { f32AtLeast, f32AtMost } from './float32';
import { HIST, MAX_HIST_BINS, feed, histStride, kernelFor } from './kernel';

/**
 * accumulateHistogram by the SIMD kernel: adds x's finite values to h and returns true, or returns false
 * (h untouched) when the kernel does not apply (no SIMD, a short array outside kernel memory, > MAX_HIST_BINS bins).
 */
export function accumulateHistogramKernel(h: Histogram, x: Float32Array): boolean {
  const k = kernelFor(x);
  const bins = h.counts.length;
  const perUnit = bins / (h.hi - h.lo); // as the JS loop computes it
  if (!k || bins > MAX_HIST_BINS || !Number.isFinite(perUnit)) return false;
  const stride = histStride(bins);
  k.views().u32.fill(0, HIST / 4, (HIST + 4 * stride) / 4);
  const loF = f32AtLeast(h.lo);
  const hiF = f32AtMost(h.hi);
  feed(k, x, (ptr, n) => k.exports.histogram(ptr, n, HIST, stride, bins, loF, hiF, h.lo, perUnit));
  const u32 = k.views().u32;
  const [t0, t1, t2, t3] = [0, 1, 2, 3].map((j) => (HIST + j * stride) / 4);
  const total = (slot: number) => u32[t0 + slot] + u32[t1 + slot] + u32[t2 + slot] + u32[t3 + slot];
  for (let b = 0; b < bins; b++) h.counts[b] += total(b);
  h.below += total(bins);
  h.above += total(bins + 1);
  return true;
}
