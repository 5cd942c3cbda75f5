import { describe, expect, it } from 'vitest';
import type { Histogram } from '../../core/math';
import {
  barsLayout,
  channelBarScales,
  curveMargin,
  curvePath,
  curveScales,
  levelsInside,
  miniHistogramScales,
  miniMargin,
  lineHeight,
  placeMinimumLabel,
  tickAnchor,
  tickCount,
} from './labGeometry';

const MINI_MARGIN = miniMargin(13);
const CURVE_MARGIN = curveMargin(13);
const BARS_LAYOUT = barsLayout(13);

const h: Histogram = { lo: -2, hi: 2, counts: Float64Array.of(1, 10, 100, 4), below: 0, above: 0 };

describe('mini histogram geometry', () => {
  it('maps [lo, hi] onto the plot and the counts onto the rows above the axis', () => {
    const { x, y, base, ticks } = miniHistogramScales(h, 400, 120, false, 13);
    expect([x(-2), x(2)]).toEqual([MINI_MARGIN.left, 400 - MINI_MARGIN.right]);
    expect(base).toBe(120 - MINI_MARGIN.bottom);
    expect([y(0), y(100)]).toEqual([base, MINI_MARGIN.top]);
    expect(ticks).toBe(4);
    expect(miniHistogramScales(h, 100, 120, false, 13).ticks).toBe(2);
  });

  it('on a log axis puts one value just above the axis, the peak below the top, and clamps an empty bin to the axis', () => {
    const { y, base } = miniHistogramScales(h, 400, 120, true, 13);
    expect(y(1)).toBeLessThan(base);
    expect(y(1)).toBeGreaterThan(base - 10);
    expect(y(100)).toBeGreaterThan(MINI_MARGIN.top);
    expect(y(0.01)).toBe(base);
  });

  it('leans the end tick labels inwards so they are not cut at the SVG edges', () => {
    expect(tickAnchor(10, 40, 600)).toBe('start'); // "-0.3" at the left end of the negative zoom
    expect(tickAnchor(590, 40, 600)).toBe('end'); // "0.05" at the right end
    expect(tickAnchor(300, 40, 600)).toBe('middle');
    expect(tickAnchor(20, 40, 600)).toBe('middle'); // exactly fits
  });

  it('fits fewer ticks for larger text, at least 2', () => {
    expect(tickCount(1000, 13)).toBe(11);
    expect(tickCount(1000, 18)).toBe(9);
    expect(tickCount(50, 18)).toBe(2);
  });

  it('leaves room below the plot and left of it for the tick text, more in presenter mode (18 px)', () => {
    expect(miniMargin(18).bottom).toBeGreaterThanOrEqual(18 + 3 + 8); // tick text below the axis, with its descenders
    expect(curveMargin(18).left).toBeGreaterThan(4 * 0.62 * 18); // "-0.5" right-aligned 5 px left of the plot
    expect(barsLayout(18).left).toBeGreaterThan(4 * 0.62 * 18 + 4); // "0.01" ending 4 px left of the bars
  });

  it('keeps only the grid lines inside the histogram range', () => {
    expect(levelsInside([-3, -2, 0.5, 2, 2.5], h)).toEqual([-2, 0.5, 2]);
  });
});

describe('activation curve geometry', () => {
  const curve = { x: Float32Array.of(-4, 0, 4), y: Float32Array.of(-0.1, 0, 4) };
  it('spans the inputs, and the outputs down to at least −0.5 on a nice axis', () => {
    const { x, y } = curveScales(curve, 300, 200, 13);
    expect([x(-4), x(4)]).toEqual([CURVE_MARGIN.left, 300 - CURVE_MARGIN.right]);
    expect(y.domain()).toEqual([-0.5, 4]);
    expect(curveScales({ x: curve.x, y: Float32Array.of(-2, 0, 1) }, 300, 200, 13).y.domain()).toEqual([-2, 1]);
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

describe('placing the minimum label', () => {
  const plot = { left: 40, right: 440, top: 12, bottom: 190 };
  it('puts it below right of the point when that room is free', () => {
    expect(placeMinimumLabel({ x: 100, y: 100 }, { width: 200, lines: 1 }, 13, plot, [])).toEqual({ x: 106, y: 119, leader: false });
  });

  it('never over the tick row: a minimum near the axis goes above the point', () => {
    expect(placeMinimumLabel({ x: 100, y: 185 }, { width: 200, lines: 1 }, 13, plot, [])).toEqual({ x: 106, y: 179, leader: false });
  });

  it('never over the curve: a GELU-like dip near the axis, with the curve rising right and flat left, goes to the top-left corner with a leader', () => {
    const curve = Array.from({ length: 81 }, (_, i) => ({ x: 40 + i * 5, y: i < 30 ? 180 : Math.max(12, 180 - (i - 30) * 4) }));
    expect(placeMinimumLabel({ x: 190, y: 186 }, { width: 200, lines: 1 }, 13, plot, curve)).toEqual({ x: 46, y: 25, leader: true });
  });

  it('never across a segment of the curve, even between two samples', () => {
    const segment = [
      { x: 60, y: 60 },
      { x: 400, y: 140 },
    ]; // passes through the box below right of (100, 60) without a sample in it
    expect(placeMinimumLabel({ x: 100, y: 60 }, { width: 200, lines: 1 }, 13, plot, segment)).toEqual({ x: 106, y: 54, leader: false });
  });

  it('a two-line label above the point starts one line higher', () => {
    expect(placeMinimumLabel({ x: 100, y: 185 }, { width: 120, lines: 2 }, 13, plot, [])).toEqual({
      x: 106,
      y: 185 - 6 - lineHeight(13),
      leader: false,
    });
  });

  it('beside the point on the left when the right side is out of the plot', () => {
    expect(placeMinimumLabel({ x: 400, y: 100 }, { width: 200, lines: 1 }, 13, plot, [])).toEqual({ x: 194, y: 119, leader: false });
  });
});

describe('per-channel bar geometry', () => {
  it('puts channel j at x(j) with a 0.5 px gap, and values on a clamped log axis 1e-3 … 1e3', () => {
    const { x, y, barWidth } = channelBarScales(4, BARS_LAYOUT.left + BARS_LAYOUT.right + 40, 13);
    expect(x(0)).toBe(BARS_LAYOUT.left);
    expect(barWidth).toBe(9.5);
    expect(y(1e3)).toBe(BARS_LAYOUT.top);
    expect(y(1e-3)).toBe(BARS_LAYOUT.height - BARS_LAYOUT.bottom);
    expect(y(1e-9)).toBe(y(1e-3));
    expect(channelBarScales(1000, 100, 13).barWidth).toBe(1);
  });
});
