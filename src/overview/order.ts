/** The order in which an overview hands tensors to its Workers. */

/** Elements of a shape (1 for a scalar). */
function sizeOf(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/**
 * Listing indices in scan order: the smallest tensor first, so a row shows within moments, then the rest largest
 * first, so the Workers finish together (a big tensor left for last would run alone while the others idle). Ties
 * keep the listing order.
 */
export function scanOrder(tensors: readonly { shape: readonly number[] }[]): number[] {
  const bySize = tensors.map((t, i) => ({ i, n: sizeOf(t.shape) })).sort((a, b) => b.n - a.n || a.i - b.i);
  const smallest = bySize.reduce<(typeof bySize)[number] | undefined>((m, t) => (m === undefined || t.n < m.n ? t : m), undefined);
  return smallest === undefined ? [] : [smallest.i, ...bySize.filter((t) => t !== smallest).map((t) => t.i)];
}
