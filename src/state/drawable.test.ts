import { describe, expect, it } from 'vitest';
import { drawable } from './drawable';

const bounds = { min: -2, max: 2 };

describe('drawable', () => {
  it('leaves a range and zoom inside the bounds alone', () => {
    expect(drawable({ min: -1, max: 1 }, { min: -0.5, max: 0.5 }, bounds)).toEqual({
      range: { min: -1, max: 1 },
      zoom: { min: -0.5, max: 0.5 },
      clamped: false,
    });
  });

  it('clamps float32-extreme ranges to the bounds', () => {
    const d = drawable({ min: -3.4e38, max: 3.4e38 }, null, bounds);
    expect(d).toEqual({ range: bounds, zoom: null, clamped: true });
  });

  it('widens a zoom narrower than a millionth of the domain about its centre', () => {
    expect(drawable({ min: -1, max: 1 }, { min: -1e-300, max: 1e-300 }, bounds).zoom).toEqual({ min: -2e-6, max: 2e-6 });
    const atEdge = drawable({ min: -1, max: 1 }, { min: 2, max: 2 + 5e-324 }, bounds).zoom;
    expect(atEdge?.max).toBe(2);
    expect(atEdge?.min).toBeCloseTo(2 - 4e-6, 12);
  });

  it('drops a zoom that covers the whole domain', () => {
    expect(drawable({ min: -1, max: 1 }, { min: -1e308, max: 1e308 }, bounds)).toMatchObject({ zoom: null, clamped: true });
  });

  it('gives a collapsed range the smallest width a handle allows', () => {
    const { range } = drawable({ min: 1e-320, max: 2e-320 }, null, bounds);
    expect(range.max - range.min).toBeCloseTo(4e-4, 12);
  });
});
