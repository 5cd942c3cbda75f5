import { describe, expect, it } from 'vitest';
import { handleBounds, MIN_WIDTH_FRACTION, moveHandle, snapSymmetric, symmetricHull } from './range';

const bounds = { min: -10, max: 10 };
const gap = 20 * MIN_WIDTH_FRACTION;

describe('range and handle helpers', () => {
  it('moves one handle and leaves the other where it is', () => {
    expect(moveHandle({ min: -1, max: 2 }, 'min', -3, bounds)).toEqual({ min: -3, max: 2 });
    expect(moveHandle({ min: -1, max: 2 }, 'max', 4, bounds)).toEqual({ min: -1, max: 4 });
  });

  it('keeps a moved handle inside the bounds and never on or past the other handle', () => {
    expect(moveHandle({ min: -1, max: 2 }, 'min', -50, bounds)).toEqual({ min: -10, max: 2 });
    expect(moveHandle({ min: -1, max: 2 }, 'max', 50, bounds)).toEqual({ min: -1, max: 10 });
    expect(moveHandle({ min: -1, max: 2 }, 'min', 5, bounds)).toEqual({ min: 2 - gap, max: 2 });
    expect(moveHandle({ min: -1, max: 2 }, 'max', -5, bounds)).toEqual({ min: -1, max: -1 + gap });
  });

  it('mirrors a symmetric handle: either one sets ±|value|, at least the minimal width and at most the smaller bound', () => {
    expect(snapSymmetric('max', 3, bounds)).toEqual({ min: -3, max: 3 });
    expect(snapSymmetric('min', -4, bounds)).toEqual({ min: -4, max: 4 });
    expect(snapSymmetric('min', 4, bounds)).toEqual({ min: -gap / 2, max: gap / 2 }); // dragged past zero
    expect(snapSymmetric('max', 50, { min: -6, max: 10 })).toEqual({ min: -6, max: 6 });
  });

  it('covers both ends of a range with its symmetric hull', () => {
    expect(symmetricHull({ min: -1, max: 0.5 })).toEqual({ min: -1, max: 1 });
    expect(symmetricHull({ min: 0.2, max: 3 })).toEqual({ min: -3, max: 3 });
  });

  it('widens the data range to hold 0 with 5 % room, or to ±1.1·max|x| for symmetric handles', () => {
    const positive = handleBounds(1, 3, false);
    expect(positive.min).toBeCloseTo(-0.15, 12);
    expect(positive.max).toBeCloseTo(3.15, 12);
    expect(handleBounds(-4, 2, false)).toEqual({ min: -4.3, max: 2.3 });
    const sym = handleBounds(-2, 5, true);
    expect(sym.min).toBeCloseTo(-5.5, 12);
    expect(sym.max).toBeCloseTo(5.5, 12);
    expect(handleBounds(0, 0, false)).toEqual({ min: -0.05, max: 0.05 }); // all zeros: still a usable domain
  });
});
