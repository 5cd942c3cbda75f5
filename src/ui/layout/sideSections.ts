import type { Hideable, Panel } from '../../state/scene';

/** A section of the side panel. */
export type SideSection = 'source' | 'quant' | 'view';

/**
 * The side panel's sections shown for a tab and a set of hidden ids: the labs make their own tensors, so only the
 * bit width (in 'quant') applies there. An empty list means no side panel at all, and the main column takes the width.
 */
export function sideSections(panel: Panel, hidden: readonly Hideable[]): SideSection[] {
  const wanted: SideSection[] = panel === 'explorer' ? ['source', 'quant', 'view'] : ['quant'];
  return wanted.filter((s) => !hidden.includes(s));
}
