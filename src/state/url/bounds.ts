import { parseInteger, parseNumber } from './codecs';

/**
 * One set of bounds for every number a person can type or slide: the fields accept exactly what a link may carry,
 * so a copied link always reopens the scene on screen. Used by the link table (schema.ts) and by the inputs.
 */
export const BOUNDS = {
  /** Sample seed and the lab's seed: uint32. */
  seed: { min: 0, max: 0xffffffff, integer: true },
  lseed: { min: 0, max: 0xffffffff, integer: true },
  /** Custom percentile in (0, 100] (above 0). */
  pct: { min: 0, max: 100, integer: false, above: true },
  /** Granularity: channel axis (rank ≤ 8) and group size (≤ 2^20 values). */
  axis: { min: 0, max: 7, integer: true },
  group: { min: 1, max: 1 << 20, integer: true },
  /** Activation lab: clamp c of GELU clamped, σ of the pre-activations. */
  clamp: { min: 0.01, max: 1000, integer: false },
  sigma: { min: 0.01, max: 100, integer: false },
  /** SmoothQuant migration strength. */
  alpha: { min: 0, max: 1, integer: false },
} as const;

export type BoundedKey = keyof typeof BOUNDS;

/** Whether `v` is a value the field (and the link key) `key` accepts. */
export function inBounds(key: BoundedKey, v: number): boolean {
  const b: { min: number; max: number; integer: boolean; above?: boolean } = BOUNDS[key];
  return Number.isFinite(v) && v >= b.min && v <= b.max && (!b.integer || Number.isInteger(v)) && !(b.above === true && v === b.min);
}

/** The value a link's text carries for `key`, or undefined when the field would refuse it. */
export function parseBounded(key: BoundedKey, text: string): number | undefined {
  const b = BOUNDS[key];
  const v = b.integer ? parseInteger(text, b.min, b.max) : parseNumber(text, b.min, b.max);
  return v !== undefined && inBounds(key, v) ? v : undefined;
}
