import { describe, expect, it } from 'vitest';
import { decodeScene } from './codec';
import { BOUNDS, inBounds, type BoundedKey } from './bounds';
import { URL_VERSION } from './schema';

/** Whether a link carrying only `key=text` is read without ignoring anything. */
const linkAccepts = (key: string, text: string) => decodeScene(`v=${URL_VERSION}&${key}=${text}`).ignored.length === 0;

/** For each editable field: values at its bounds, and just beyond them. */
const CASES: Record<BoundedKey, { inside: number[]; outside: number[] }> = {
  seed: { inside: [0, 4294967295, 42], outside: [-1, 4294967296, 1.5] },
  lseed: { inside: [0, 4294967295], outside: [-1, 4294967296, 2.5] },
  pct: { inside: [100, 99.99, 0.001], outside: [0, 100.5, -3] },
  axis: { inside: [0, 7], outside: [-1, 8] },
  group: { inside: [1, 1 << 20], outside: [0, (1 << 20) + 1, 2_000_000] },
  clamp: { inside: [0.01, 1000, 10], outside: [0.005, 5000] },
  sigma: { inside: [0.01, 100, 3], outside: [0, 1000, 100.5] },
  alpha: { inside: [0, 1, 0.5], outside: [-0.1, 1.1] },
};

describe('what a field accepts, the link carries', () => {
  it.each(Object.keys(BOUNDS) as BoundedKey[])('%s: the field and the link agree at and beyond the bounds', (key) => {
    for (const v of CASES[key].inside) {
      expect(inBounds(key, v), `${key}=${v} in the field`).toBe(true);
      expect(linkAccepts(key, String(v)), `${key}=${v} in a link`).toBe(true);
    }
    for (const v of CASES[key].outside) {
      expect(inBounds(key, v), `${key}=${v} in the field`).toBe(false);
      expect(linkAccepts(key, String(v)), `${key}=${v} in a link`).toBe(false);
    }
  });
  it('refuses NaN and infinities in every field', () => {
    for (const key of Object.keys(BOUNDS) as BoundedKey[]) for (const v of [NaN, Infinity, -Infinity]) expect(inBounds(key, v)).toBe(false);
  });
});
