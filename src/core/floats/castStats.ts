import type { FloatFormat } from './formats';
import { floatFormatInfo } from './formats';
import { castFloatInto } from './castFloat';

/** Error of casting a tensor to a float format, over its finite elements; sums in float64. */
export interface FloatCastStats {
  /** Mean of (cast − x)², real units squared; Infinity when some value overflowed to ±Inf (fp16, bf16). */
  mse: number;
  /** Largest |cast − x|, real units (Infinity after an overflow to ±Inf). */
  maxAbsError: number;
  /** Largest |cast − x| / |x| over the nonzero finite elements (1 for a value flushed to zero). */
  maxRelError: number;
  /** Finite elements that overflowed: rounded to ±Inf (fp16, bf16) or saturated to ±maxFinite (fp8). */
  overflow: number;
  /** Nonzero finite elements that became ±0. */
  underflowToZero: number;
  /** Elements whose cast value is subnormal in the target format (nonzero, below its smallest normal). */
  subnormal: number;
  /** Finite elements counted (NaN/±Inf are skipped). */
  count: number;
  /** NaN/±Inf elements skipped. */
  nonFinite: number;
}

const CHUNK = 1 << 16;

/** What castFloat(x, format) does to x: error statistics and overflow/underflow/subnormal counts, in chunks. */
export function floatCastStats(x: Float32Array, format: FloatFormat): FloatCastStats {
  const minNormalBits = new Uint32Array(Float32Array.of(floatFormatInfo(format).minNormal).buffer)[0];
  const y = new Float32Array(Math.min(CHUNK, x.length));
  let sumE2 = 0;
  let maxAbs = 0;
  let maxRel = 0;
  let overflow = 0;
  let underflow = 0;
  let subnormal = 0;
  let count = 0;
  for (let start = 0; start < x.length; start += CHUNK) {
    const part = x.subarray(start, Math.min(start + CHUNK, x.length));
    const out = part.length === y.length ? y : y.subarray(0, part.length);
    overflow += castFloatInto(part, out, format);
    const inBits = new Uint32Array(part.buffer, part.byteOffset, part.length);
    const outBits = new Uint32Array(out.buffer, out.byteOffset, out.length);
    for (let i = 0; i < part.length; i++) {
      const v = part[i];
      if (v - v !== 0) continue; // NaN or ±Inf
      count++;
      const e = Math.abs(out[i] - v);
      sumE2 += e * e;
      if (e > maxAbs) maxAbs = e;
      const rel = e / Math.abs(v); // NaN for v = 0 (then e = 0), which never wins the comparison
      if (rel > maxRel) maxRel = rel;
      // branch-free counts on the magnitude bits: nonzero input, nonzero output, output below the smallest normal
      const b = outBits[i] & 0x7fffffff;
      const nonzeroOut = -b >>> 31;
      underflow += (-(inBits[i] & 0x7fffffff) >>> 31) & (nonzeroOut ^ 1);
      subnormal += nonzeroOut & ((b - minNormalBits) >>> 31);
    }
  }
  return {
    mse: count > 0 ? sumE2 / count : 0,
    maxAbsError: maxAbs,
    maxRelError: maxRel,
    overflow,
    underflowToZero: underflow,
    subnormal,
    count,
    nonFinite: x.length - count,
  };
}
