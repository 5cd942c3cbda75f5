/**
 * ggml's 32-element block formats Q4_0, Q4_1, Q5_0, Q5_1, Q8_0 to float32, in the same float32 operations as
 * gguf-py's reference (quants.py): y = d·q, or y = d·q + m. Each function decodes `n` blocks starting at byte `at`
 * of `b` into `out` from index `o`.
 */
import { halfTable } from '../../halfFloat';

const H = halfTable();
const f = Math.fround;

/** The f16 at byte `at` of `b`, as float32. */
export function f16At(b: Uint8Array, at: number): number {
  return H[b[at] | (b[at + 1] << 8)];
}

/** Q4_0 (18 bytes): f16 d, 16 bytes of nibbles; element j < 16 is the low nibble of byte j, j ≥ 16 the high one of j − 16; y = d·(q − 8). */
export function q4_0(b: Uint8Array, at: number, n: number, out: Float32Array, o: number): void {
  for (let i = 0; i < n; i++, at += 18, o += 32) {
    const d = f16At(b, at);
    for (let j = 0; j < 16; j++) {
      const x = b[at + 2 + j];
      out[o + j] = d * ((x & 15) - 8);
      out[o + j + 16] = d * ((x >> 4) - 8);
    }
  }
}

/** Q4_1 (20 bytes): f16 d, f16 m, 16 bytes of nibbles; y = d·q + m. */
export function q4_1(b: Uint8Array, at: number, n: number, out: Float32Array, o: number): void {
  for (let i = 0; i < n; i++, at += 20, o += 32) {
    const d = f16At(b, at);
    const m = f16At(b, at + 2);
    for (let j = 0; j < 16; j++) {
      const x = b[at + 4 + j];
      out[o + j] = f(d * (x & 15)) + m;
      out[o + j + 16] = f(d * (x >> 4)) + m;
    }
  }
}

/** The 32 fifth bits of a Q5 block: bit j of the little-endian u32 at `at`. */
function highBits(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/** Q5_0 (22 bytes): f16 d, u32 of fifth bits, 16 bytes of nibbles; y = d·(q − 16). */
export function q5_0(b: Uint8Array, at: number, n: number, out: Float32Array, o: number): void {
  for (let i = 0; i < n; i++, at += 22, o += 32) {
    const d = f16At(b, at);
    const qh = highBits(b, at + 2);
    for (let j = 0; j < 16; j++) {
      const x = b[at + 6 + j];
      out[o + j] = d * (((x & 15) | (((qh >>> j) & 1) << 4)) - 16);
      out[o + j + 16] = d * (((x >> 4) | (((qh >>> (j + 16)) & 1) << 4)) - 16);
    }
  }
}

/** Q5_1 (24 bytes): f16 d, f16 m, u32 of fifth bits, 16 bytes of nibbles; y = d·q + m. */
export function q5_1(b: Uint8Array, at: number, n: number, out: Float32Array, o: number): void {
  for (let i = 0; i < n; i++, at += 24, o += 32) {
    const d = f16At(b, at);
    const m = f16At(b, at + 2);
    const qh = highBits(b, at + 4);
    for (let j = 0; j < 16; j++) {
      const x = b[at + 8 + j];
      out[o + j] = f(d * ((x & 15) | (((qh >>> j) & 1) << 4))) + m;
      out[o + j + 16] = f(d * ((x >> 4) | (((qh >>> (j + 16)) & 1) << 4))) + m;
    }
  }
}

/** Q8_0 (34 bytes): f16 d, 32 int8; y = d·q. */
export function q8_0(b: Uint8Array, at: number, n: number, out: Float32Array, o: number): void {
  for (let i = 0; i < n; i++, at += 34, o += 32) {
    const d = f16At(b, at);
    for (let j = 0; j < 32; j++) out[o + j] = d * ((b[at + 2 + j] << 24) >> 24);
  }
}
