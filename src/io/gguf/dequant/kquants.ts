/**
 * ggml's 256-element "k-quant" super-blocks Q2_K … Q6_K and Q8_K to float32, in the same float32 operations as
 * gguf-py's reference (quants.py); layouts from ggml-common.h. Each function decodes `n` blocks starting at byte
 * `at` of `b` into `out` from index `o`.
 */
import { f16At } from './legacy';

const f = Math.fround;

/** Q4_K/Q5_K 6-bit scale (`min` false) or min (`min` true) of sub-block j (0–7) from the 12 packed bytes at `s`. */
export function scaleMinK4(b: Uint8Array, s: number, j: number, min: boolean): number {
  if (j < 4) return b[s + j + (min ? 4 : 0)] & 63;
  return min ? (b[s + j + 4] >> 4) | ((b[s + j] >> 6) << 4) : (b[s + j + 4] & 15) | ((b[s + j - 4] >> 6) << 4);
}

/**
 * Q4_K (144 bytes): f16 d, f16 dmin, 12 bytes of 6-bit scales/mins, 128 bytes of nibbles; y = (d·sc_j)·q − dmin·m_j.
 * d·sc (≤ 17 significant bits) and (d·sc)·q (≤ 21) are exact in float32, so only the subtraction rounds, once.
 */
export function q4_K(b: Uint8Array, at: number, n: number, out: Float32Array, o: number): void {
  for (let i = 0; i < n; i++, at += 144, o += 256) {
    const d = f16At(b, at);
    const dmin = f16At(b, at + 2);
    for (let k = 0; k < 4; k++) {
      const d1 = d * scaleMinK4(b, at + 4, 2 * k, false);
      const m1 = f(dmin * scaleMinK4(b, at + 4, 2 * k, true));
      const d2 = d * scaleMinK4(b, at + 4, 2 * k + 1, false);
      const m2 = f(dmin * scaleMinK4(b, at + 4, 2 * k + 1, true));
      const q = at + 16 + 32 * k;
      const y = o + 64 * k;
      for (let l = 0; l < 32; l++) {
        const x = b[q + l];
        out[y + l] = d1 * (x & 15) - m1;
        out[y + l + 32] = d2 * (x >> 4) - m2;
      }
    }
  }
}

/** Q5_K (176 bytes): as Q4_K with 32 bytes of fifth bits (bit j of byte l is element 32j + l) before the nibbles. */
export function q5_K(b: Uint8Array, at: number, n: number, out: Float32Array, o: number): void {
  for (let i = 0; i < n; i++, at += 176, o += 256) {
    const d = f16At(b, at);
    const dmin = f16At(b, at + 2);
    const qh = at + 16;
    for (let k = 0; k < 4; k++) {
      const d1 = f(d * scaleMinK4(b, at + 4, 2 * k, false));
      const m1 = f(dmin * scaleMinK4(b, at + 4, 2 * k, true));
      const d2 = f(d * scaleMinK4(b, at + 4, 2 * k + 1, false));
      const m2 = f(dmin * scaleMinK4(b, at + 4, 2 * k + 1, true));
      const q = at + 48 + 32 * k;
      const y = o + 64 * k;
      for (let l = 0; l < 32; l++) {
        const x = b[q + l];
        const h = b[qh + l];
        out[y + l] = f(d1 * ((x & 15) | (((h >> (2 * k)) & 1) << 4))) - m1;
        out[y + l + 32] = f(d2 * ((x >> 4) | (((h >> (2 * k + 1)) & 1) << 4))) - m2;
      }
    }
  }
}

/** Q6_K (210 bytes): 128 bytes low nibbles, 64 bytes of 2-bit highs, 16 int8 scales, f16 d; y = (d·sc)·(q − 32). */
export function q6_K(b: Uint8Array, at: number, n: number, out: Float32Array, o: number): void {
  const ds = new Float32Array(16);
  for (let i = 0; i < n; i++, at += 210, o += 256) {
    const d = f16At(b, at + 208);
    for (let g = 0; g < 16; g++) ds[g] = d * ((b[at + 192 + g] << 24) >> 24);
    for (let h = 0; h < 2; h++) {
      const ql = at + 64 * h;
      const qh = at + 128 + 32 * h;
      const y = o + 128 * h;
      for (let l = 0; l < 32; l++) {
        const lo = b[ql + l];
        const hi = b[ql + l + 32];
        const x = b[qh + l];
        const g = 8 * h + (l >> 4);
        out[y + l] = ds[g] * (((lo & 15) | ((x & 3) << 4)) - 32);
        out[y + l + 32] = ds[g + 2] * (((hi & 15) | (((x >> 2) & 3) << 4)) - 32);
        out[y + l + 64] = ds[g + 4] * (((lo >> 4) | (((x >> 4) & 3) << 4)) - 32);
        out[y + l + 96] = ds[g + 6] * (((hi >> 4) | ((x >> 6) << 4)) - 32);
      }
    }
  }
}

