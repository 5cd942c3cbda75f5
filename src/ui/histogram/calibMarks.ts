import { methodId } from '../../state/calibrators';
import type { CalibrationRow } from '../../worker/api';

/** One drawn end of a calibrator's range. */
export interface CalibMark {
  row: CalibrationRow;
  /** Pixel position of the end. */
  px: number;
  /** The upper end α (the one labelled); a symmetric range ±a is drawn by its upper end only. */
  hi: boolean;
  /** "<method id>.lo" or "<method id>.hi". */
  id: string;
}

/** The ends of the calibrators' ranges that fall on the plot [left, right] px, left to right: β and α, or only +a for a symmetric range. */
export function calibMarks(rows: CalibrationRow[], x: (v: number) => number, left: number, right: number): CalibMark[] {
  return rows
    .flatMap((r) => {
      const symmetric = r.range.min === -r.range.max;
      const ends = symmetric ? [r.range.max] : [r.range.min, r.range.max];
      return ends.map((v, i) => ({
        row: r,
        px: x(v),
        hi: symmetric || i === 1,
        id: `${methodId(r.method)}.${symmetric || i === 1 ? 'hi' : 'lo'}`,
      }));
    })
    .filter((m) => m.px >= left && m.px <= right)
    .sort((a, b) => a.px - b.px);
}
