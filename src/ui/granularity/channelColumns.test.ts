import { describe, expect, it } from 'vitest';
import {
  CHANNEL_CHART_MARGIN,
  channelColumns,
  channelOrder,
  channelScales,
  columnHolds,
  columnsThatFit,
  levelSpan,
} from './channelColumns';

const min = Float32Array.of(-1, -0.25, -4, -0.5, -2);
const max = Float32Array.of(1, 0.5, 3, 0.25, 1);

describe('channel aggregation', () => {
  it('keeps the channels in index order, or sorts them by range width (narrowest first)', () => {
    expect(channelOrder(min, max, false)).toEqual([0, 1, 2, 3, 4]);
    expect(channelOrder(min, max, true)).toEqual([1, 3, 0, 4, 2]); // widths 2, 0.75, 7, 0.75, 3
  });

  it('gives one bar per channel while they fit, in the order given', () => {
    const order = [2, 0, 1, 3, 4];
    expect(channelColumns(min, max, order, 10)).toEqual([
      { first: 0, count: 1, min: -4, max: 3 },
      { first: 1, count: 1, min: -1, max: 1 },
      { first: 2, count: 1, min: -0.25, max: 0.5 },
      { first: 3, count: 1, min: -0.5, max: 0.25 },
      { first: 4, count: 1, min: -2, max: 1 },
    ]);
  });

  it('merges neighbours into the envelope of their ranges when there are more channels than bars', () => {
    const cols = channelColumns(min, max, [0, 1, 2, 3, 4], 2);
    expect(cols).toEqual([
      { first: 0, count: 3, min: -4, max: 3 },
      { first: 3, count: 2, min: -2, max: 1 },
    ]);
    expect(cols.reduce((n, c) => n + c.count, 0)).toBe(5);
    expect(channelColumns(min, max, [0, 1, 2, 3, 4], 0)).toEqual([{ first: 0, count: 5, min: -4, max: 3 }]); // no room: one bar, never a division by zero
    expect(channelColumns(min, max, [], 4)).toEqual([]);
  });

  it('knows which bar holds the selected channel, by channel index rather than position', () => {
    const order = [4, 3, 2, 1, 0];
    const [first, second] = channelColumns(min, max, order, 2);
    expect(columnHolds(first, order, 2)).toBe(true);
    expect(columnHolds(first, order, 1)).toBe(false);
    expect(columnHolds(second, order, 1)).toBe(true);
    expect(columnHolds(second, order, null)).toBe(false);
  });

  it('summarises the levels the channels use as fewest … most', () => {
    expect(levelSpan(Uint32Array.of(14, 3, 256, 16))).toBe('3 … 256');
    expect(levelSpan(Uint32Array.of(7))).toBe('7 … 7');
    expect(levelSpan(new Uint32Array(0))).toBe('—');
  });
});

describe('channel chart geometry', () => {
  it('fits one bar per 2 px of plot', () => {
    expect(columnsThatFit(CHANNEL_CHART_MARGIN.left + CHANNEL_CHART_MARGIN.right + 200)).toBe(100);
    expect(columnsThatFit(CHANNEL_CHART_MARGIN.left + CHANNEL_CHART_MARGIN.right + 201)).toBe(100);
  });

  it('spans the bars and the per-tensor range on a nice value axis, and leaves a 1 px gap between up to 200 bars', () => {
    const cols = channelColumns(min, max, [0, 1, 2, 3, 4], 5);
    const { x, y, barWidth } = channelScales(cols, { min: -0.5, max: 5.3 }, 558);
    expect(y.domain()).toEqual([-4, 6]);
    expect(x(0)).toBe(CHANNEL_CHART_MARGIN.left);
    expect(x(5)).toBe(558 - CHANNEL_CHART_MARGIN.right);
    expect(barWidth).toBe(99); // 500 px / 5 bars, less the gap
    const many = Array.from({ length: 250 }, (_, first) => ({ first, count: 1, min: 0, max: 1 }));
    expect(channelScales(many, { min: 0, max: 1 }, 308).barWidth).toBe(1); // 250 bars in 250 px: no gap, at least 1 px
  });
});
