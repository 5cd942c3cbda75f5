/** What a number field accepts: a closed range [min, max] (min itself refused when `above`), whole numbers only, or empty. */
export interface NumberRules {
  min: number;
  max: number;
  /** Only values above min (e.g. σ > 0). */
  above?: boolean;
  integer?: boolean;
  /** Empty text means "none" (null). */
  optional?: boolean;
}

/** The value a field's text stands for, or why it cannot be used. */
export type NumberParse = { ok: true; value: number | null } | { ok: false; problem: 'number' | 'range' | 'above' | 'integer' };

/** Plain decimal text with an optional exponent: no hex, no "Infinity", no thousands separators. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Reads a number field's text under `rules` (surrounding spaces ignored). Never throws. */
export function parseNumberText(text: string, rules: NumberRules): NumberParse {
  const s = text.trim();
  if (s === '') return rules.optional ? { ok: true, value: null } : { ok: false, problem: 'number' };
  const v = Number(s);
  if (!DECIMAL.test(s) || !Number.isFinite(v)) return { ok: false, problem: 'number' };
  const outside = v < rules.min || v > rules.max || (rules.above === true && v === rules.min);
  if (rules.integer && (!Number.isInteger(v) || outside)) return { ok: false, problem: 'integer' };
  if (outside) return { ok: false, problem: rules.above ? 'above' : 'range' };
  return { ok: true, value: v };
}

/** The value one step up (+1) or down (−1) from `value`, kept within the rules (a value that would leave them stays). */
export function stepNumber(value: number | null, step: number, direction: 1 | -1, rules: NumberRules): number {
  if (value === null) return rules.above ? rules.min + step : rules.min;
  const next = Number((value + direction * step).toPrecision(12)); // 0.1 + 0.2 → 0.3
  if (next > rules.max) return rules.max;
  if (next < rules.min || (rules.above === true && next <= rules.min)) return rules.above ? value : rules.min;
  return next;
}
