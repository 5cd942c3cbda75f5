/** Converts one tfjs weight's bytes (little-endian) to float32, dequantizing as tfjs does. */
import { decodeElements } from './elements';
import type { TfjsWeight } from './tfjsManifest';

/** Display dtype: 'float32', or e.g. 'float32 (from uint8 quantized)' for a dequantized weight. */
export function tfjsDtypeLabel(w: TfjsWeight): string {
  return w.quantization === undefined ? w.dtype : `${w.dtype} (from ${w.quantization.dtype} quantized)`;
}

/** Float32 values of `w` from exactly w.byteLength bytes: uint8/uint16 → q·scale + min (rounded for int32), float16 → half floats. */
export function decodeTfjsWeight(bytes: Uint8Array, w: TfjsWeight, count: number): Float32Array {
  const q = w.quantization;
  if (q === undefined) {
    const kind = w.dtype === 'float32' ? 'f4' : w.dtype === 'int32' ? 'i4' : 'b1';
    return decodeElements(bytes, kind, true, count);
  }
  if (q.dtype === 'float16') return decodeElements(bytes, 'f2', true, count);
  const codes = decodeElements(bytes, q.dtype === 'uint8' ? 'u1' : 'u2', true, count);
  const round = w.dtype === 'int32';
  for (let i = 0; i < count; i++) {
    const v = codes[i] * q.scale + q.min; // in float64, then stored as float32, like tfjs
    codes[i] = round ? Math.round(v) : v;
  }
  return codes;
}
