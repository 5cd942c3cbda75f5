import { describe, expect, it } from 'vitest';
import type { CalibrationRow } from '../../worker/api';
import { calibrationRow } from '../../../tests/helpers/ui';
import { calibMarks } from './calibMarks';

const spec = { bits: 8, mode: 'affine' as const, signed: true, narrowRange: false };
const row = (method: CalibrationRow['method'], min: number, max: number) => calibrationRow(method, min, max, spec);
const x = (v: number) => 100 + 50 * v;

describe('calibrator marks on the histogram', () => {
  it('draws both ends of an asymmetric range and only +a of a symmetric one, left to right', () => {
    const marks = calibMarks([row({ kind: 'max' }, -1, 1.5), row({ kind: 'percentile', percentile: 99.9 }, -0.5, 0.5)], x, 0, 400);
    expect(marks.map((m) => [m.id, m.px, m.hi])).toEqual([
      ['max.lo', 50, false],
      ['p99.9.hi', 125, true],
      ['max.hi', 175, true],
    ]);
  });

  it('leaves out ends outside the plot', () => {
    const marks = calibMarks([row({ kind: 'entropy' }, -3, 1)], x, 0, 400); // β at −50 px
    expect(marks.map((m) => m.id)).toEqual(['entropy.hi']);
    expect(calibMarks([row({ kind: 'mse' }, -1, 1)], x, 200, 400)).toEqual([]);
  });
});
