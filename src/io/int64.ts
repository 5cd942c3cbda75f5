/** 64-bit integers to the nearest float32 (ties to even), from little-endian 32-bit halves. */

const TWO32 = 4294967296;
/** Nearest float32 to hi·2^32 + lo (hi signed if `signed`, else unsigned; lo unsigned), one rounding. */
export function int64ToFloat(lo: number, hi: number, signed: boolean): number {
  const a = hi * TWO32; // exact: hi has ≤ 32 significant bits
  const s = a + lo; // rounded to 53 bits when |value| ≥ 2^53
  // Below 2^53 in magnitude the double is exact, so fround rounds once.
  if (signed ? hi >= -0x200000 && hi < 0x200000 : hi < 0x200000) return Math.fround(s);
  const err = a - s + lo; // exact remainder value − s (|a| ≥ lo, so Fast2Sum is exact)
  const f = Math.fround(s);
  if (err === 0 || f === s) return f; // s exact, or |err| ≪ half a float32 step away from f
  // Double rounding goes wrong only when s sits exactly halfway between two float32s, i.e. when
  // the mirror image g = 2s − f (exact) is the float32 on the other side; the true value lies on err's side.
  const g = 2 * s - f;
  if (Math.fround(g) !== g) return f;
  return err > 0 === g > f ? g : f;
}

/** Converts little-endian int64/uint64 words (as 2n uint32 halves, low first) to float32. */
export function decodeInt64(words: Uint32Array, signed: boolean): Float32Array {
  const n = words.length >> 1;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const lo = words[2 * i];
    const hiU = words[2 * i + 1];
    out[i] = int64ToFloat(lo, signed ? hiU | 0 : hiU, signed);
  }
  return out;
}
