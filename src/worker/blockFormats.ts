/** The Explorer's block-format view: ggml/MX/NV block formats against INT8/INT4 per-channel and group-wise, and the stored block scales of a GGUF tensor. */
import {
  BLOCK_FORMATS,
  BLOCK_LAYOUT,
  bitsPerWeight,
  blockCount,
  blockError,
  channelErrorSync,
  finiteAbsMax,
  groupErrorSync,
  requantizeBlocks,
  type BlockFormat,
  type QuantSpec,
} from '../core/math';
import type { BlockScales } from '../io';

/** One compared scheme: its stored bits per weight and its error on the held tensor. */
export interface BlockFormatRow {
  /** 'Q8_0' … 'NVFP4', or 'int8-channel', 'int4-channel', 'int4-g128', 'int4-g32'. */
  id: string;
  kind: 'block' | 'int';
  bitsPerWeight: number;
  mse: number;
  sqnrDb: number;
}

/** A GGUF tensor's stored steps beside its values, both reduced to at most `bins` bins along the element order. */
export interface ScaleStrip {
  format: string;
  /** Elements per stored step. */
  span: number;
  steps: number;
  /** Largest |step| in each bin, and largest |value| over the same elements. */
  stepMax: Float32Array;
  valueAbsMax: Float32Array;
}

export interface BlockFormatsResult {
  rows: BlockFormatRow[];
  /** When the tensor was too large to requantize whole: how many of its slices the figures come from. */
  sampled: { slices: number; of: number } | null;
  stored: ScaleStrip | null;
}

/** Most elements requantized (256K: the Worker answers one call at a time, so this view must stay short); a larger tensor is measured on evenly spaced slices. */
export const MAX_REQUANT = 1 << 18;
/** Slice length of a 1-D tensor when it is sampled. */
const FLAT_SLICE = 4096;

/** A sample of x: evenly spaced slices along axis 0 (rows of 4096 for a 1-D tensor) totalling ≤ max elements, or x itself. */
export function sampleSlices(
  x: Float32Array,
  shape: readonly number[],
  max: number,
): { x: Float32Array; shape: number[]; sampled: { slices: number; of: number } | null } {
  if (x.length <= max) return { x, shape: [...shape], sampled: null };
  const slice = shape.length >= 2 ? x.length / shape[0] : FLAT_SLICE;
  const of = Math.floor(x.length / slice);
  const k = Math.max(1, Math.min(of, Math.floor(max / slice)));
  const out = new Float32Array(k * slice);
  for (let i = 0; i < k; i++) {
    const s = Math.floor((i * of) / k);
    out.set(x.subarray(s * slice, (s + 1) * slice), i * slice);
  }
  return { x: out, shape: shape.length >= 2 ? [k, ...shape.slice(1)] : [k * slice], sampled: { slices: k, of } };
}

/** Blocks run along the last dimension when it is a whole number of blocks, otherwise along the flattened tensor. */
export function blockRowLength(shape: readonly number[], count: number, size: number): number {
  const last = shape.length > 0 ? shape[shape.length - 1] : count;
  return last > 0 && last % size === 0 ? last : count;
}

/** Blocks per chunk between two pauses (a pause lets a cancel through). */
const CHUNK_ELEMENTS = 1 << 20;

/** Requantizes x in one block format, pausing between chunks. */
async function blockRow(
  x: Float32Array,
  shape: readonly number[],
  format: BlockFormat,
  amax: number,
  out: Float32Array,
  pause: () => Promise<void>,
): Promise<BlockFormatRow> {
  const size = BLOCK_LAYOUT[format].size;
  const rowLength = blockRowLength(shape, x.length, size);
  const steps = new Float32Array(blockCount(format, x.length, rowLength));
  const per = Math.max(1, Math.floor(CHUNK_ELEMENTS / size));
  for (let k = 0; k < steps.length; k += per) {
    requantizeBlocks(x, rowLength, format, amax, out, steps, k, Math.min(steps.length, k + per));
    await pause();
  }
  const e = blockError(x, out);
  return { id: format, kind: 'block', bitsPerWeight: bitsPerWeight(format, x.length, rowLength), mse: e.mse, sqnrDb: e.sqnrDb };
}

const symmetric = (bits: number): QuantSpec => ({ bits, mode: 'symmetric', signed: true, narrowRange: true });

/** INT8/INT4 per output channel (axis 0; a 1-D tensor is one channel), one FP32 scale per channel. */
function channelRow(x: Float32Array, shape: readonly number[], bits: number): BlockFormatRow {
  const s = shape.length >= 2 ? shape : [1, x.length];
  const e = channelErrorSync(x, s, 0, symmetric(bits)).total;
  return { id: `int${bits}-channel`, kind: 'int', bitsPerWeight: bits + (32 * s[0]) / x.length, mse: e.mse, sqnrDb: e.sqnrDb };
}

/** INT4 in groups of g along the last axis (or the flattened tensor), one FP16 scale per group; null if g does not fit. */
function groupRow(x: Float32Array, shape: readonly number[], g: number): BlockFormatRow | null {
  const last = shape.length > 0 ? shape[shape.length - 1] : x.length;
  const s = last % g === 0 ? shape : x.length % g === 0 ? [x.length] : null;
  if (s === null) return null;
  const e = groupErrorSync(x, s, g, symmetric(4)).total;
  return { id: `int4-g${g}`, kind: 'int', bitsPerWeight: 4 + 16 / g, mse: e.mse, sqnrDb: e.sqnrDb };
}

/** Every compared scheme on x; `pause` runs between chunks of the block formats (it may throw to stop). */
export async function compareBlockFormats(
  x: Float32Array,
  shape: readonly number[],
  pause: () => Promise<void>,
): Promise<BlockFormatRow[]> {
  const rows: BlockFormatRow[] = [channelRow(x, shape, 8), channelRow(x, shape, 4)];
  for (const g of [128, 32]) {
    const r = groupRow(x, shape, g);
    if (r) rows.push(r);
  }
  const amax = finiteAbsMax(x);
  const out = new Float32Array(x.length);
  for (const f of BLOCK_FORMATS) rows.push(await blockRow(x, shape, f, amax, out, pause));
  return rows;
}

/** Reduces stored steps and the values they scale to `bins` bins of whole steps along the element order. */
export function scaleStrip(s: BlockScales, values: Float32Array, bins: number): ScaleStrip {
  const steps = s.scales.length;
  const n = Math.min(bins, steps);
  const stepMax = new Float32Array(n);
  const valueAbsMax = new Float32Array(n);
  for (let k = 0; k < steps; k++) {
    const b = Math.floor((k * n) / steps);
    stepMax[b] = Math.max(stepMax[b], Math.abs(s.scales[k]));
    for (let i = k * s.span; i < (k + 1) * s.span; i++) {
      const a = Math.abs(values[i]);
      if (a > valueAbsMax[b] && a !== Infinity) valueAbsMax[b] = a;
    }
  }
  return { format: s.format, span: s.span, steps, stepMax, valueAbsMax };
}
