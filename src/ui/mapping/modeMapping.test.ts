import { describe, expect, it } from 'vitest';
import { qparams } from '../../core/math';
import { articleNotation } from './articleNotation';
import { modeMapping } from './modeMapping';

const spec = { bits: 8, mode: 'affine' as const, signed: true, narrowRange: false };
const range = { min: -0.5, max: 2 };

describe('mapping view columns', () => {
  it('the symmetric column quantizes ±max(|β|, |α|) with zero point 0, whatever the scene’s mode', () => {
    const m = modeMapping(range, spec, 'symmetric');
    expect(m.range).toEqual({ min: -2, max: 2 });
    expect(m.params).toEqual(qparams({ min: -2, max: 2 }, { ...spec, mode: 'symmetric' }));
    expect(m.params.zeroPoint).toBe(0);
    expect(m.notation).toEqual(articleNotation(range, { ...spec, mode: 'symmetric' }));
  });

  it('the asymmetric column quantizes [β, α] itself', () => {
    const m = modeMapping(range, { ...spec, mode: 'symmetric' }, 'affine');
    expect(m.range).toBe(range);
    expect(m.params).toEqual(qparams(range, spec));
    expect(m.params.zeroPoint).not.toBe(0);
    expect(m.notation).toEqual(articleNotation(range, spec));
  });
});
