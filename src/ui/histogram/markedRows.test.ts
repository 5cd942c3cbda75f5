import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { methodStyle, STANDARD_METHODS } from '../../state/calibrators';
import type { CalibrationRow } from '../../worker/api';
import { markedRows } from './markedRows';

const stats = { mse: 0, sqnrDb: 0, maxAbsError: 0, clipped: 0, levelsUsed: 0 };
const rows: CalibrationRow[] = STANDARD_METHODS.map((method) => ({
  method,
  range: { min: -1, max: 1 },
  params: { scale: 1, zeroPoint: 0, qmin: -128, qmax: 127 },
  stats,
}));
const ids = (r: CalibrationRow[]) => r.map((x) => (x.method.kind === 'percentile' ? `p${x.method.percentile}` : x.method.kind));

describe('markedRows', () => {
  it('draws four calibrators by default', () => {
    expect(ids(markedRows(rows, false, 'max'))).toEqual(['max', 'p99.99', 'entropy', 'mse']);
  });
  it('adds the calibrator in use when it is not one of them', () => {
    expect(ids(markedRows(rows, false, 'histogram-observer'))).toContain('histogram-observer');
  });
  it('draws every calibrator when asked', () => {
    expect(markedRows(rows, true, null)).toHaveLength(STANDARD_METHODS.length);
  });
});

describe('calibrator colours', () => {
  it('differ from every other mark on the histogram (bars, landings, levels, clipping, handles)', () => {
    const css = readFileSync(new URL('../app.css', import.meta.url), 'utf8');
    const marks = ['--bars', '--codes', '--level', '--clip', '--handle'].map((v) =>
      new RegExp(`${v}: (#[0-9a-f]{6})`, 'i').exec(css)?.[1]?.toLowerCase(),
    );
    expect(marks.every(Boolean)).toBe(true);
    const kinds = new Map(STANDARD_METHODS.map((m) => [m.kind, methodStyle(m).color.toLowerCase()]));
    expect(new Set(kinds.values()).size).toBe(kinds.size); // one colour per kind of method
    for (const c of kinds.values()) expect(marks).not.toContain(c);
  });
});
