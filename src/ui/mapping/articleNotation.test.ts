import { describe, expect, it } from 'vitest';
import { qparams, type QuantSpec } from '../../core/math';
import { articleNotation, widenedBound } from './articleNotation';

const int8: QuantSpec = { bits: 8, mode: 'affine', signed: true, narrowRange: false };

describe('articleNotation', () => {
  it('widens β = 20, α = 90 to [0, 90], so s = 1/scale and z = zero_point = −128 (inside int8)', () => {
    const a = articleNotation({ min: 20, max: 90 }, int8);
    const p = qparams({ min: 20, max: 90 }, int8);
    expect(a.effective).toEqual({ min: 0, max: 90 });
    expect(a.widened).toBe('min');
    expect(a.s).toBeCloseTo(255 / 90, 6);
    expect(a.s * p.scale).toBeCloseTo(1, 6);
    expect(a.z).toBe(-128);
    expect(a.z).toBe(p.zeroPoint);
  });

  it('reports the raw range’s z = −201 as outside the codes, with the reason (the range was widened)', () => {
    const a = articleNotation({ min: 20, max: 90 }, int8);
    expect(a.rawZOutside).toBe(-201);
  });

  it('keeps the article’s formula for a signed range that contains 0: z = −round(β·s) − 2^(b−1)', () => {
    const a = articleNotation({ min: -1, max: 3 }, int8);
    expect(a.widened).toBeNull();
    expect(a.rawZOutside).toBeNull();
    expect(a.s).toBeCloseTo(255 / 4, 4);
    expect(a.z).toBe(-Math.round(-1 * (255 / 4)) - 128);
  });

  it('evaluates to s = (qmax − qmin)/(α′ − β′) and a z inside the codes in every mode, at 2, 4, 8 and 16 bits', () => {
    const ranges = [
      { min: -1, max: 1 },
      { min: -0.3, max: 2.7 },
      { min: -5, max: 0.01 },
      { min: 0.05, max: 0.9 },
      { min: -90, max: -20 },
      { min: -1.989, max: 1.994 },
    ];
    for (const bits of [2, 4, 8, 16])
      for (const mode of ['affine', 'symmetric'] as const)
        for (const signed of [true, false])
          for (const narrowRange of [false, true])
            for (const range of ranges) {
              const spec = { bits, mode, signed, narrowRange };
              const a = articleNotation(range, spec);
              const p = qparams(range, spec);
              const where = JSON.stringify({ spec, range });
              expect(a.s * p.scale, where).toBeCloseTo(1, 5);
              expect(a.s / ((p.qmax - p.qmin) / (a.effective.max - a.effective.min)), where).toBeCloseTo(1, 6);
              expect(Math.abs(a.z - (p.qmin - Math.round(a.effective.min * a.s))), where).toBeLessThanOrEqual(1); // float32 ties
              expect(a.z, where).toBe(p.zeroPoint);
              expect(a.z, where).toBeGreaterThanOrEqual(p.qmin);
              expect(a.z, where).toBeLessThanOrEqual(p.qmax);
            }
  });

  it('for unsigned codes z is the article’s signed z shifted by 2^(b−1): 128 for symmetric uint8', () => {
    const u = articleNotation({ min: -1, max: 1 }, { bits: 8, mode: 'symmetric', signed: false, narrowRange: false });
    const s = articleNotation({ min: -1, max: 1 }, { bits: 8, mode: 'symmetric', signed: true, narrowRange: false });
    expect(u.z).toBe(128);
    expect(u.z - s.z).toBe(128);
  });

  it('symmetric mode uses ±max(|β|, |α|) and never reports a widening', () => {
    const a = articleNotation({ min: 0.5, max: 2 }, { ...int8, mode: 'symmetric' });
    expect(a.effective).toEqual({ min: -2, max: 2 });
    expect(a.widened).toBeNull();
    expect(a.rawZOutside).toBeNull();
  });
});

describe('widenedBound', () => {
  it('names β when the range lies above 0, α when below, nothing when it holds 0 or is symmetric', () => {
    expect(widenedBound({ min: 0.05, max: 1 }, 'affine')).toBe('min');
    expect(widenedBound({ min: -3, max: -1 }, 'affine')).toBe('max');
    expect(widenedBound({ min: 0, max: 1 }, 'affine')).toBeNull();
    expect(widenedBound({ min: 0.05, max: 1 }, 'symmetric')).toBeNull();
  });
});
