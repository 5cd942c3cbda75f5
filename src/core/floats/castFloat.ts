import type { FloatFormat, FloatFormatInfo } from './formats';
import { floatFormatInfo } from './formats';

/** Float32 bit pattern of a float32-representable value. */
function f32Bits(v: number): number {
  return new Uint32Array(Float32Array.of(v).buffer)[0];
}

/** Smallest |x| bit pattern whose round-to-nearest-even at the format's precision exceeds its largest finite value. */
function overflowThreshold(f: FloatFormatInfo): number {
  const drop = 23 - f.mantissaBits;
  const maxBits = f32Bits(f.maxFinite);
  // the tie max + ulp/2 rounds up (overflows) only when max's last mantissa bit is odd
  return maxBits + 2 ** (drop - 1) + ((maxBits >>> drop) & 1 ? 0 : 1);
}

/**
 * Formats whose exponent range is float32's (bf16): round the bit pattern itself, u + (2^(d−1) − 1) + lsb, then clear
 * the d low bits; subnormals need no special case because float32 and the target share the subnormal exponent.
 */
function castSameRange(src: Uint32Array, dst: Uint32Array, f: FloatFormatInfo): number {
  const drop = 23 - f.mantissaBits;
  const halfMinus1 = 2 ** (drop - 1) - 1;
  const keep = ~(2 ** drop - 1);
  const limit = overflowThreshold(f);
  const overflowBits = f.saturates ? f32Bits(f.maxFinite) : 0x7f800000;
  let overflow = 0;
  for (let i = 0; i < src.length; i++) {
    const u = src[i];
    const a = u & 0x7fffffff;
    if (a < limit) dst[i] = (u + halfMinus1 + ((u >>> drop) & 1)) & keep;
    else if (a < 0x7f800000) {
      dst[i] = (u & 0x80000000) | overflowBits;
      overflow++;
    } else if (a === 0x7f800000) dst[i] = (u & 0x80000000) | overflowBits;
    else dst[i] = u; // NaN stays NaN
  }
  return overflow;
}

/**
 * Narrow formats (fp16, fp8): fl32(x + C) − C with C = ±2^(max(e, emin) + 23 − m) rounds x, ties to even, to the
 * format's spacing at x's binade — normal and subnormal alike, without a branch. x + C is exact in float64 whenever
 * the result can be nonzero (x has 24 significant bits, C's float32 ulp is the target spacing), so the one fround is
 * the only rounding. The sign bit is OR-ed back afterwards so that tiny negatives give −0.
 */
function castNarrow(x: Float32Array, out: Float32Array, src: Uint32Array, dst: Uint32Array, f: FloatFormatInfo): number {
  const eMinBiased = f32Bits(f.minNormal) >>> 23;
  const magic = new Float64Array(512); // indexed by the float32 sign and biased exponent, u >>> 23
  for (let k = 0; k < 512; k++) {
    const c = 2 ** (Math.max(k & 0xff, eMinBiased) - 127 + 23 - f.mantissaBits);
    magic[k] = k & 0x100 ? -c : c;
  }
  const limit = overflowThreshold(f);
  const overflowBits = f.saturates ? f32Bits(f.maxFinite) : 0x7f800000;
  let overflow = 0;
  for (let i = 0; i < src.length; i++) {
    const u = src[i];
    const a = u & 0x7fffffff;
    if (a < limit) {
      const c = magic[u >>> 23];
      out[i] = Math.fround(x[i] + c) - c;
      dst[i] |= u & 0x80000000;
    } else if (a < 0x7f800000) {
      dst[i] = (u & 0x80000000) | overflowBits;
      overflow++;
    } else if (a === 0x7f800000) dst[i] = (u & 0x80000000) | overflowBits;
    else dst[i] = u; // NaN stays NaN
  }
  return overflow;
}

/**
 * Rounds every element of x to the format, round-to-nearest-even, and writes the result widened back to float32 into
 * out (which may be x). Out-of-range values become ±Inf (fp16, bf16: IEEE) or ±maxFinite (fp8: OCP satfinite, ±Inf
 * inputs too); NaN stays NaN; the sign of zero is kept; subnormals of the format are kept. Returns how many finite
 * inputs overflowed (went to ±Inf or were saturated).
 */
export function castFloatInto(x: Float32Array, out: Float32Array, format: FloatFormat): number {
  if (out.length !== x.length) throw new RangeError(`output length ${out.length} differs from input length ${x.length}`);
  const f = floatFormatInfo(format);
  const src = new Uint32Array(x.buffer, x.byteOffset, x.length);
  const dst = new Uint32Array(out.buffer, out.byteOffset, out.length);
  const emax = 2 ** f.exponentBits - 2 - f.bias;
  return emax + 23 - f.mantissaBits <= 127 ? castNarrow(x, out, src, dst, f) : castSameRange(src, dst, f);
}

/**
 * x cast to the format (round-to-nearest-even) and widened back to float32, elementwise in flat order:
 * fp8 saturates to the finite max (OCP satfinite: ±448 for E4M3, ±57344 for E5M2, ±Inf included); fp16/bf16 are IEEE
 * (overflow to ±Inf, subnormals kept); NaN stays NaN.
 */
export function castFloat(x: Float32Array, format: FloatFormat): Float32Array {
  const out = new Float32Array(x.length);
  castFloatInto(x, out, format);
  return out;
}
