/** Limits a range and a zoom (from a link, say) to what a chart over the data's bounds can draw. */
import type { Range } from '../core/math';
import { MIN_WIDTH_FRACTION } from './range';

/** Narrowest zoom, as a fraction of the chart's whole domain (float32 values carry about 7 significant digits). */
export const MIN_ZOOM_FRACTION = 1e-6;

const clamp = (v: number, b: Range): number => Math.min(Math.max(v, b.min), b.max);

/** `r` inside `bounds` and at least `minWidth` wide (widened about its centre, then moved back inside). */
function fit(r: Range, bounds: Range, minWidth: number): Range {
  let min = clamp(r.min, bounds);
  let max = clamp(r.max, bounds);
  if (max - min >= minWidth) return { min, max };
  const centre = clamp(min / 2 + max / 2, bounds);
  [min, max] = [centre - minWidth / 2, centre + minWidth / 2];
  if (min < bounds.min) [min, max] = [bounds.min, bounds.min + minWidth];
  if (max > bounds.max) [min, max] = [bounds.max - minWidth, bounds.max];
  return { min, max };
}

/** The range and zoom a chart over `bounds` can draw (zoom null = the whole domain); `clamped` says whether either changed. */
export function drawable(range: Range, zoom: Range | null, bounds: Range): { range: Range; zoom: Range | null; clamped: boolean } {
  const width = bounds.max - bounds.min;
  const r = fit(range, bounds, width * MIN_WIDTH_FRACTION);
  let z = zoom && fit(zoom, bounds, width * MIN_ZOOM_FRACTION);
  if (z && z.min <= bounds.min && z.max >= bounds.max) z = null;
  const clamped =
    r.min !== range.min || r.max !== range.max || (zoom === null ? z !== null : z === null || z.min !== zoom.min || z.max !== zoom.max);
  return { range: r, zoom: z, clamped };
}
