/** float32 scalar helpers that reproduce ggml's C reference arithmetic (every operation rounded to float32). */
import { roundToFormat } from '../floats/roundScalar';

export const f = Math.fround;

/** ggml's nearest_int: round half to even via the 1.5·2^23 trick, for |v| ≤ 4194303 (v a float32). */
export function nearestInt(v: number): number {
  return f(v + 12582912) - 12582912;
}

/** C roundf: round half away from zero, as an integer code (so never −0). */
export function roundHalfAway(v: number): number {
  return Math.sign(v) * Math.floor(Math.abs(v) + 0.5) + 0;
}

/** GGML_FP32_TO_FP16 then back: the float32 `v` rounded to binary16 (nearest even; overflow to ±Inf). */
export function toF16(v: number): number {
  return roundToFormat(v, 'fp16');
}
