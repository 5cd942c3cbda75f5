import { describe, expect, it } from 'vitest';
import { floatFormatInfo, type Histogram } from '../../core/math';
import { BANDS_LAYOUT, bandsHeight, formatBands, log2Window } from './bands';

/** log2|x| over [−40, 20) in 1-octave bins, values in the octaves −10 … 1. */
const h: Histogram = { lo: -40, hi: 20, counts: new Float64Array(60).map((_, i) => (i >= 30 && i <= 41 ? i : 0)), below: 0, above: 0 };

describe('range-band geometry', () => {
  it('shows the occupied octaves and 12 more on either side, inside the histogram', () => {
    expect(log2Window(h)).toEqual({ min: -22, max: 14 });
    const edge = { ...h, counts: new Float64Array(60).map((_, i) => (i === 2 || i === 57 ? 1 : 0)) };
    expect(log2Window(edge)).toEqual({ min: -40, max: 20 });
    expect(log2Window({ ...h, counts: new Float64Array(60) })).toEqual({ min: -40, max: 20 }); // nothing loaded: the whole axis
  });

  it('places a format’s subnormal and normal bands on the log2 axis, cut at the window', () => {
    const id = (v: number) => v;
    expect(formatBands(floatFormatInfo('fp16'), id, { min: -22, max: 14 })).toEqual({
      subnormal: { x: -22, width: 8 }, // 2^-24 … 2^-14, cut at −22
      normal: { x: -14, width: 28 }, // 2^-14 … 65504, cut at 14
    });
    const e4m3 = formatBands(floatFormatInfo('fp8-e4m3'), (v) => 10 * v, { min: -22, max: 14 });
    expect(e4m3.subnormal).toEqual({ x: -90, width: 30 });
    expect(e4m3.normal.x).toBe(-60);
    expect(e4m3.normal.width).toBeCloseTo(10 * (Math.log2(448) + 6), 9);
    expect(formatBands(floatFormatInfo('fp16'), id, { min: 0, max: 14 }).subnormal).toEqual({ x: 0, width: 0 }); // left of the window: no band
  });

  it('is as tall as the plot, one row per format and the tick row', () => {
    expect(bandsHeight(5) - bandsHeight(4)).toBe(BANDS_LAYOUT.row);
    expect(bandsHeight(0)).toBe(BANDS_LAYOUT.plot + BANDS_LAYOUT.margin.bottom + 6);
  });
});
