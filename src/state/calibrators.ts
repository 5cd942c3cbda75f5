import type { CalibMethod } from '../core/math';

/** The calibrators compared in the table and drawn on the histogram, in display order. */
export const STANDARD_METHODS: CalibMethod[] = [
  { kind: 'max' },
  { kind: 'percentile', percentile: 99.9 },
  { kind: 'percentile', percentile: 99.99 },
  { kind: 'percentile', percentile: 99.999 },
  { kind: 'percentile', percentile: 99.9999 },
  { kind: 'entropy' },
  { kind: 'mse' },
  { kind: 'histogram-observer' },
];

/** Stable text id of a method, used in the scene, the URL and test ids: 'max', 'p99.99', 'entropy', … */
export function methodId(m: CalibMethod): string {
  return m.kind === 'percentile' ? `p${m.percentile}` : m.kind;
}

/** The method an id names, or null for an unknown or out-of-range id (percentiles must lie in (0, 100]). */
export function parseMethodId(id: string): CalibMethod | null {
  if (id === 'max' || id === 'entropy' || id === 'mse' || id === 'histogram-observer') return { kind: id };
  const m = /^p(\d+(?:\.\d+)?)$/.exec(id);
  if (!m) return null;
  const percentile = Number(m[1]);
  return percentile > 0 && percentile <= 100 ? { kind: 'percentile', percentile } : null;
}

/**
 * Colour and dash pattern of each method's marker (percentiles share a colour, told apart by dashes). None of these
 * is used by another mark on the histogram (bars blue, landings pink, levels orange, clipping vermillion, handles black).
 */
export function methodStyle(m: CalibMethod): { color: string; dash: string } {
  switch (m.kind) {
    case 'max':
      return { color: '#6a3d9a', dash: '' };
    case 'percentile': {
      const nines = Math.max(0, Math.round(-Math.log10(100 - m.percentile)));
      return { color: '#007d5c', dash: ['2 2', '6 3', '10 3', '14 3 2 3', '1 4'][Math.min(nines, 4)] };
    }
    case 'entropy':
      return { color: '#8c510a', dash: '8 3' };
    case 'mse':
      return { color: '#a50026', dash: '4 2' };
    case 'histogram-observer':
      return { color: '#666666', dash: '12 4' };
  }
}
