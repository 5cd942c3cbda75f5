import type { QuantParams } from '../types';
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
 * Every slice's sums under its own params[c] (all sharing params[0]'s [qmin, qmax]) by the SIMD kernel, or null
 * where it does not apply (no SIMD, a short array outside kernel memory, parameters it is not exact for). A tensor
 * resident in kernel memory is read in place, strided; any other is copied through SCRATCH.
 */
export function sliceSumsKernel(
  x: Float32Array,
  outer: number,
  slices: number,
  inner: number,
  params: readonly QuantParams[],
): SliceSums | null {
  const k = kernelFor(x);
  if (!k || slices === 0) return null;
  const packed = packParams(params);
  if (!packed) return null;
  const codes = params[0].qmax - params[0].qmin + 1;
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
    f32.set(packed.subarray(4 * c0, 4 * (c0 + n)), SLICE_PARAMS / 4);
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
  for (let i = STAMP / 4; i < STAMP / 4 + codes; i++) if (u32[i] !== 0xffffffff) s.levelsTotal++;
  return s;
}

/** The kernel's parameter records (inv, scale, lo, hi per slice), or null when one slice's params do not suit it. */
function packParams(params: readonly QuantParams[]): Float32Array | null {
  const packed = new Float32Array(4 * params.length);
  let args: ReturnType<typeof kernelArgs> = null;
  for (let c = 0; c < params.length; c++) {
    if (c === 0 || params[c] !== params[c - 1]) args = kernelArgs(params[c]); // a per-tensor row repeats one object
    if (!args) return null;
    packed[4 * c] = args.inv;
    packed[4 * c + 1] = params[c].scale;
    packed[4 * c + 2] = args.lo;
    packed[4 * c + 3] = args.hi;
  }
  return packed;
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
