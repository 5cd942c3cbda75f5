import { describe, expect, it } from 'vitest';
import { decodeElements, decodeOwnedElements } from './elements';
import { decodeBfloat16, halfToFloat } from './halfFloat';
import { int64ToFloat } from './int64';
import { fortranToC } from './fortran';

/** Float32 whose bit pattern is `bits`. */
function fromBits(bits: number): number {
  return new Float32Array(new Uint32Array([bits >>> 0]).buffer)[0];
}

/** Reference binary16 → float32 by building float32 bits (renormalising subnormals). */
function halfRef(h: number): number {
  const sign = (h & 0x8000) << 16;
  let exp = (h >> 10) & 0x1f;
  let mant = h & 0x3ff;
  if (exp === 0x1f) return fromBits(sign | 0x7f800000 | (mant << 13));
  if (exp === 0) {
    if (mant === 0) return fromBits(sign);
    exp = 1;
    while ((mant & 0x400) === 0) {
      mant <<= 1;
      exp--;
    }
    mant &= 0x3ff;
  }
  return fromBits(sign | ((exp - 15 + 127) << 23) | (mant << 13));
}

/** Seeded xorshift32 in [0, 2^32). */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>>= 0);
  };
}

/** Reference nearest float32 of a BigInt: check fround(Number(v)) and its two neighbours exactly. */
function nearestRef(v: bigint): number {
  const a = Math.fround(Number(v));
  const bits = new Uint32Array(new Float32Array([a]).buffer)[0];
  const cands = [a, fromBits(bits + 1), fromBits(bits - 1)].filter((c) => Number.isInteger(c));
  let best = cands[0];
  let bestD = -1n;
  for (const c of cands) {
    const d = BigInt(c) - v;
    const ad = d < 0n ? -d : d;
    const even = (new Uint32Array(new Float32Array([c]).buffer)[0] & 1) === 0;
    if (bestD < 0n || ad < bestD || (ad === bestD && even)) {
      best = c;
      bestD = ad;
    }
  }
  return best;
}