/** Q3_K 6-bit signed scale of 16-element group g (0–15) from the 12 packed bytes at `s`. */
export function scaleK3(b: Uint8Array, s: number, g: number): number {
  const lo = g < 8 ? b[s + g] & 15 : b[s + g - 8] >> 4;
  const hi = (b[s + 8 + (g & 3)] >> (2 * (g >> 2))) & 3;
  return (lo | (hi << 4)) - 32;
}

/** Q3_K (110 bytes): 32 bytes high-bit mask, 64 bytes of 2-bit lows, 12 bytes of scales, f16 d; y = (d·sc)·(q − 4·(1 − h)). */
export function q3_K(b: Uint8Array, at: number, n: number, out: Float32Array, o: number): void {
  const ds = new Float32Array(16);
  for (let i = 0; i < n; i++, at += 110, o += 256) {
    const d = f16At(b, at + 108);
    for (let g = 0; g < 16; g++) ds[g] = d * scaleK3(b, at + 96, g);
    // element e = 128h + 32j + l: bits 2j of byte 32h + l of the lows, bit 4h + j of mask byte l, group e >> 4
    for (let h = 0; h < 2; h++) {
      for (let j = 0; j < 4; j++) {
        const y = o + 128 * h + 32 * j;
        const g = 8 * h + 2 * j;
        const bit = 4 * h + j;
        for (let l = 0; l < 32; l++) {
          const lo = (b[at + 32 + 32 * h + l] >> (2 * j)) & 3;
          const set = (b[at + l] >> bit) & 1;
          out[y + l] = ds[g + (l >> 4)] * (lo - 4 + 4 * set);
        }
      }
    }
  }
}

/** Q2_K (84 bytes): 16 bytes of 4-bit scale|min pairs, 64 bytes of 2-bit values, f16 d, f16 dmin; y = (d·sc)·q − dmin·m. */
export function q2_K(b: Uint8Array, at: number, n: number, out: Float32Array, o: number): void {
  const dl = new Float32Array(16);
  const ml = new Float32Array(16);
  for (let i = 0; i < n; i++, at += 84, o += 256) {
    const d = f16At(b, at + 80);
    const dmin = f16At(b, at + 82);
    for (let g = 0; g < 16; g++) {
      dl[g] = d * (b[at + g] & 15);
      ml[g] = dmin * (b[at + g] >> 4);
    }
    // element e = 128h + 32j + l: bits 2j of byte 32h + l, group e >> 4
    for (let h = 0; h < 2; h++) {
      for (let j = 0; j < 4; j++) {
        const y = o + 128 * h + 32 * j;
        const g = 8 * h + 2 * j;
        for (let l = 0; l < 32; l++) {
          const q = (b[at + 16 + 32 * h + l] >> (2 * j)) & 3;
          const k = g + (l >> 4);
          out[y + l] = f(dl[k] * q) - ml[k];
        }
      }
    }
  }
}

const F32 = new Float32Array(1);
const U8 = new Uint8Array(F32.buffer);

/** The little-endian float32 at byte `at` of `b`. */
export function f32At(b: Uint8Array, at: number): number {
  U8.set(b.subarray(at, at + 4));
  return F32[0];
}

/** Q8_K (292 bytes): f32 d, 256 int8, 16 int16 block sums (unused here); y = d·q, as ggml's dequantize_row_q8_K. */
export function q8_K(b: Uint8Array, at: number, n: number, out: Float32Array, o: number): void {
  for (let i = 0; i < n; i++, at += 292, o += 256) {
    const d = f32At(b, at);
    for (let j = 0; j < 256; j++) out[o + j] = d * ((b[at + 4 + j] << 24) >> 24);
  }
}
