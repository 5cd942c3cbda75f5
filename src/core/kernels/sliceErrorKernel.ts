import type { SliceParams } from '../types';
import { CHUNK, DUMMY, SCRATCH, SLICE_BLOCK, SLICE_OUT, SLICE_PARAMS, STAMP, isResident, kernelFor, type Kernel } from './kernel';
import { kernelArgs } from './quantErrorKernel';

/** Raw error sums of every slice c of a row-major tensor seen as [outer, slices, inner] (float64 sums, real units). */
export interface SliceSums {
  /** Σ(x̂ − x)² per slice. */
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
  /** Distinct codes over all slices together. */
  levelsTotal: number;
}

/**
 * Every slice's sums under its own parameters (slice c: params.scale[c], params.zeroPoint[c]) by the SIMD kernel,
 * or null where it does not apply (no SIMD, a short array outside kernel memory, parameters it is not exact for).
 * A tensor resident in kernel memory is read in place, strided; any other is copied through SCRATCH. The kernel's
 * parameter records are written a block of slices at a time, straight from the typed arrays. When given,
 * seen[code − qmin] is set to 1 for every code used (to count distinct codes over several calls).
 */
export function sliceSumsKernel(
  x: Float32Array,
  outer: number,
  slices: number,
  inner: number,
  params: SliceParams,
  seen?: Uint8Array,
): SliceSums | null {
  const k = kernelFor(x);
  if (!k || slices === 0 || !kernelExact(params, slices)) return null;
  const codes = params.qmax - params.qmin + 1;
  const s: SliceSums = {
    sumE2: new Float64Array(slices),
    sumX2: new Float64Array(slices),
    maxAbs: new Float64Array(slices),
    clipped: new Uint32Array(slices),
    finite: new Uint32Array(slices),
    levelsUsed: new Uint32Array(slices),
    levelsTotal: 0,
  };
  const { u8, u32, f32, f64 } = k.views(); // no call below grows the memory
  u32.fill(0xffffffff, STAMP / 4, STAMP / 4 + codes); // stamp −1: no slice has used the code yet
  const resident = isResident(k, x);
  const perSlice = outer * inner;
  const block = resident ? SLICE_BLOCK : Math.max(1, Math.min(SLICE_BLOCK, Math.floor(CHUNK / Math.max(1, perSlice))));
  const run = (ptr: number, rows: number, n: number, len: number, stride: number, c0: number) =>
    k.exports.sliceError(ptr, rows, n, len, stride, c0, SLICE_PARAMS, SLICE_OUT, STAMP, DUMMY);
  for (let c0 = 0; c0 < slices; c0 += block) {
    const n = Math.min(block, slices - c0);
    writeRecords(f32, params, c0, n);
    u8.fill(0, SLICE_OUT, SLICE_OUT + 40 * n);
    if (resident) run(x.byteOffset + 4 * c0 * inner, outer, n, inner, 4 * slices * inner, c0);
    else if (n * perSlice <= CHUNK) {
      for (let o = 0; o < outer; o++) {
        const from = (o * slices + c0) * inner;
        f32.set(x.subarray(from, from + n * inner), SCRATCH / 4 + o * n * inner);
      }
      run(SCRATCH, outer, n, inner, 4 * n * inner, c0);
    } else feedSlice(k, x, c0, slices, outer, inner, (len) => run(SCRATCH, 1, 1, len, 0, c0));
    for (let j = 0; j < n; j++) {
      const rec = SLICE_OUT + 40 * j;
      const c = c0 + j;
      s.sumE2[c] = f64[rec / 8];
      s.sumX2[c] = f64[rec / 8 + 1];
      s.maxAbs[c] = f64[rec / 8 + 2];
      s.clipped[c] = u32[rec / 4 + 6];
      s.finite[c] = u32[rec / 4 + 7];
      s.levelsUsed[c] = u32[rec / 4 + 8];
    }
  }
  for (let i = 0; i < codes; i++) {
    if (u32[STAMP / 4 + i] === 0xffffffff) continue;
    s.levelsTotal++;
    if (seen) seen[i] = 1;
  }
  return s;
}

/** Whether the kernel is exact for all `slices` parameter sets (see {@link kernelArgs}); no object per slice. */
function kernelExact(p: SliceParams, slices: number): boolean {
  if (p.scale.length !== slices || p.zeroPoint.length !== slices) return false;
  let lo = 0;
  let hi = 0;
  for (let c = 0; c < slices; c++) {
    const s = p.scale[c];
    if (Math.fround(s) !== s || !Number.isFinite(Math.fround(1 / s))) return false;
    const z = p.zeroPoint[c];
    if (z < lo) lo = z;
    if (z > hi) hi = z;
  }
  // the extreme zero points give the extreme code bounds qmin − zp, qmax − zp
  return (
    kernelArgs({ scale: 1, zeroPoint: lo, qmin: p.qmin, qmax: p.qmax }) !== null &&
    kernelArgs({ scale: 1, zeroPoint: hi, qmin: p.qmin, qmax: p.qmax }) !== null
  );
}

/** Writes the kernel's records (f32 inv, scale, lo, hi) of slices [c0, c0 + n) at SLICE_PARAMS. */
function writeRecords(f32: Float32Array, p: SliceParams, c0: number, n: number): void {
  let r = SLICE_PARAMS / 4;
  for (let c = c0; c < c0 + n; c++, r += 4) {
    const s = p.scale[c];
    f32[r] = 1 / s; // stored as fl32(1/scale)
    f32[r + 1] = s;
    f32[r + 2] = p.qmin - p.zeroPoint[c];
    f32[r + 3] = p.qmax - p.zeroPoint[c];
  }
}

/** Copies slice c's values (all runs, in order) into SCRATCH a chunk at a time and calls run(len) on each chunk. */
function feedSlice(k: Kernel, x: Float32Array, c: number, slices: number, outer: number, inner: number, run: (len: number) => void): void {
  const f32 = k.views().f32;
  let fill = 0;
  for (let o = 0; o < outer; o++) {
    const end = (o * slices + c + 1) * inner;
    for (let i = end - inner; i < end;) {
      const len = Math.min(end - i, CHUNK - fill);
      f32.set(x.subarray(i, i + len), SCRATCH / 4 + fill);
      fill += len;
      i += len;
      if (fill === CHUNK) {
        run(fill);
        fill = 0;
      }
    }
  }
  if (fill > 0) run(fill);
}