describe('element decoders', () => {
  it('binary16: all 65536 codes match a bit-level reference', () => {
    for (let h = 0; h < 65536; h++) {
      const got = Math.fround(halfToFloat(h));
      const want = halfRef(h);
      if (Number.isNaN(want)) expect(got).toBeNaN();
      else if (!Object.is(got, want)) throw new Error(`code ${h}: ${got} != ${want}`);
    }
  });

  it('decodes f2 through decodeElements, both byte orders', () => {
    const le = Uint8Array.of(0x00, 0x3c, 0x00, 0xc0, 0x01, 0x00, 0x00, 0x7c);
    expect(Array.from(decodeElements(le, 'f2', true, 4))).toEqual([1, -2, 2 ** -24, Infinity]);
    const be = Uint8Array.of(0x3c, 0x00, 0xc0, 0x00);
    expect(Array.from(decodeElements(be, 'f2', false, 2))).toEqual([1, -2]);
  });

  it('bfloat16 is the top half of a float32', () => {
    const codes = Uint16Array.of(0x3f80, 0xc049, 0x7f80, 0x0001, 0x8000);
    const got = Array.from(decodeBfloat16(codes));
    expect(got.slice(0, 3)).toEqual([1, -3.140625, Infinity]);
    expect(got[3]).toBe(fromBits(0x00010000));
    expect(Object.is(got[4], -0)).toBe(true);
  });

  it('int64/uint64 → nearest float32 (ties to even), 20 000 random values vs an exact reference', () => {
    const next = rng(12345);
    for (let i = 0; i < 20000; i++) {
      const lo = next();
      // Spread magnitudes: random top word scaled by a random power of two.
      const hi = i % 3 === 0 ? next() : next() >>> (next() % 32);
      const signedHi = hi | 0;
      const sv = (BigInt(signedHi) << 32n) | BigInt(lo);
      const uv = (BigInt(hi) << 32n) | BigInt(lo);
      expect(int64ToFloat(lo, signedHi, true)).toBe(nearestRef(sv));
      expect(int64ToFloat(lo, hi, false)).toBe(nearestRef(uv));
    }
  });

  it('int64 edge cases', () => {
    expect(int64ToFloat(0, -0x80000000, true)).toBe(-(2 ** 63));
    expect(int64ToFloat(0xffffffff, 0x7fffffff, true)).toBe(2 ** 63);
    expect(int64ToFloat(0xffffffff, 0xffffffff, false)).toBe(2 ** 64);
    expect(int64ToFloat(0xffffffff, -1, true)).toBe(-1);
    expect(int64ToFloat(16777217, 0, true)).toBe(16777216); // tie → even
    expect(int64ToFloat(16777219, 0, true)).toBe(16777220); // tie → even (up)
    // 2^53 + 2^29 + 1: exactly between two float32 neighbours plus 1 → must round up (double rounding would not).
    const v = 2n ** 53n + 2n ** 29n + 1n;
    expect(int64ToFloat(Number(v & 0xffffffffn), Number(v >> 32n), true)).toBe(nearestRef(v));
    expect(nearestRef(v)).toBe(2 ** 53 + 2 ** 30);
  });

  it('integers, bools, big-endian', () => {
    expect(Array.from(decodeElements(Uint8Array.of(0x80, 0xff, 1), 'i1', true, 3))).toEqual([-128, -1, 1]);
    expect(Array.from(decodeElements(Uint8Array.of(0, 2, 255), 'b1', true, 3))).toEqual([0, 1, 1]);
    expect(Array.from(decodeElements(Uint8Array.of(0xff, 0xfe), 'i2', false, 1))).toEqual([-2]);
    expect(Array.from(decodeElements(Uint8Array.of(0xfd, 0, 0, 0, 0, 0, 0, 0), 'i8', false, 1))).toEqual([-(2 ** 56) * 3]);
    expect(Array.from(decodeElements(Uint8Array.of(0x3f, 0xf0, 0, 0, 0, 0, 0, 0), 'f8', false, 1))).toEqual([1]);
    // Unaligned source offset.
    const buf = new Uint8Array(9);
    new DataView(buf.buffer).setFloat64(1, 0.1, true);
    expect(decodeElements(buf.subarray(1), 'f8', true, 1)[0]).toBe(Math.fround(0.1));
  });

  it('fortranToC transposes n-d data', () => {
    // shape (2, 3): Fortran storage is column by column.
    const f = Float32Array.of(0, 3, 1, 4, 2, 5);
    expect(Array.from(fortranToC(f, [2, 3]))).toEqual([0, 1, 2, 3, 4, 5]);
    const f3 = new Float32Array(24);
    // element (i, j, k) = 100i + 10j + k stored at i + 2j + 6k.
    for (let i = 0; i < 2; i++) for (let j = 0; j < 3; j++) for (let k = 0; k < 4; k++) f3[i + 2 * j + 6 * k] = 100 * i + 10 * j + k;
    const c = fortranToC(f3, [2, 3, 4]);
    expect(c[1 * 12 + 2 * 4 + 3]).toBe(123);
    expect(c[0 * 12 + 1 * 4 + 2]).toBe(12);
  });
});

describe('decodeOwnedElements', () => {
  it('views aligned little-endian float32 in place, and decodes everything else as decodeElements (a copy)', () => {
    const bytes = new Uint8Array(Float32Array.of(1.5, -2, NaN).buffer);
    const view = decodeOwnedElements(bytes, 'f4', true, 3);
    expect(view.buffer).toBe(bytes.buffer);
    expect(Array.from(view)).toEqual([1.5, -2, NaN]);
    const unaligned = new Uint8Array(16).subarray(1, 13);
    unaligned.set(bytes);
    const copied = decodeOwnedElements(unaligned, 'f4', true, 3);
    expect(copied.buffer).not.toBe(unaligned.buffer);
    expect(Array.from(copied)).toEqual([1.5, -2, NaN]);
    const swapped = decodeOwnedElements(bytes.slice().reverse(), 'f4', false, 3);
    expect(Array.from(swapped).reverse()).toEqual([1.5, -2, NaN]);
  });
});
