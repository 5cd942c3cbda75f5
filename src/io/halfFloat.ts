/** Exact 16-bit float decoders: IEEE binary16 (via a 65536-entry table) and bfloat16 (bit shift). */

let halfCache: Float32Array | undefined;

/** float32 value of one binary16 bit pattern h (0–65535); NaN payloads are kept. */
export function halfToFloat(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const mant = h & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24; // zero and subnormals: exact in float32
  if (exp === 0x1f) return mant === 0 ? sign * Infinity : NaN;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

/** The 65536 binary16 values as float32, indexed by bit pattern, built on first use (256 KB). */
export function halfTable(): Float32Array {
  if (halfCache === undefined) {
    halfCache = new Float32Array(65536);
    for (let h = 0; h < 65536; h++) halfCache[h] = halfToFloat(h);
  }
  return halfCache;
}

/** Decodes native-order binary16 codes to float32. */
export function decodeHalf(codes: Uint16Array): Float32Array {
  const t = halfTable();
  const out = new Float32Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = t[codes[i]];
  return out;
}

/** Decodes native-order bfloat16 codes (the top 16 bits of a float32) to float32. */
export function decodeBfloat16(codes: Uint16Array): Float32Array {
  const bits = new Uint32Array(codes.length);
  for (let i = 0; i < codes.length; i++) bits[i] = codes[i] << 16;
  return new Float32Array(bits.buffer);
}
