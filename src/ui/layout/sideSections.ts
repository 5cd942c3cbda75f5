import type { Hideable, Panel } from '../../state/scene';

/** A section of the side panel. */
export type SideSection = 'source' | 'quant' | 'view';

/**
 * Sections each tab can show: the activation labs make their own tensors, so only the bit width (in 'quant') applies;
 * the model lab has its own settings and the lesson list none.
 */
const WANTED: Record<Panel, SideSection[]> = {
  explorer: ['source', 'quant', 'view'],
  overview: ['source', 'quant', 'view'],
  activations: ['quant'],
  model: [],
  lessons: [],
};

/**
 * The side panel's sections shown for a tab and a set of hidden ids. An empty list means no side panel at all, and
 * the main column takes the width.
 */
export function sideSections(panel: Panel, hidden: readonly Hideable[]): SideSection[] {
  const wanted = WANTED[panel];
  return wanted.filter((s) => !hidden.includes(s));
}
