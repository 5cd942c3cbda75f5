import type { Histogram } from '../types';
import { HIST, MAX_HIST_BINS, feed, histStride, kernelFor } from './kernel';

const f32 = new Float32Array(1);
const i32 = new Int32Array(f32.buffer);

/** The smallest float32 ≥ v (v a finite number), so that x ≥ v ⇔ x ≥ f32AtLeast(v) for every float32 x. */
export function f32AtLeast(v: number): number {
  f32[0] = v;
  if (f32[0] >= v) return f32[0];
  i32[0] += f32[0] >= 0 ? 1 : -1; // one float32 step up (sign-magnitude bits)
  return f32[0];
}

/** The largest float32 ≤ v (v a finite number). */
export function f32AtMost(v: number): number {
  return -f32AtLeast(-v);
}

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
