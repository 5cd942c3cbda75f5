/** Parsers for URL values: each returns the value, or undefined when the text is not acceptable. Never throws. */

/** A whole number in [min, max] written in plain decimal digits (no exponent, no hex, no spaces). */
export function parseInteger(text: string, min: number, max: number): number | undefined {
  if (!/^-?\d{1,16}$/.test(text)) return undefined;
  const v = Number(text);
  return Number.isSafeInteger(v) && v >= min && v <= max ? v : undefined;
}

/** A finite decimal number in [min, max] (exponent allowed, NaN/Infinity/hex refused). */
export function parseNumber(text: string, min: number, max: number): number | undefined {
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d{1,3})?$/i.test(text) || text.length > 32) return undefined;
  const v = Number(text);
  return Number.isFinite(v) && v >= min && v <= max ? v : undefined;
}

/** '1'/'true' → true, '0'/'false' → false. */
export function parseBoolean(text: string): boolean | undefined {
  if (text === '1' || text === 'true') return true;
  if (text === '0' || text === 'false') return false;
  return undefined;
}

/** One of a fixed list of values. */
export function parseChoice<T extends string>(text: string, values: readonly T[]): T | undefined {
  return (values as readonly string[]).includes(text) ? (text as T) : undefined;
}

/** Free text of at most `maxLength` characters without control characters (it is shown as text, never run). */
export function parseText(text: string, maxLength: number): string | undefined {
  // eslint-disable-next-line no-control-regex
  return text.length > 0 && text.length <= maxLength && !/[\u0000-\u001f\u007f]/.test(text) ? text : undefined;
}

/** An absolute http(s) URL of at most 2048 characters. */
export function parseHttpUrl(text: string): string | undefined {
  if (text.length > 2048) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Shortest decimal text that reads back as the same float64 (JavaScript's own number formatting). */
export function formatNumber(v: number): string {
  return String(v);
}
