import { describe, expect, it } from 'vitest';
import { bitValue, showStored } from './bitText';

describe('bit-layout text', () => {
  it('reads any number JavaScript reads, and nothing else', () => {
    expect(bitValue('0.1')).toBe(0.1);
    expect(bitValue(' -2.5e-3 ')).toBe(-0.0025);
    expect(bitValue('Infinity')).toBe(Infinity);
    expect(Object.is(bitValue('-0'), -0)).toBe(true);
    expect(bitValue('')).toBeNull();
    expect(bitValue('   ')).toBeNull();
    expect(bitValue('1,5')).toBeNull();
  });

  it('shows stored values to 9 significant digits, infinities as words, none as a dash', () => {
    expect(showStored(0.100000001490116)).toBe('0.100000001');
    expect(showStored(65504)).toBe('65504');
    expect(showStored(-Infinity)).toBe('-Infinity');
    expect(showStored(null)).toBe('—');
  });
});
