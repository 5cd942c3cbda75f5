import type { Range } from '../../core/math';

/** Keyboard steps as fractions of the bounds' width: arrows fine, PageUp/PageDown coarse. */
const STEP = 1 / 500;
const PAGE = 1 / 20;
const DELTA: Record<string, number> = {
  ArrowLeft: -STEP,
  ArrowDown: -STEP,
  ArrowRight: STEP,
  ArrowUp: STEP,
  PageDown: -PAGE,
  PageUp: PAGE,
};

/** Where key `key` moves a clipping handle at `value` (data units) within `bounds`, or null for a key a slider ignores; the store clamps the result. */
export function handleKeyTarget(key: string, value: number, bounds: Range): number | null {
  if (Object.hasOwn(DELTA, key)) return value + DELTA[key] * (bounds.max - bounds.min);
  if (key === 'Home') return bounds.min;
  if (key === 'End') return bounds.max;
  return null;
}
