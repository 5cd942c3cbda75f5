/** Seeded byte mutators for fuzzing the readers: generic corruptions plus ones aimed at sizes, nesting and lengths. */

/** A uniform random number in [0, 1). */
export type Rand = () => number;

/** Turns one file's bytes into a corrupted variant. */
export type Mutator = (src: Uint8Array, rand: Rand) => Uint8Array;

const INTERESTING = [0x00, 0xff, 0x7f, 0x80, 0x01, 0x30, 0x2c, 0x22, 0x5b, 0x7b, 0x2d];
/** Numbers that make sizes, counts and offsets overflow or go negative when written over a digit run. */
const BIG_NUMBERS = ['0', '-1', '4294967295', '4294967296', '2147483648', '9007199254740993', '1e308', '65536', '99999999999999999999'];

const int = (rand: Rand, n: number): number => Math.floor(rand() * n);

function splice(b: Uint8Array, at: number, count: number, insert: ArrayLike<number>): Uint8Array {
  const remove = Math.min(count, b.length - at);
  const out = new Uint8Array(b.length - remove + insert.length);
  out.set(b.subarray(0, at));
  out.set(insert, at);
  out.set(b.subarray(at + remove), at + insert.length);
  return out;
}

/** One to four rounds of: bit flip, interesting byte, truncation, insertion, deletion, or a copied run. */
export const byteMutator: Mutator = (src, rand) => {
  let b: Uint8Array = src.slice();
  const rounds = 1 + int(rand, 4);
  for (let r = 0; r < rounds && b.length > 0; r++) {
    const op = int(rand, 6);
    const p = int(rand, b.length);
    if (op === 0) b[p] ^= 1 << int(rand, 8);
    else if (op === 1) b[p] = INTERESTING[int(rand, INTERESTING.length)];
    else if (op === 2) b = b.slice(0, int(rand, b.length + 1));
    else if (op === 3)
      b = splice(
        b,
        p,
        0,
        Uint8Array.from({ length: 1 + int(rand, 8) }, () => int(rand, 256)),
      );
    else if (op === 4) b = splice(b, p, 1 + int(rand, 8), []);
    else {
      const q = int(rand, b.length);
      const len = Math.min(1 + int(rand, 16), b.length - Math.max(p, q));
      b.copyWithin(q, p, p + len);
    }
  }
  return b;
};

/** Overwrites a run of ASCII digits (a shape, an offset, a length in text) with a boundary number. */
export const numberMutator: Mutator = (src, rand) => {
  const runs: [number, number][] = [];
  for (let i = 0; i < src.length && runs.length < 4096; i++) {
    if (src[i] < 0x30 || src[i] > 0x39) continue;
    const start = i;
    while (i < src.length && src[i] >= 0x30 && src[i] <= 0x39) i++;
    runs.push([start, i]);
  }
  if (runs.length === 0) return byteMutator(src, rand);
  const [a, z] = runs[int(rand, runs.length)];
  const text = BIG_NUMBERS[int(rand, BIG_NUMBERS.length)];
  return splice(
    src,
    a,
    z - a,
    Array.from(text, (c) => c.charCodeAt(0)),
  );
};

/** Overwrites 4 aligned bytes with a little-endian boundary integer (binary sizes, counts and offsets). */
export const wordMutator: Mutator = (src, rand) => {
  if (src.length < 4) return byteMutator(src, rand);
  const b = src.slice();
  const at = int(rand, b.length - 3);
  const v = [0, 0xffffffff, 0x7fffffff, 0x80000000, 0x10000, 1 << 30][int(rand, 6)];
  new DataView(b.buffer).setUint32(at, v >>> 0, true);
  return b;
};

/** Repeats an opening bracket (or brace) many times at a random bracket: deep nesting. */
export const nestingMutator: Mutator = (src, rand) => {
  const at: number[] = [];
  for (let i = 0; i < src.length; i++) if (src[i] === 0x5b || src[i] === 0x7b) at.push(i);
  if (at.length === 0) return byteMutator(src, rand);
  const p = at[int(rand, at.length)];
  const depth = [100, 1000, 100_000][int(rand, 3)];
  return splice(src, p, 0, new Uint8Array(depth).fill(src[p]));
};

/** Picks one of `mutators` per input. */
export function mixed(...mutators: Mutator[]): Mutator {
  return (src, rand) => mutators[int(rand, mutators.length)](src, rand);
}
