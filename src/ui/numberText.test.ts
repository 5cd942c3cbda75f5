import { describe, expect, it } from 'vitest';
import { parseNumberText, stepNumber, type NumberRules } from './numberText';

const sigma: NumberRules = { min: 0, max: 100, above: true };
const seed: NumberRules = { min: 0, max: 0xffffffff, integer: true };
const percentile: NumberRules = { min: 0, max: 100, above: true, optional: true };

describe('parseNumberText', () => {
  it('takes what people type as they type it', () => {
    expect(parseNumberText('0.5', sigma)).toEqual({ ok: true, value: 0.5 });
    expect(parseNumberText('12', sigma)).toEqual({ ok: true, value: 12 });
    expect(parseNumberText(' .25 ', sigma)).toEqual({ ok: true, value: 0.25 });
    expect(parseNumberText('1e-3', sigma)).toEqual({ ok: true, value: 0.001 });
  });
  it('says why text cannot be used', () => {
    expect(parseNumberText('', sigma)).toEqual({ ok: false, problem: 'number' });
    expect(parseNumberText('0.', sigma)).toEqual({ ok: false, problem: 'above' });
    expect(parseNumberText('abc', sigma)).toEqual({ ok: false, problem: 'number' });
    expect(parseNumberText('0x10', sigma)).toEqual({ ok: false, problem: 'number' });
    expect(parseNumberText('Infinity', sigma)).toEqual({ ok: false, problem: 'number' });
    expect(parseNumberText('1e999', sigma)).toEqual({ ok: false, problem: 'number' });
    expect(parseNumberText('150', sigma)).toEqual({ ok: false, problem: 'above' });
    expect(parseNumberText('-1', { min: 0, max: 1 })).toEqual({ ok: false, problem: 'range' });
    expect(parseNumberText('1.5', seed)).toEqual({ ok: false, problem: 'integer' });
    expect(parseNumberText('-3', seed)).toEqual({ ok: false, problem: 'integer' });
  });
  it('reads empty text as "none" where that is allowed', () => {
    expect(parseNumberText('  ', percentile)).toEqual({ ok: true, value: null });
    expect(parseNumberText('97.5', percentile)).toEqual({ ok: true, value: 97.5 });
  });
});

describe('stepNumber', () => {
  it('steps within the rules, without binary-fraction noise', () => {
    expect(stepNumber(0.1, 0.2, 1, sigma)).toBe(0.3);
    expect(stepNumber(99.9, 0.5, 1, sigma)).toBe(100);
    expect(stepNumber(5, 1, -1, seed)).toBe(4);
    expect(stepNumber(0, 1, -1, seed)).toBe(0);
    expect(stepNumber(null, 1, 1, seed)).toBe(0);
    expect(stepNumber(0.5, 0.5, -1, sigma)).toBe(0.5); // σ stays above 0
  });
});
