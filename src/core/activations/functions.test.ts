import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_FNS,
  activation,
  activationCurve,
  activationMinimum,
  erf,
  erfc,
  gelu,
  geluClamped,
  hasDip,
  sigmoid,
} from '../activations';
import type { ActivationFn } from '../activations';

describe('erf / erfc', () => {
  it('has the special values and symmetries', () => {
    expect(erf(0)).toBe(0);
    expect(Object.is(erf(-0), -0)).toBe(true);
    expect(erf(Infinity)).toBe(1);
    expect(erf(-Infinity)).toBe(-1);
    expect(erfc(Infinity)).toBe(0);
    expect(erfc(-Infinity)).toBe(2);
    expect(erf(NaN)).toBeNaN();
    expect(erfc(NaN)).toBeNaN();
    for (const v of [1e-9, 0.3, 0.9, 1.1, 2, 3.5, 5]) {
      expect(erf(-v)).toBe(-erf(v));
      expect(erf(v) + erfc(v)).toBeCloseTo(1, 15);
    }
  });

  it('keeps relative accuracy deep in the right tail (erfc(10) = 2.088487583762545e−45)', () => {
    expect(Math.abs(erfc(10) / 2.088487583762545e-45 - 1)).toBeLessThan(1e-14);
    expect(Math.abs(erfc(5) / 1.5374597944280349e-12 - 1)).toBeLessThan(1e-14);
  });
});

describe('activation', () => {
  const edge = Float32Array.from([NaN, Infinity, -Infinity, 0, -0, 1e30, -1e30]);

  it.each(ACTIVATION_FNS)('%s keeps NaN, has finite limits at ±∞ and never overflows', (fn) => {
    const y = activation(edge, fn);
    expect(y[0]).toBeNaN();
    for (let i = 1; i < y.length; i++) expect(Number.isNaN(y[i]), `${fn}(${edge[i]})`).toBe(false);
  });

  it('gives GELU/Swish → −0 at −∞ and +∞ at +∞; sigmoid is safe for large |x|', () => {
    for (const fn of ['gelu', 'gelu-tanh', 'swish'] as const) {
      const y = activation(Float32Array.from([-Infinity, Infinity, -1e30]), fn);
      expect(Object.is(y[0], -0)).toBe(true);
      expect(y[1]).toBe(Infinity);
      expect(y[2] === 0).toBe(true);
    }
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(800)).toBe(1);
    expect(sigmoid(-100)).toBeCloseTo(3.720075976020836e-44, 58);
  });

  it('clamps gelu10 to [−10, 10] and geluClamped(x, c) to [−c, c]', () => {
    const x = Float32Array.from([-20, -0.75, 0, 3, 9.5, 10, 12, 100]);
    const y10 = activation(x, 'gelu10');
    expect(Array.from(y10)).toEqual(Array.from(geluClamped(x, 10)));
    expect(y10[7]).toBe(10);
    expect(y10[3]).toBe(Math.fround(gelu(3)));
    const y2 = geluClamped(x, 2);
    expect(Math.max(...y2)).toBe(2);
    expect(Array.from(geluClamped(x, Infinity))).toEqual(Array.from(activation(x, 'gelu')));
    expect(geluClamped(x, 0.1)[1]).toBeCloseTo(-0.1, 7); // a clamp inside the dip cuts it off
    for (const c of [0, -1, NaN]) expect(() => geluClamped(x, c)).toThrow(RangeError);
  });

  it('rejects an unknown activation name', () => {
    expect(() => activation(new Float32Array(1), 'elu' as ActivationFn)).toThrow(RangeError);
  });
});

describe('activationMinimum', () => {
  it('finds the dips numerically: GELU ≈ −0.1700 at −0.7518, Swish ≈ −0.2785 at −1.2785', () => {
    const g = activationMinimum('gelu');
    expect(g.x).toBeCloseTo(-0.7518, 4);
    expect(g.y).toBeCloseTo(-0.17, 4);
    const s = activationMinimum('swish');
    expect(s.x).toBeCloseTo(-1.2785, 4);
    expect(s.y).toBeCloseTo(-0.2785, 4);
    expect(activationMinimum('gelu10')).toEqual(g);
    // The minimum is a minimum: both neighbours are higher.
    for (const m of [g, s]) expect(Math.min(gelu(m.x - 1e-3), gelu(m.x + 1e-3))).toBeGreaterThanOrEqual(gelu(g.x));
  });

  it('is null for the monotone activations', () => {
    for (const fn of ['relu', 'relu6', 'tanh', 'sigmoid'] as const) {
      expect(hasDip(fn)).toBe(false);
      expect(activationMinimum(fn)).toBeNull();
    }
  });
});

describe('activationCurve', () => {
  it('samples n evenly spaced points from lo to hi inclusive', () => {
    const { x, y } = activationCurve('relu6', -2, 8, 11);
    expect(Array.from(x)).toEqual([-2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(Array.from(y)).toEqual([0, 0, 0, 1, 2, 3, 4, 5, 6, 6, 6]);
    const c = activationCurve('gelu', -6, 6, 1001);
    expect(c.x[0]).toBe(-6);
    expect(c.x[1000]).toBe(6);
    expect(Math.min(...c.y)).toBeCloseTo(-0.17, 3);
  });

  it('rejects bad bounds and counts', () => {
    expect(() => activationCurve('gelu', 1, 1, 10)).toThrow(RangeError);
    expect(() => activationCurve('gelu', 0, NaN, 10)).toThrow(RangeError);
    expect(() => activationCurve('gelu', 0, 1, 1)).toThrow(RangeError);
    expect(() => activationCurve('gelu', 0, 1, 2.5)).toThrow(RangeError);
  });
});
