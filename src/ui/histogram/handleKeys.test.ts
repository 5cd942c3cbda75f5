import { describe, expect, it } from 'vitest';
import { handleKeyTarget } from './handleKeys';

const bounds = { min: -2, max: 3 };

describe('clipping handle keys', () => {
  it('arrows step 1/500 of the bounds, PageUp/PageDown 1/20', () => {
    expect(handleKeyTarget('ArrowRight', 1, bounds)).toBeCloseTo(1.01, 12);
    expect(handleKeyTarget('ArrowUp', 1, bounds)).toBeCloseTo(1.01, 12);
    expect(handleKeyTarget('ArrowLeft', 1, bounds)).toBeCloseTo(0.99, 12);
    expect(handleKeyTarget('ArrowDown', 1, bounds)).toBeCloseTo(0.99, 12);
    expect(handleKeyTarget('PageUp', 1, bounds)).toBeCloseTo(1.25, 12);
    expect(handleKeyTarget('PageDown', 1, bounds)).toBeCloseTo(0.75, 12);
  });

  it('Home and End jump to the bounds; other keys are left to the page', () => {
    expect(handleKeyTarget('Home', 1, bounds)).toBe(-2);
    expect(handleKeyTarget('End', 1, bounds)).toBe(3);
    expect(handleKeyTarget('Enter', 1, bounds)).toBeNull();
    expect(handleKeyTarget('toString', 1, bounds)).toBeNull(); // not an inherited property either
  });
});
