import { describe, expect, it } from 'vitest';
import type { Histogram } from '../../core/math';
import {
  BARS_LAYOUT,
  channelBarScales,
  CURVE_MARGIN,
  curvePath,
  curveScales,
  levelsInside,
  MINI_MARGIN,
  miniHistogramScales,
} from './labGeometry';

const h: Histogram = { lo: -2, hi: 2, counts: Float64Array.of(1, 10, 100, 4), below: 0, above: 0 };

describe('mini histogram geometry', () => {
  it('maps [lo, hi] onto the plot and the counts onto the rows above the axis', () => {
    const { x, y, base, ticks } = miniHistogramScales(h, 400, 120, false);
    expect([x(-2), x(2)]).toEqual([MINI_MARGIN.left, 400 - MINI_MARGIN.right]);
    expect(base).toBe(120 - MINI_MARGIN.bottom);
    expect([y(0), y(100)]).toEqual([base, MINI_MARGIN.top]);
    expect(ticks).toBe(4);
    expect(miniHistogramScales(h, 100, 120, false).ticks).toBe(2);
  });

  it('on a log axis puts one value just above the axis, the peak below the top, and clamps an empty bin to the axis', () => {
    const { y, base } = miniHistogramScales(h, 400, 120, true);
    expect(y(1)).toBeLessThan(base);
    expect(y(1)).toBeGreaterThan(base - 10);
    expect(y(100)).toBeGreaterThan(MINI_MARGIN.top);
    expect(y(0.01)).toBe(base);
  });

  it('keeps only the grid lines inside the histogram range', () => {
    expect(levelsInside([-3, -2, 0.5, 2, 2.5], h)).toEqual([-2, 0.5, 2]);
  });
});

describe('activation curve geometry', () => {
  const curve = { x: Float32Array.of(-4, 0, 4), y: Float32Array.of(-0.1, 0, 4) };
  it('spans the inputs, and the outputs down to at least −0.5 on a nice axis', () => {
    const { x, y } = curveScales(curve, 300, 200);
    expect([x(-4), x(4)]).toEqual([CURVE_MARGIN.left, 300 - CURVE_MARGIN.right]);
    expect(y.domain()).toEqual([-0.5, 4]);
    expect(curveScales({ x: curve.x, y: Float32Array.of(-2, 0, 1) }, 300, 200).y.domain()).toEqual([-2, 1]);
  });

  it('draws a polyline through every sample, to 0.1 px', () => {
    expect(
      curvePath(
        curve,
        (v) => v * 10 + 0.04,
        (v) => -v,
      ),
    ).toBe('M-40.0,0.1L0.0,0.0L40.0,-4.0');
  });
});

describe('per-channel bar geometry', () => {
  it('puts channel j at x(j) with a 0.5 px gap, and values on a clamped log axis 1e-3 … 1e3', () => {
    const { x, y, barWidth } = channelBarScales(4, BARS_LAYOUT.left + BARS_LAYOUT.right + 40);
    expect(x(0)).toBe(BARS_LAYOUT.left);
    expect(barWidth).toBe(9.5);
    expect(y(1e3)).toBe(BARS_LAYOUT.top);
    expect(y(1e-3)).toBe(BARS_LAYOUT.height - BARS_LAYOUT.bottom);
    expect(y(1e-9)).toBe(y(1e-3));
    expect(channelBarScales(1000, 100).barWidth).toBe(1);
  });
});
