/** The effective per-block steps stored in ggml block formats (what a heat-strip of a GGUF tensor draws). */
import type { GgmlType } from './ggmlTypes';
import { e8m0Half, ue4m3Half } from './dequant/fp4';
import { f32At, scaleK3, scaleMinK4 } from './dequant/kquants';
import { f16At } from './dequant/legacy';

/** Writes the steps of one block at byte `at` of `b` into `out` from index `o` (`perBlock` of them). */
type ScaleReader = (b: Uint8Array, at: number, out: Float32Array, o: number) => void;

interface ScaleLayout {
  /** Steps per block. */
  perBlock: number;
  read: ScaleReader;
}

const f = Math.fround;
const one =
  (offset: number): ScaleReader =>
  (b, at, out, o) => {
    out[o] = f16At(b, at + offset);
  };

const LAYOUTS: Readonly<Record<string, ScaleLayout>> = {
  Q4_0: { perBlock: 1, read: one(0) },
  Q4_1: { perBlock: 1, read: one(0) },
  Q5_0: { perBlock: 1, read: one(0) },
  Q5_1: { perBlock: 1, read: one(0) },
  Q8_0: { perBlock: 1, read: one(0) },
  Q8_K: {
    perBlock: 1,
    read: (b, at, out, o) => {
      out[o] = f32At(b, at);
    },
  },
  Q2_K: {
    perBlock: 16,
    read: (b, at, out, o) => {
      const d = f16At(b, at + 80);
      for (let g = 0; g < 16; g++) out[o + g] = d * (b[at + g] & 15);
    },
  },
  Q3_K: {
    perBlock: 16,
    read: (b, at, out, o) => {
      const d = f16At(b, at + 108);
      for (let g = 0; g < 16; g++) out[o + g] = d * scaleK3(b, at + 96, g);
    },
  },
  Q4_K: { perBlock: 8, read: k4(4) },
  Q5_K: { perBlock: 8, read: k4(4) },
  Q6_K: {
    perBlock: 16,
    read: (b, at, out, o) => {
      const d = f16At(b, at + 208);
      for (let g = 0; g < 16; g++) out[o + g] = d * ((b[at + 192 + g] << 24) >> 24);
    },
  },
  MXFP4: {
    perBlock: 1,
    read: (b, at, out, o) => {
      out[o] = 2 * e8m0Half(b[at]);
    },
  },
  NVFP4: {
    perBlock: 4,
    read: (b, at, out, o) => {
      for (let k = 0; k < 4; k++) out[o + k] = 2 * ue4m3Half(b[at + k]);
    },
  },
};

/** Q4_K/Q5_K: d·sc_j for the 8 sub-blocks, scales packed at byte `s` of the block. */
function k4(s: number): ScaleReader {
  return (b, at, out, o) => {
    const d = f16At(b, at);
    for (let j = 0; j < 8; j++) out[o + j] = f(d * scaleMinK4(b, at + s, j, false));
  };
}

/** Elements per stored step of type `t`, or undefined when it has no block scales (plain floats and integers). */
export function scaleSpan(t: GgmlType): number | undefined {
  const l = Object.hasOwn(LAYOUTS, t.name) ? LAYOUTS[t.name] : undefined;
  return l === undefined ? undefined : t.blockSize / l.perBlock;
}

/** Writes the steps of the whole blocks in `bytes` into `out` from index `o`; `t` must have a scaleSpan. */
export function readScales(t: GgmlType, bytes: Uint8Array, out: Float32Array, o: number): void {
  const l = LAYOUTS[t.name];
  const n = bytes.length / t.typeSize;
  for (let i = 0; i < n; i++) l.read(bytes, i * t.typeSize, out, o + i * l.perBlock);
}
