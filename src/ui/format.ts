/** Number formatting for the panels: compact, locale-free, and stable for tests. */

/** 3 significant digits; exponent form below 1e−3 or from 1e5 (e.g. "1.23e-5"). */
export function formatSig(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return v > 0 ? '∞' : v < 0 ? '−∞' : '—';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a < 1e-3 || a >= 1e5) return v.toExponential(digits - 1).replace('e+', 'e');
  return Number(v.toPrecision(digits)).toString();
}

/** An axis count in at most four characters: whole numbers below 10 000, then k and M ("10k", "2.5M"). */
export function formatTickCount(n: number): string {
  if (n < 1e4) return String(n);
  if (n < 1e6) return `${Number((n / 1e3).toPrecision(3))}k`;
  return `${Number((n / 1e6).toPrecision(3))}M`;
}

/** Decibels with one decimal ("38.2 dB"); ∞ when there is no error. */
export function formatDb(v: number): string {
  return Number.isFinite(v) ? `${v.toFixed(1)} dB` : v > 0 ? '∞ dB' : '−∞ dB';
}

/** A count with thin-space thousands separators ("1 048 576"). */
export function formatCount(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u2009');
}

/** Percentage with 3 significant digits ("0.0123 %"). */
export function formatPercent(fraction: number): string {
  return `${formatSig(fraction * 100)} %`;
}
