import { describe, expect, it } from 'vitest';
import { castFloat, floatCastStats } from './index';

describe('floatCastStats', () => {
  it('counts overflow, underflow to zero and subnormal results, skipping NaN/±Inf', () => {
    const x = Float32Array.of(1, 0.1, 1e5, -1e5, 2 ** -26, -(2 ** -20), 0, NaN, Infinity);
    const s = floatCastStats(x, 'fp16');
    expect(s).toMatchObject({ overflow: 2, underflowToZero: 1, subnormal: 1, count: 7, nonFinite: 2 });
    expect(s.mse).toBe(Infinity);
    expect(s.maxAbsError).toBe(Infinity);
    const e4 = floatCastStats(x, 'fp8-e4m3');
    expect(e4).toMatchObject({ overflow: 2, underflowToZero: 2, subnormal: 0, count: 7 });
    expect(e4.maxAbsError).toBe(1e5 - 448);
    expect(e4.maxRelError).toBe(1);
  });
  it('gives mean squared error and the largest relative error in float64', () => {
    const x = Float32Array.of(1 + 2 ** -9, 3, -0.3);
    const y = castFloat(x, 'fp8-e4m3');
    const e = Array.from(x, (v, i) => y[i] - v);
    const s = floatCastStats(x, 'fp8-e4m3');
    expect(s.mse).toBeCloseTo((e[0] ** 2 + e[1] ** 2 + e[2] ** 2) / 3, 15);
    expect(s.maxAbsError).toBe(Math.max(...e.map(Math.abs)));
    expect(s.maxRelError).toBe(Math.max(...e.map((d, i) => Math.abs(d) / Math.abs(x[i]))));
  });
  it('handles empty input and inputs longer than its chunk', () => {
    expect(floatCastStats(new Float32Array(0), 'bf16')).toEqual({
      mse: 0,
      maxAbsError: 0,
      maxRelError: 0,
      overflow: 0,
      underflowToZero: 0,
      subnormal: 0,
      count: 0,
      nonFinite: 0,
    });
    const n = 200_003;
    const x = Float32Array.from({ length: n }, (_, i) => Math.sin(i) * 2 ** ((i % 40) - 25));
    const s = floatCastStats(x, 'fp8-e5m2');
    const y = castFloat(x, 'fp8-e5m2');
    let se = 0;
    let sub = 0;
    for (let i = 0; i < n; i++) {
      se += (y[i] - x[i]) ** 2;
      if (y[i] !== 0 && Math.abs(y[i]) < 2 ** -14) sub++;
    }
    expect(s.count).toBe(n);
    expect(s.subnormal).toBe(sub);
    expect(s.mse).toBeCloseTo(se / n, 12);
  });
});
