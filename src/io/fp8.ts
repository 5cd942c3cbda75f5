/** Exact FP8 decoders via 256-entry tables: E4M3 (FN: bias 7, no inf, S.1111.111 = NaN, max 448), E5M2 (bias 15, IEEE-like), E8M0 (2^(e−127), 0xFF = NaN). */

/** FP8 flavours the readers decode. */
export type Fp8Kind = 'e4m3' | 'e5m2' | 'e8m0';

const tables = new Map<Fp8Kind, Float32Array>();

/** Value of one E4M3FN byte: subnormals m/8·2^−6, normals (1+m/8)·2^(e−7). */
export function e4m3ToFloat(c: number): number {
  const sign = c & 0x80 ? -1 : 1;
  const e = (c >> 3) & 0xf;
  const m = c & 7;
  if (e === 0xf && m === 7) return NaN;
  if (e === 0) return sign * (m / 8) * 2 ** -6;
  return sign * (1 + m / 8) * 2 ** (e - 7);
}

/** Value of one E5M2 byte: subnormals m/4·2^−14, e = 31 is ±inf (m = 0) or NaN. */
export function e5m2ToFloat(c: number): number {
  const sign = c & 0x80 ? -1 : 1;
  const e = (c >> 2) & 0x1f;
  const m = c & 3;
  if (e === 0x1f) return m === 0 ? sign * Infinity : NaN;
  if (e === 0) return sign * (m / 4) * 2 ** -14;
  return sign * (1 + m / 4) * 2 ** (e - 15);
}

/** Value of one E8M0 (exponent-only scale) byte: 2^(c−127), 0xFF = NaN. */
export function e8m0ToFloat(c: number): number {
  return c === 0xff ? NaN : 2 ** (c - 127);
}

function table(kind: Fp8Kind): Float32Array {
  let t = tables.get(kind);
  if (t === undefined) {
    const f = kind === 'e4m3' ? e4m3ToFloat : kind === 'e5m2' ? e5m2ToFloat : e8m0ToFloat;
    t = new Float32Array(256);
    for (let c = 0; c < 256; c++) t[c] = f(c);
    tables.set(kind, t);
  }
  return t;
}

/** Decodes FP8 bytes to float32. */
export function decodeFp8(codes: Uint8Array, kind: Fp8Kind): Float32Array {
  const t = table(kind);
  const out = new Float32Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = t[codes[i]];
  return out;
}
