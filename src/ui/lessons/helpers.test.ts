import { describe, expect, it } from 'vitest';
import { qparams } from '../../core/math';
import { tabAfterKey } from '../tabs';
import { lessonKeyAction, stepAfter, type KeyTarget } from './keys';
import { lessonNumbers, negativeLevelsUsed } from './numbers';
import { placeholders, splitTemplate } from './template';

const body: KeyTarget = { tag: 'BODY', role: null, editable: false };

describe('lesson keys', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'leave'],
  ] as const)('%s on the page means %s', (key, action) => {
    expect(lessonKeyAction(key, body)).toBe(action);
  });
  it('leave the keys to text fields, sliders, tabs and modifier shortcuts', () => {
    expect(lessonKeyAction('ArrowRight', { tag: 'INPUT', role: null, editable: false })).toBeNull();
    expect(lessonKeyAction('ArrowRight', { tag: 'SELECT', role: null, editable: false })).toBeNull();
    expect(lessonKeyAction('ArrowRight', { tag: 'DIV', role: null, editable: true })).toBeNull();
    expect(lessonKeyAction('ArrowLeft', { tag: 'g', role: 'slider', editable: false })).toBeNull();
    expect(lessonKeyAction('End', { tag: 'BUTTON', role: 'tab', editable: false })).toBeNull();
    expect(lessonKeyAction('ArrowRight', body, true)).toBeNull();
    expect(lessonKeyAction('a', body)).toBeNull();
  });
  it('let Space press a focused button rather than turn the page; arrows still turn it', () => {
    expect(lessonKeyAction(' ', { tag: 'BUTTON', role: null, editable: false })).toBeNull();
    expect(lessonKeyAction('ArrowRight', { tag: 'BUTTON', role: null, editable: false })).toBe('next');
  });
  it('stop at the first and last steps', () => {
    expect(stepAfter('next', 3, 4)).toBe(3);
    expect(stepAfter('next', 1, 4)).toBe(2);
    expect(stepAfter('previous', 0, 4)).toBe(0);
    expect(stepAfter('first', 2, 4)).toBe(0);
    expect(stepAfter('last', 0, 4)).toBe(3);
    expect(stepAfter('leave', 2, 4)).toBeNull();
  });
});

describe('top tabs', () => {
  it('move with arrows (wrapping) and jump with Home and End', () => {
    expect(tabAfterKey('ArrowRight', 2, 3)).toBe(0);
    expect(tabAfterKey('ArrowLeft', 0, 3)).toBe(2);
    expect(tabAfterKey('Home', 2, 3)).toBe(0);
    expect(tabAfterKey('End', 0, 3)).toBe(2);
    expect(tabAfterKey('Enter', 0, 3)).toBeNull();
  });
});

describe('lesson templates', () => {
  it('split a text at its placeholders', () => {
    expect(splitTemplate('clips {{clippedPct}} of {{count}}.')).toEqual([
      { text: 'clips ' },
      { name: 'clippedPct' },
      { text: ' of ' },
      { name: 'count' },
      { text: '.' },
    ]);
    expect(splitTemplate('{{a}}')).toEqual([{ name: 'a' }]);
    expect(placeholders('no figures')).toEqual([]);
  });
});

describe('lesson figures', () => {
  const spec = { bits: 8, mode: 'symmetric', signed: true, narrowRange: false } as const;
  const range = { min: -10, max: 10 };
  const params = qparams(range, spec);
  it('count the negative codes in use', () => {
    const counts = new Float64Array(256);
    counts[128] = 5; // code 0
    counts[127] = 3; // code −1
    counts[126] = 1; // code −2
    counts[200] = 9;
    expect(negativeLevelsUsed(counts, params)).toBe(2);
  });
  it('print figures as the panels do, and leave out what is not computed yet', () => {
    const stats = {
      count: 1000,
      finite: 1000,
      nan: 0,
      posInf: 0,
      negInf: 0,
      zeros: 0,
      min: -0.17,
      max: 104.2,
      sumSquares: 1,
      mean: 1,
      std: 1,
    };
    const error = { mse: 0.00796, sqnrDb: 27.46, maxAbsError: 85.7, clipped: 3, levelsUsed: 130 };
    const n = lessonNumbers({ spec, range, params, error, stats, codeCounts: null, bestCalib: null });
    expect(n).toMatchObject({ bits: '8', levels: '256', beta: '-10', alpha: '10', scale: '0.0784', zeroPoint: '0' });
    expect(n).toMatchObject({ mse: '0.00796', sqnr: '27.5 dB', clipped: '3', clippedPct: '0.3 %', levelsUsed: '130', max: '104' });
    expect(n).toMatchObject({ s: '12.8', z: '0', geluMin: '-0.1700', mib32: '0.00381' });
    expect(n.negLevels).toBeUndefined();
    expect(n.bestCalib).toBeUndefined();
  });
});

describe('the Model tab’s figures in lessons', () => {
  it('print accuracies as the Model tab does, and wait for what is not computed', () => {
    const spec = { bits: 8, mode: 'affine', signed: true, narrowRange: false } as const;
    const range = { min: -1, max: 1 };
    const base = { spec, range, params: qparams(range, spec), error: null, stats: null, codeCounts: null, bestCalib: null };
    const n = lessonNumbers({ ...base, model: { fp32: 0.963, ptq: 0.8734, partial: null, sensitiveLayer: 'fc1' } });
    expect(n).toMatchObject({ fp32Acc: '96.30 %', ptqAcc: '87.34 %', sensitiveLayer: 'fc1' });
    expect(n.partialAcc).toBeUndefined();
    expect(lessonNumbers(base).fp32Acc).toBeUndefined();
  });
});
