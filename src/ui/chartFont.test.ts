import { describe, expect, it } from 'vitest';
import { charWidth, textWidth } from './chartFont';

describe('chart text width', () => {
  it('counts a Hangul syllable as a full em and other characters as charWidth', () => {
    expect(textWidth('-0.1700', 18)).toBeCloseTo(7 * charWidth(18));
    expect(textWidth('x = -0.7518에서', 18)).toBeCloseTo(11 * charWidth(18) + 2 * 18);
    expect(textWidth('', 13)).toBe(0);
  });
});
