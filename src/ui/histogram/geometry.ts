import type { Histogram, QuantParams, Range } from '../../core/math';

/** A 1-D linear map from data to pixels and back (d3's scaleLinear satisfies it). */
export interface Scale {
  (v: number): number;
  invert(px: number): number;
}

/** Real values of the codes that fall inside `domain`, or null when there are more than `maxLevels` of them. */
export function levelsInDomain(p: QuantParams, domain: Range, maxLevels: number): number[] | null {
  const first = Math.max(Math.ceil(domain.min / p.scale) + p.zeroPoint, p.qmin);
  const last = Math.min(Math.floor(domain.max / p.scale) + p.zeroPoint, p.qmax);
  if (last - first + 1 > maxLevels) return null;
  const out: number[] = [];
  for (let k = first; k <= last; k++) out.push((k - p.zeroPoint) * p.scale);
  return out;
}

/** SVG path of the histogram as a filled step outline; `y(count)` gives the bar top in pixels, `base` the axis. */
export function histogramPath(h: Histogram, x: (v: number) => number, y: (count: number) => number, base: number): string {
  const n = h.counts.length;
  const w = (h.hi - h.lo) / n;
  const parts: string[] = [`M${x(h.lo).toFixed(2)},${base.toFixed(2)}`];
  for (let i = 0; i < n; i++) {
    const top = h.counts[i] > 0 ? y(h.counts[i]) : base;
    parts.push(`V${top.toFixed(2)}H${x(h.lo + (i + 1) * w).toFixed(2)}`);
  }
  parts.push(`V${base.toFixed(2)}Z`);
  return parts.join('');
}

/** Largest count among bins of h that overlap `domain` (at least 1). */
export function maxCountIn(h: Histogram, domain: Range): number {
  const w = (h.hi - h.lo) / h.counts.length;
  let m = 1;
  for (let i = 0; i < h.counts.length; i++) {
    const a = h.lo + i * w;
    if (a + w >= domain.min && a <= domain.max && h.counts[i] > m) m = h.counts[i];
  }
  return m;
}

/** `domain` scaled by `factor` (< 1 zooms in) about `center`, kept inside `bounds`. */
export function zoomDomain(domain: Range, factor: number, center: number, bounds: Range): Range {
  const width = Math.min((domain.max - domain.min) * factor, bounds.max - bounds.min);
  const t = (center - domain.min) / (domain.max - domain.min);
  let min = center - t * width;
  let max = min + width;
  if (min < bounds.min) [min, max] = [bounds.min, bounds.min + width];
  if (max > bounds.max) [min, max] = [bounds.max - width, bounds.max];
  return { min, max };
}

/** Count-axis ticks up to `top`: powers of ten on a log axis, about four round whole numbers on a linear one. */
export function countTicks(top: number, log: boolean): number[] {
  if (log) {
    const out: number[] = [];
    for (let v = 1; v <= top; v *= 10) out.push(v);
    return out;
  }
  const step = 10 ** Math.floor(Math.log10(Math.max(top / 4, 1)));
  const nice = [1, 2, 5, 10].map((m) => m * step).find((s) => top / s <= 5) ?? 10 * step;
  const out: number[] = [];
  for (let v = 0; v <= top; v += nice) out.push(v);
  return out;
}
