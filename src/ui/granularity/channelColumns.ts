import { scaleLinear, type ScaleLinear } from 'd3';
import type { Range } from '../../core/math';

/** Height of the channel-range chart in px. */
export const CHANNEL_CHART_HEIGHT = 220;
/** Margins of the channel-range chart in px (room for the value ticks on the left). */
export const CHANNEL_CHART_MARGIN = { top: 10, right: 10, bottom: 24, left: 48 };

/** A drawn bar: channels order[first … first+count) merged into their envelope [min, max]. */
export interface Column {
  first: number;
  count: number;
  min: number;
  max: number;
}

/** Channel indices 0 … n−1, or ordered by their range width max − min (narrowest first) when `sorted`. */
export function channelOrder(min: Float32Array, max: Float32Array, sorted: boolean): number[] {
  const idx = Array.from(min, (_, c) => c);
  return sorted ? idx.sort((a, b) => max[a] - min[a] - (max[b] - min[b])) : idx;
}

/** Channels in `order` merged into at most `columns` bars (one bar per channel when they fit), each the envelope of its channels. */
export function channelColumns(min: Float32Array, max: Float32Array, order: number[], columns: number): Column[] {
  const per = Math.max(1, Math.ceil(order.length / Math.max(1, columns)));
  const out: Column[] = [];
  for (let first = 0; first < order.length; first += per) {
    let lo = Infinity;
    let hi = -Infinity;
    const count = Math.min(per, order.length - first);
    for (let i = first; i < first + count; i++) {
      lo = Math.min(lo, min[order[i]]);
      hi = Math.max(hi, max[order[i]]);
    }
    out.push({ first, count, min: lo, max: hi });
  }
  return out;
}

/** Fewest and most quantization levels any channel uses, "a … b" (levels[c] for channel c); "—" without channels. */
export function levelSpan(levels: Uint32Array): string {
  let lo = Infinity;
  let hi = 0;
  for (let c = 0; c < levels.length; c++) {
    if (levels[c] < lo) lo = levels[c];
    if (levels[c] > hi) hi = levels[c];
  }
  return levels.length ? `${lo} … ${hi}` : '—';
}

/** How many bars fit in a chart `width` px wide: one per 2 px of plot. */
export function columnsThatFit(width: number): number {
  return Math.floor((width - CHANNEL_CHART_MARGIN.left - CHANNEL_CHART_MARGIN.right) / 2);
}

/** Whether bar `col` holds channel `selected` (an index into min/max, not a position in `order`). */
export function columnHolds(col: Column, order: number[], selected: number | null): boolean {
  return selected !== null && order.slice(col.first, col.first + col.count).includes(selected);
}

/** The chart's scales: bar index → px, value → px over the bars and the per-tensor range (nice), and each bar's width in px (a 1 px gap while there are ≤ 200 bars). */
export function channelScales(
  columns: Column[],
  tensorRange: Range,
  width: number,
): { x: ScaleLinear<number, number>; y: ScaleLinear<number, number>; barWidth: number } {
  const M = CHANNEL_CHART_MARGIN;
  const lo = columns.reduce((m, c) => Math.min(m, c.min), tensorRange.min);
  const hi = columns.reduce((m, c) => Math.max(m, c.max), tensorRange.max);
  const x = scaleLinear()
    .domain([0, columns.length])
    .range([M.left, width - M.right]);
  const y = scaleLinear()
    .domain([lo, hi])
    .nice()
    .range([CHANNEL_CHART_HEIGHT - M.bottom, M.top]);
  const barWidth = Math.max(1, x(1) - x(0) - (columns.length > 200 ? 0 : 1));
  return { x, y, barWidth };
}
