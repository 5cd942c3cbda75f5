/** The overview plot's y scale: log (positive values only) or linear, with its ticks. */
import { scaleLinear, scaleLog } from 'd3';
import { charWidth, textWidth } from '../chartFont';

/**
 * Margins in px of the overview plot for `font` px text: the metric's name above, the value ticks `tickLabels` on the
 * left (room for five characters at least, more for a wider label such as "1.00e41"), the tick row and the axis label below.
 */
export function plotMargin(font: number, tickLabels: readonly string[] = []): { top: number; right: number; bottom: number; left: number } {
  const widest = Math.max(charWidth(font) * 5, ...tickLabels.map((l) => textWidth(l, font)));
  return { top: font + 10, right: 16, bottom: font * 2 + 12, left: Math.round(widest + 14) };
}

/** A y scale from values to pixels, its tick values, and which values it can draw. */
export interface YScale {
  y(v: number): number;
  ticks: number[];
  drawable(v: number | null): v is number;
}

/** Scale for `values` over pixel rows [top, bottom]; log scales draw only positive values, span whole decades
 * and tick at powers of ten (1, 2, 5, 10 within a single decade). */
export function yScale(values: readonly (number | null)[], log: boolean, top: number, bottom: number): YScale {
  const drawable = (v: number | null): v is number => v !== null && Number.isFinite(v) && (!log || v > 0);
  const vs = values.filter(drawable);
  let lo = vs.length > 0 ? Math.min(...vs) : log ? 1 : 0;
  let hi = vs.length > 0 ? Math.max(...vs) : log ? 10 : 1;
  if (log) {
    if (lo === hi) [lo, hi] = [lo / 2, hi * 2];
    // whole decades at both ends, so the lowest and highest points sit on labelled ticks (never on an unlabelled edge)
    const first = Math.floor(Math.log10(lo));
    const decades = Math.max(1, Math.ceil(Math.log10(hi)) - first);
    const step = Math.ceil(decades / 6); // at most 7 ticks; the top decade rounded up to a whole step
    const last = first + step * Math.ceil(decades / step);
    const s = scaleLog()
      .domain([10 ** first, 10 ** last])
      .range([bottom, top]);
    const ticks: number[] = [];
    for (let e = first; e <= last; e += step) ticks.push(10 ** e);
    if (last - first === 1) ticks.splice(1, 0, 2 * 10 ** first, 5 * 10 ** first); // one decade: 1, 2, 5, 10
    return { y: (v) => s(v), ticks, drawable };
  }
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const s = scaleLinear().domain([lo, hi]).nice().range([bottom, top]);
  return { y: (v) => s(v), ticks: s.ticks(5), drawable };
}

/**
 * Every how many tensors the layer axis is labelled: the smallest of 1, 2, 5, 10, 20, 50 … that leaves each label
 * (up to `n`, at `font` px) a font's width of room on a plot `plotWidth` px wide; labels sit at 1 and each multiple.
 */
export function layerTickEvery(n: number, plotWidth: number, font: number): number {
  const room = textWidth(String(n), font) + font;
  const perStep = n > 1 ? plotWidth / (n - 1) : plotWidth;
  for (let decade = 1; ; decade *= 10) for (const k of [1, 2, 5]) if (k * decade * perStep >= room || k * decade >= n) return k * decade;
}
