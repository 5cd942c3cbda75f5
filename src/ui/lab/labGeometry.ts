import { scaleLinear, scaleLog, type ScaleContinuousNumeric, type ScaleLinear } from 'd3';
import type { Histogram } from '../../core/math';

/** Margins in px of a mini histogram (no count axis: little room on the sides). */
export const MINI_MARGIN = { top: 8, right: 10, bottom: 24, left: 10 };
/** Margins in px of the activation curve (value ticks on the left). */
export const CURVE_MARGIN = { top: 12, right: 12, bottom: 26, left: 40 };
/** Layout in px of the per-channel bars: fixed height, value ticks left of `left`, axis `bottom` px above the foot. */
export const BARS_LAYOUT = { height: 120, top: 6, right: 6, bottom: 14, left: 36 };

/** A mini histogram's scales: value → px over [h.lo, h.hi], count → px (log: 0.8 … 1.2·peak, clamped), the axis row `base` and the number of x ticks (one per 90 px, at least 2). */
export function miniHistogramScales(
  h: Histogram,
  width: number,
  height: number,
  log: boolean,
): { x: ScaleLinear<number, number>; y: ScaleContinuousNumeric<number, number>; base: number; ticks: number } {
  const M = MINI_MARGIN;
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
  return { x, y, base, ticks: Math.max(2, Math.floor(width / 90)) };
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
): { x: ScaleLinear<number, number>; y: ScaleLinear<number, number> } {
  const M = CURVE_MARGIN;
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
): { x: ScaleLinear<number, number>; y: ScaleContinuousNumeric<number, number>; barWidth: number } {
  const L = BARS_LAYOUT;
  const x = scaleLinear()
    .domain([0, channels])
    .range([L.left, width - L.right]);
  const y = scaleLog()
    .domain([1e-3, 1e3])
    .range([L.height - L.bottom, L.top])
    .clamp(true);
  return { x, y, barWidth: Math.max(1, x(1) - x(0) - 0.5) };
}
