import type { Range } from '../core/math';
import type { TensorStats } from '../core/math';
import type { CalibrationRow } from '../worker/api';
import { methodId } from './calibrators';
import { symmetricHull } from './range';

/** The clipping choice, one field: a calibrator's range (derived from the data) or the user's own range [β, α]. */
export type Clip = { kind: 'calibrator'; id: string } | { kind: 'manual'; range: Range };

/** What the calibrator choice resolves against: the tensor's statistics and the calibrators' rows computed for it. */
export interface ClipSources {
  stats: TensorStats | null;
  /** The calibrators' rows for the tensor on screen (possibly for an earlier spec while new ones are computed). */
  rows: CalibrationRow[] | null;
}

/**
 * The range [β, α] a clip stands for. A calibrator's range comes from its row; before the rows arrive, 'max'
 * is the data's [min, max] and any other calibrator shows the same until its own range is known. Symmetric
 * handles (symmetric mode or the lock) get the symmetric hull. Null while no tensor is known.
 */
export function resolveClip(clip: Clip, symmetric: boolean, { stats, rows }: ClipSources): Range | null {
  const fit = (r: Range) => (symmetric ? symmetricHull(r) : r);
  if (clip.kind === 'manual') return fit(clip.range);
  const row = rows?.find((r) => methodId(r.method) === clip.id);
  if (row) return fit(row.range);
  return stats ? fit({ min: stats.min, max: stats.max }) : null;
}
