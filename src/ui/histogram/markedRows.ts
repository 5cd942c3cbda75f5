import type { CalibrationRow } from '../../worker/api';
import { methodId } from '../../state/calibrators';

/** The calibrators drawn on the histogram by default: few enough to read; the others are one click away. */
export const DEFAULT_MARKED: readonly string[] = ['max', 'p99.99', 'entropy', 'mse'];

/** Rows to draw: all of them, or the default few plus the calibrator in use (its line must always be there). */
export function markedRows(rows: CalibrationRow[], all: boolean, inUse: string | null): CalibrationRow[] {
  if (all) return rows;
  return rows.filter((r) => {
    const id = methodId(r.method);
    return DEFAULT_MARKED.includes(id) || id === inUse;
  });
}
