/** A tensor row of the picker, as listed. */
interface Listed {
  name: string;
  dtype: string;
  shape: readonly number[];
}

/**
 * Whether a tensor matches the filter text: its name, dtype or shape, case-insensitive. Shapes match as they are
 * shown ("3×3×48×1", "[3 × 3 × 48 × 1]") and as people type them ("3x3", "3, 3", "3 3").
 */
export function matchesFilter(t: Listed, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  if (!needle) return true;
  if (`${t.name} ${t.dtype}`.toLowerCase().includes(needle)) return true;
  const dims = needle
    .replace(/[[\]()]/g, '')
    .split(/\s*[x×*,]\s*|\s+/)
    .filter(Boolean);
  return dims.length > 0 && dims.every((d) => /^\d+$/.test(d)) && `x${t.shape.join('x')}x`.includes(`x${dims.join('x')}x`);
}
