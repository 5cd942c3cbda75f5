/**
 * 4-bit float blocks stored in GGUF: MXFP4 (32 E2M1 values, one E8M0 exponent) and ggml's NVFP4 (64 values in four
 * 16-value sub-blocks, each with an unsigned E4M3 scale), as gguf-py's reference decodes them (quants.py).
 */

/** E2M1 values doubled, by 4-bit code (sign in bit 3): ggml's kvalues_mxfp4. */
export const E2M1_DOUBLED: readonly number[] = [0, 1, 2, 3, 4, 6, 8, 12, 0, -1, -2, -3, -4, -6, -8, -12];

/** Half of 2^(e − 127) for each E8M0 byte e, as float32 (ggml_e8m0_to_fp32_half; e < 2 gives subnormals). */
const E8M0_HALF = (() => {
  const bits = new Uint32Array(256);
  for (let e = 0; e < 256; e++) bits[e] = e < 2 ? 0x00200000 << e : (e - 1) << 23;
  return new Float32Array(bits.buffer);
})();

/** Half of each unsigned E4M3 byte's value (bias 7; 0x00 and 0x7F read as 0; bit 7 ignored), as gguf-py decodes it. */
const UE4M3_HALF = (() => {
  const t = new Float32Array(256);
  for (let x = 0; x < 256; x++) {
    const exp = (x >> 3) & 15;
    const man = x & 7;
    const raw = exp === 0 ? man * 2 ** -9 : (1 + man / 8) * 2 ** (exp - 7);
    t[x] = x === 0 || x === 0x7f ? 0 : raw * 0.5;
  }
  return t;
})();

/** The scale factor one E8M0 byte stands for in MXFP4 blocks (half, because the E2M1 table is doubled). */
export function e8m0Half(e: number): number {
  return E8M0_HALF[e];
}

/** The scale factor one UE4M3 byte stands for in ggml NVFP4 blocks (half, because the E2M1 table is doubled). */
export function ue4m3Half(x: number): number {
  return UE4M3_HALF[x];
}

/** MXFP4 (17 bytes): E8M0 e, 16 bytes of E2M1 codes (element j < 16 low nibble of byte j, else high of j − 16). */
export function mxfp4(b: Uint8Array, at: number, n: number, out: Float32Array, o: number): void {
  for (let i = 0; i < n; i++, at += 17, o += 32) {
    const d = E8M0_HALF[b[at]];
    for (let j = 0; j < 16; j++) {
      const x = b[at + 1 + j];
      out[o + j] = d * E2M1_DOUBLED[x & 15];
      out[o + j + 16] = d * E2M1_DOUBLED[x >> 4];
    }
  }
}

/** NVFP4 (36 bytes): 4 UE4M3 scales, then per 16-element sub-block k 8 bytes (low nibbles = elements 0–7, high = 8–15). */
export function nvfp4(b: Uint8Array, at: number, n: number, out: Float32Array, o: number): void {
  for (let i = 0; i < n; i++, at += 36, o += 64) {
    for (let k = 0; k < 4; k++) {
      const d = UE4M3_HALF[b[at + k]];
      const q = at + 4 + 8 * k;
      const y = o + 16 * k;
      for (let j = 0; j < 8; j++) {
        const x = b[q + j];
        out[y + j] = d * E2M1_DOUBLED[x & 15];
        out[y + j + 8] = d * E2M1_DOUBLED[x >> 4];
      }
    }
  }
}
