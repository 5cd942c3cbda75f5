/** The value typed into the bit-layout field: any text JavaScript reads as a number (also "Infinity", "-0", "1e400", "0x10"), or null for empty or unreadable text. */
export function bitValue(text: string): number | null {
  const value = Number(text);
  return text.trim() === '' || Number.isNaN(value) ? null : value;
}

/** Shortest text that shows a stored value exactly enough to compare neighbours (up to 9 significant digits); "—" for none. */
export function showStored(v: number | null): string {
  if (v === null) return '—';
  return Number.isFinite(v) ? String(Number(v.toPrecision(9))) : String(v);
}
