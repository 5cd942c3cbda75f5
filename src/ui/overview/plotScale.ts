/** The overview plot's y scale: log (positive values only) or linear, with its ticks. */
import { scaleLinear, scaleLog } from 'd3';
import { charWidth } from '../chartFont';

/** Margins in px of the overview plot for `font` px text: the metric's name above, five-character value ticks on the left, the tick row and the axis label below. */
export function plotMargin(font: number): { top: number; right: number; bottom: number; left: number } {
  return { top: font + 10, right: 16, bottom: font * 2 + 12, left: Math.round(charWidth(font) * 5 + 14) };
}

/** A y scale from values to pixels, its tick values, and which values it can draw. */
export interface YScale {
  y(v: number): number;
  ticks: number[];
  drawable(v: number | null): v is number;
}

/** Scale for `values` over pixel rows [top, bottom]; log scales draw only positive values and tick at powers of ten. */
export function yScale(values: readonly (number | null)[], log: boolean, top: number, bottom: number): YScale {
  const drawable = (v: number | null): v is number => v !== null && Number.isFinite(v) && (!log || v > 0);
  const vs = values.filter(drawable);
  let lo = vs.length > 0 ? Math.min(...vs) : log ? 1 : 0;
  let hi = vs.length > 0 ? Math.max(...vs) : log ? 10 : 1;
  if (log) {
    if (lo === hi) [lo, hi] = [lo / 2, hi * 2];
    const s = scaleLog().domain([lo, hi]).range([bottom, top]);
    const first = Math.floor(Math.log10(lo));
    const last = Math.ceil(Math.log10(hi));
    const step = Math.max(1, Math.ceil((last - first) / 6));
    const decades: number[] = [];
    for (let e = first; e <= last; e += step) if (10 ** e >= lo / 1.0001 && 10 ** e <= hi * 1.0001) decades.push(10 ** e);
    return { y: (v) => s(v), ticks: decades.length >= 2 ? decades : s.ticks(4), drawable };
  }
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const s = scaleLinear().domain([lo, hi]).nice().range([bottom, top]);
  return { y: (v) => s(v), ticks: s.ticks(5), drawable };
}
