/**
 * The WebAssembly SIMD kernels (quant.wat) and the one WebAssembly.Memory they work in, instantiated
 * synchronously on first use. Memory layout, in bytes from 0 (all owned here; the kernels get addresses):
 *   ACC      accumulators of the running kernel (256 B)
 *   DUMMY    the byte that non-finite lanes mark instead of a code
 *   COUNTS   four u32 tables of one count per quantization code (≤ 2^16 codes), one per SIMD lane
 *   HIST     four u32 count tables of ≤ MAX_HIST_BINS + 3 slots each
 *   SCRATCH  CHUNK float32 values: where arrays that live elsewhere are copied, one chunk at a time
 *   SLICE_PARAMS, SLICE_OUT  the per-slice kernel's parameters (16 B) and records (40 B) of SLICE_BLOCK slices
 *   STAMP    the per-slice kernel's stamp table, one i32 per quantization code (≤ 2^16 codes)
 *   STAGE    STAGE_VALUES float32 values: the piece of forEachStaged, which every kernel reads in place
 *   TENSOR   the tensor slot of allocTensor, to the end of memory (grown on demand)
 */
import { QUANT_WASM_BASE64 } from './quantWasm.generated';

/** The kernels' exports; argument conventions are documented in quant.wat. */
interface KernelExports {
  quantError(
    ptr: number,
    n: number,
    acc: number,
    counts: number,
    stride: number,
    dummy: number,
    inv: number,
    scale: number,
    lo: number,
    hi: number,
  ): void;
  histogram(ptr: number, n: number, tables: number, stride: number, bins: number, loF: number, hiF: number, lo: number, k: number): void;
  stats(ptr: number, n: number, acc: number): void;
  sliceError(
    ptr: number,
    outer: number,
    slices: number,
    inner: number,
    rowStride: number,
    first: number,
    params: number,
    out: number,
    stamp: number,
    dummy: number,
  ): void;
  // the overview's fused kernels
  moments(ptr: number, n: number, acc: number, shift: number): void;
  rangeCounts(ptr: number, n: number, acc: number, tiny: number, huge: number): void;
  heldFigures(ptr: number, n: number, acc: number, scale: number, lim: number, hi: number, lo: number, abs: number): void;
  segmentErrors(ptr: number, segments: number, length: number, groups: number, channels: number, acc: number, amax: number): void;
}

/** Typed views of the whole kernel memory (rebuilt whenever the memory grows). */
export interface KernelViews {
  u8: Uint8Array;
  u32: Uint32Array;
  f32: Float32Array;
  f64: Float64Array;
}

/** An instantiated kernel module and its memory. */
export interface Kernel {
  exports: KernelExports;
  memory: WebAssembly.Memory;
  /** Views of the current memory buffer. */
  views(): KernelViews;
}

const PAGE = 65536;
export const ACC = 0;
export const DUMMY = 256;
export const COUNTS = 1024;
/** Most codes a COUNTS table holds (16-bit quantization). */
export const MAX_CODES = 1 << 16;
/** Bytes between the four COUNTS tables. */
export const COUNTS_STRIDE = 4 * MAX_CODES;
export const HIST = COUNTS + 4 * COUNTS_STRIDE;
/** Most bins a wasm histogram takes; wider ones use the JS loop. */
export const MAX_HIST_BINS = 1 << 16;
/** Bytes between the four histogram tables for `bins` bins (3 extra slots: below, above, non-finite). */
export function histStride(bins: number): number {
  return Math.ceil(((bins + 3) * 4) / 64) * 64;
}
/** Values copied into kernel memory per kernel call, for arrays that live outside it (a multiple of 8). */
export const CHUNK = 1 << 15;
export const SCRATCH = HIST + 4 * histStride(MAX_HIST_BINS);
/** Slices whose parameters and records the per-slice kernel takes per call. */
export const SLICE_BLOCK = 4096;
export const SLICE_PARAMS = SCRATCH + 4 * CHUNK;
export const SLICE_OUT = SLICE_PARAMS + 16 * SLICE_BLOCK;
export const STAMP = SLICE_OUT + 40 * SLICE_BLOCK;
const STAGE = STAMP + 4 * MAX_CODES;
/** Values of one forEachStaged piece (512 KiB: several kernels read it in turn while it stays in cache). */
const STAGE_VALUES = 1 << 17;
const TENSOR = Math.ceil((STAGE + 4 * STAGE_VALUES) / PAGE) * PAGE;
/** Values of a resident array per kernel call (a multiple of 8; short calls let V8 tier the kernel up early). */
const RESIDENT_CHUNK = 1 << 18;

let kernel: Kernel | null | undefined;

/** The kernels, or null where WebAssembly SIMD128 is unavailable (then every caller uses its JS loop). */
export function getKernel(): Kernel | null {
  if (kernel === undefined) kernel = instantiate();
  return kernel;
}

