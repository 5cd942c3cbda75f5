import { scaleLinear, scaleLog, type ScaleContinuousNumeric, type ScaleLinear } from 'd3';
import type { Histogram } from '../../core/math';
import { charWidth } from '../chartFont';

/** Margins in px of a chart's plot inside its SVG. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Margins in px of a mini histogram for `font` px text: little room on the sides (no count axis), one tick row below. */
export function miniMargin(font: number): Margin {
  return { top: 8, right: 10, bottom: Math.round(font * 1.9), left: 10 };
}

/** Margins in px of the activation curve for `font` px text: four-character value ticks on the left, one tick row below. */
export function curveMargin(font: number): Margin {
  return { top: 12, right: 12, bottom: Math.round(font * 2), left: Math.round(charWidth(font) * 4 + 10) };
}

/** Layout in px of the per-channel bars for `font` px text: fixed height, four-character value ticks left of `left`, axis `bottom` px above the foot. */
export function barsLayout(font: number): Margin & { height: number } {
  return { height: 120, top: Math.round(font / 2), right: 6, bottom: 14, left: Math.round(charWidth(font) * 4 + 8) };
}

/** How many x ticks fit in `width` px of `font` px text: one per six-character label and a gap, at least 2. */
export function tickCount(width: number, font: number): number {
  return Math.max(2, Math.floor(width / (charWidth(font) * 6 + 42)));
}

/** Anchor of an x tick label `labelWidth` px wide at `px` so it stays inside an SVG `width` px wide: the end ticks lean inwards. */
export function tickAnchor(px: number, labelWidth: number, width: number): 'start' | 'middle' | 'end' {
  if (px - labelWidth / 2 < 0) return 'start';
  return px + labelWidth / 2 > width ? 'end' : 'middle';
}

/** A mini histogram's scales: value → px over [h.lo, h.hi], count → px (log: 0.8 … 1.2·peak, clamped), the axis row `base` and the number of x ticks (tickCount). */
export function miniHistogramScales(
  h: Histogram,
  width: number,
  height: number,
  log: boolean,
  font: number,
): { x: ScaleLinear<number, number>; y: ScaleContinuousNumeric<number, number>; base: number; ticks: number } {
  const M = miniMargin(font);
  const x = scaleLinear()
    .domain([h.lo, h.hi])
    .range([M.left, width - M.right]);
  const peak = Math.max(1, ...h.counts);
  const base = height - M.bottom;
  const y = log
    ? scaleLog()
        .domain([0.8, peak * 1.2])
        .range([base, M.top])
        .clamp(true)
    : scaleLinear().domain([0, peak]).range([base, M.top]);
  return { x, y, base, ticks: tickCount(width, font) };
}

/** The grid lines (real values) that lie inside the histogram's range [h.lo, h.hi]. */
export function levelsInside(levels: number[], h: Histogram): number[] {
  return levels.filter((v) => v >= h.lo && v <= h.hi);
}

/** The activation curve's scales: x over the sampled inputs, y over the outputs and at least down to −0.5 (so 0 and the dip show), nice. */
export function curveScales(
  curve: { x: Float32Array; y: Float32Array },
  width: number,
  height: number,
  font: number,
): { x: ScaleLinear<number, number>; y: ScaleLinear<number, number> } {
  const M = curveMargin(font);
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of curve.y) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  const x = scaleLinear()
    .domain([curve.x[0], curve.x[curve.x.length - 1]])
    .range([M.left, width - M.right]);
  const y = scaleLinear()
    .domain([Math.min(lo, -0.5), hi])
    .nice()
    .range([height - M.bottom, M.top]);
  return { x, y };
}

/** SVG polyline through the points (x[i], y[i]) in pixels, to 0.1 px. */
export function curvePath(curve: { x: Float32Array; y: Float32Array }, x: (v: number) => number, y: (v: number) => number): string {
  let d = '';
  curve.x.forEach((v, i) => (d += `${i ? 'L' : 'M'}${x(v).toFixed(1)},${y(curve.y[i]).toFixed(1)}`));
  return d;
}

/** Per-channel bar scales: channel j → px at x(j), value → px on a log axis 10⁻³ … 10³ (clamped), and each bar's width (a 0.5 px gap, at least 1 px). */
export function channelBarScales(
  channels: number,
  width: number,
  font: number,
): { x: ScaleLinear<number, number>; y: ScaleContinuousNumeric<number, number>; barWidth: number } {
  const L = barsLayout(font);
  const x = scaleLinear()
    .domain([0, channels])
    .range([L.left, width - L.right]);
  const y = scaleLog()
    .domain([1e-3, 1e3])
    .range([L.height - L.bottom, L.top])
    .clamp(true);
  return { x, y, barWidth: Math.max(1, x(1) - x(0) - 0.5) };
}

/** Where the minimum's label goes: its left end `x` and baseline `y` in px, and whether it sits away from the point (draw a leader). */
export interface LabelPlacement {
  x: number;
  y: number;
  leader: boolean;
}

/** Distance in px between the baselines of two lines of `font` px chart text. */
export function lineHeight(font: number): number {
  return Math.round(font * 1.2);
}

/**
 * The first spot for a label of `lines` lines, `labelWidth` px wide, of `font` px text, beside the point (below right,
 * above right, below left, above left) or in the plot's top-left corner (with a leader), whose box stays inside `plot`
 * (the tick rows lie outside it) and that the curve (a polyline through `curve`) does not cross; the corner when
 * nothing fits (all in px, `y` is the first line's baseline).
 */
export function placeMinimumLabel(
  point: { x: number; y: number },
  labelSize: { width: number; lines: number },
  font: number,
  plot: { left: number; right: number; top: number; bottom: number },
  curve: { x: number; y: number }[],
): LabelPlacement {
  const gap = 6;
  const { width, lines } = labelSize;
  const below = (lines - 1) * lineHeight(font); // from the first baseline to the last
  const corner = { x: plot.left + gap, y: plot.top + font, leader: true };
  const candidates: LabelPlacement[] = [
    { x: point.x + gap, y: point.y + gap + font, leader: false },
    { x: point.x + gap, y: point.y - gap - below, leader: false },
    { x: point.x - gap - width, y: point.y + gap + font, leader: false },
    { x: point.x - gap - width, y: point.y - gap - below, leader: false },
    corner,
  ];
  const fits = ({ x, y }: LabelPlacement) => {
    const box = { left: x - 2, right: x + width + 2, top: y - font, bottom: y + below + font * 0.3 };
    const inside = box.left >= plot.left && box.right <= plot.right && box.top >= plot.top && box.bottom <= plot.bottom;
    return inside && !crosses(curve, box);
  };
  return candidates.find(fits) ?? corner;
}

/** Whether the polyline through `points` passes through `box` (each segment checked every 2 px or finer; all in px). */
function crosses(points: { x: number; y: number }[], box: { left: number; right: number; top: number; bottom: number }): boolean {
  const inBox = (x: number, y: number) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
  return points.some((p, i) => {
    const q = points[i + 1] ?? p;
    const steps = Math.max(1, Math.ceil(Math.hypot(q.x - p.x, q.y - p.y) / 2));
    for (let k = 0; k <= steps; k++) if (inBox(p.x + ((q.x - p.x) * k) / steps, p.y + ((q.y - p.y) * k) / steps)) return true;
    return false;
  });
}
