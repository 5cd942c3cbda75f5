/** Requantizes a float tensor into a block format, row by row, and measures what that costs. */
import { sqnrDb } from '../quant/quantError';
import { mxfp4Block, nvfp4Block, nvTensorScale } from './fp4';
import { q4_0Block, q8_0Block } from './legacy';
import { q4KDequantize, q4KQuantize } from './q4k';

/** The block formats compared. */
export type BlockFormat = 'Q8_0' | 'Q4_0' | 'Q4_K' | 'MXFP4' | 'NVFP4';
export const BLOCK_FORMATS: readonly BlockFormat[] = ['Q8_0', 'Q4_0', 'Q4_K', 'MXFP4', 'NVFP4'];

/** Elements per block, and stored bits per block (scales included; NVFP4's per-tensor FP32 scale is added apart). */
export const BLOCK_LAYOUT: Readonly<Record<BlockFormat, { size: number; bits: number }>> = {
  Q8_0: { size: 32, bits: 8 * (2 + 32) },
  Q4_0: { size: 32, bits: 8 * (2 + 16) },
  Q4_K: { size: 256, bits: 8 * 144 },
  MXFP4: { size: 32, bits: 8 + 32 * 4 },
  NVFP4: { size: 16, bits: 8 + 16 * 4 },
};

/** Stored bits per weight of `format` for a tensor of `count` elements in rows of `rowLength` (partial blocks count whole). */
export function bitsPerWeight(format: BlockFormat, count: number, rowLength: number): number {
  return (blockCount(format, count, rowLength) * BLOCK_LAYOUT[format].bits + (format === 'NVFP4' ? 32 : 0)) / count;
}

/** Quantizes block x (size values, zero-padded) into y; returns its effective step (for the heat-strip). */
type BlockQuantizer = (x: Float32Array, y: Float32Array) => number;

function quantizerFor(format: BlockFormat, tensorAmax: number): BlockQuantizer {
  switch (format) {
    case 'Q8_0':
      return q8_0Block;
    case 'Q4_0':
      return q4_0Block;
    case 'MXFP4':
      return mxfp4Block;
    case 'NVFP4': {
      const t = nvTensorScale(tensorAmax);
      return (x, y) => nvfp4Block(x, y, t);
    }
    case 'Q4_K':
      return (x, y) => {
        const b = q4KQuantize(x, 0);
        q4KDequantize(b, y, 0);
        return b.d;
      };
  }
}

/** Largest finite |x| (0 for an empty or all-NaN tensor). */
export function finiteAbsMax(x: Float32Array): number {
  let m = 0;
  for (let i = 0; i < x.length; i++) {
    const a = Math.abs(x[i]);
    if (a > m && a !== Infinity) m = a;
  }
  return m;
}

/** Blocks in a tensor of `count` elements in rows of `rowLength` (each row's last block may be partial). */
export function blockCount(format: BlockFormat, count: number, rowLength: number): number {
  return rowLength > 0 ? (count / rowLength) * Math.ceil(rowLength / BLOCK_LAYOUT[format].size) : 0;
}

/**
 * Writes the requantized values of blocks [first, end) of x (rows of `rowLength` elements, C order; block k is block
 * k mod perRow of row ⌊k / perRow⌋) into `out`, and each block's step into steps[k]. A partial block is zero-padded.
 * Non-finite inputs count as 0 in their block and come out unchanged. `tensorAmax` = finiteAbsMax(x) (for NVFP4).
 */
export function requantizeBlocks(
  x: Float32Array,
  rowLength: number,
  format: BlockFormat,
  tensorAmax: number,
  out: Float32Array,
  steps: Float32Array,
  first: number,
  end: number,
): void {
  const size = BLOCK_LAYOUT[format].size;
  const q = quantizerFor(format, tensorAmax);
  const bx = new Float32Array(size);
  const by = new Float32Array(size);
  const perRow = Math.ceil(rowLength / size);
  for (let k = first; k < end; k++) {
    const b = k % perRow;
    const o = ((k - b) / perRow) * rowLength + b * size;
    const n = Math.min(size, rowLength - b * size);
    bx.fill(0);
    for (let j = 0; j < n; j++) bx[j] = Number.isFinite(x[o + j]) ? x[o + j] : 0;
    steps[k] = q(bx, by);
    for (let j = 0; j < n; j++) out[o + j] = Number.isFinite(x[o + j]) ? by[j] : x[o + j];
  }
}

/** Error of y against x over the finite elements of x: MSE, SQNR (dB) and max |error|, summed in float64. */
export function blockError(x: Float32Array, y: Float32Array): { mse: number; sqnrDb: number; maxAbsError: number } {
  let sumX2 = 0;
  let sumE2 = 0;
  let maxAbs = 0;
  let count = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v - v !== 0) continue;
    const e = y[i] - v;
    sumX2 += v * v;
    sumE2 += e * e;
    if (Math.abs(e) > maxAbs) maxAbs = Math.abs(e);
    count++;
  }
  return { mse: count > 0 ? sumE2 / count : 0, sqnrDb: sqnrDb(sumX2, sumE2), maxAbsError: maxAbs };
}

/** One block format applied to a whole tensor. */
export interface BlockQuantResult {
  format: BlockFormat;
  /** Dequantized values, same layout as the input. */
  values: Float32Array;
  /** Effective step of each block (Q4_K: its f16 d), rows × ceil(rowLength / block size), row-major. */
  steps: Float32Array;
  mse: number;
  sqnrDb: number;
  maxAbsError: number;
  bitsPerWeight: number;
}

/** Requantizes x (rows of `rowLength` = its last dimension) into `format` in one go. */
export function requantize(x: Float32Array, rowLength: number, format: BlockFormat): BlockQuantResult {
  const values = new Float32Array(x.length);
  const steps = new Float32Array(blockCount(format, x.length, rowLength));
  requantizeBlocks(x, rowLength, format, finiteAbsMax(x), values, steps, 0, steps.length);
  return { format, values, steps, ...blockError(x, values), bitsPerWeight: bitsPerWeight(format, x.length, rowLength) };
}