function instantiate(): Kernel | null {
  if (typeof WebAssembly !== 'object') return null;
  const bytes = base64Bytes(QUANT_WASM_BASE64);
  if (!WebAssembly.validate(bytes)) return null; // the module uses SIMD128 throughout: this is the feature test
  try {
    const memory = new WebAssembly.Memory({ initial: TENSOR / PAGE });
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } });
    let cached: { buffer: ArrayBuffer; views: KernelViews } | null = null;
    const views = (): KernelViews => {
      const buffer = memory.buffer;
      if (cached?.buffer !== buffer) {
        cached = {
          buffer,
          views: { u8: new Uint8Array(buffer), u32: new Uint32Array(buffer), f32: new Float32Array(buffer), f64: new Float64Array(buffer) },
        };
      }
      return cached.views;
    };
    return { exports: instance.exports as unknown as KernelExports, memory, views };
  } catch {
    return null; // e.g. a content security policy without 'wasm-unsafe-eval'
  }
}

function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const s = atob(base64);
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes;
}

/**
 * A Float32Array of n values that lives in the kernels' memory, so the kernels read it in place (no copy):
 * for the Worker's one copy of the loaded tensor. There is ONE slot, and its contents are not cleared: each
 * call returns a view of the same bytes (fill it before use), and growing the memory detaches every earlier
 * view (its length becomes 0), so hold only the latest. Without WebAssembly SIMD, or when the memory cannot
 * grow (wasm32 stops at 4 GiB), this is an ordinary `new Float32Array(n)`.
 */
export function allocTensor(n: number): Float32Array {
  const k = getKernel();
  if (!k) return new Float32Array(n);
  const needed = TENSOR + 4 * n;
  const have = k.memory.buffer.byteLength;
  if (needed > have) {
    try {
      k.memory.grow(Math.ceil((needed - have) / PAGE));
    } catch {
      return new Float32Array(n);
    }
  }
  return new Float32Array(k.memory.buffer, TENSOR, n);
}

/**
 * Arrays shorter than this (and not resident in kernel memory) stay on the JS loops. Measured crossover in
 * Node 20: the histogram's table setup pays from ~8k values; error and statistics from a few thousand.
 */
const MIN_KERNEL_LENGTH = 1 << 14;

/** Whether x is a view of the kernels' tensor slot or staging area (then the kernels read it where it is). */
export function isResident(k: Kernel, x: Float32Array): boolean {
  return x.buffer === k.memory.buffer && x.byteOffset >= STAGE;
}

/**
 * Calls fn with x cut into consecutive pieces of at most STAGE_VALUES values, each copied into the staging area of
 * kernel memory, where every kernel reads it in place: one copy of x serves all the kernels fn runs, from cache. A
 * piece is valid only during its call (the next one overwrites it). Without WebAssembly SIMD, fn gets subarrays of x.
 */
export function forEachStaged(x: Float32Array, fn: (piece: Float32Array) => void): void {
  const k = getKernel();
  for (let i = 0; i < x.length; i += STAGE_VALUES) {
    const part = x.subarray(i, Math.min(x.length, i + STAGE_VALUES));
    if (!k) {
      fn(part);
      continue;
    }
    const piece = new Float32Array(k.memory.buffer, STAGE, part.length);
    piece.set(part);
    fn(piece);
  }
}

/** The kernels if they should handle x: always when x is resident, else when x has MIN_KERNEL_LENGTH values or more. */
export function kernelFor(x: Float32Array): Kernel | null {
  const k = getKernel();
  return k && (x.length >= MIN_KERNEL_LENGTH || isResident(k, x)) ? k : null;
}

/**
 * Calls run(ptr, n) over all of x in kernel memory, n a multiple of 8 (ptr a byte address): the resident part
 * in place, the rest copied through SCRATCH, the last chunk padded with NaN. Returns how many NaNs were padded.
 */
export function feed(k: Kernel, x: Float32Array, run: (ptr: number, n: number) => void): number {
  const body = isResident(k, x) ? x.length & ~7 : 0;
  for (let i = 0; i < body; i += RESIDENT_CHUNK) run(x.byteOffset + 4 * i, Math.min(RESIDENT_CHUNK, body - i));
  const f32 = k.views().f32;
  let pad = 0;
  for (let i = body; i < x.length; i += CHUNK) {
    const len = Math.min(CHUNK, x.length - i);
    f32.set(x.subarray(i, i + len), SCRATCH / 4);
    pad = (8 - (len & 7)) & 7;
    f32.fill(NaN, SCRATCH / 4 + len, SCRATCH / 4 + len + pad);
    run(SCRATCH, len + pad);
  }
  return pad;
}
