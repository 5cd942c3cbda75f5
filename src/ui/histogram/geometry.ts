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

/** Bars to draw over a plot `innerWidth` px wide for `finite` values: about one per 2 px, at most a tenth of the values (a small tensor would look like noise), at least 32. */
export function displayBins(innerWidth: number, finite: number): number {
  return Math.max(32, Math.min(Math.round(innerWidth / 2), Math.round(finite / 10)));
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

/** One code's landing: its real value x̂ = (q − zp)·scale and how many values it received. */
export interface Landing {
  value: number;
  count: number;
}

/** Codes with at least one value whose real value lies inside `domain`; counts[k] belongs to code qmin + k. */
export function landings(counts: Float64Array, p: QuantParams, domain: Range): Landing[] {
  const out: Landing[] = [];
  for (let k = 0; k < counts.length; k++) {
    if (counts[k] === 0) continue;
    const value = (p.qmin + k - p.zeroPoint) * p.scale;
    if (value >= domain.min && value <= domain.max) out.push({ value, count: counts[k] });
  }
  return out;
}

/**
 * How to draw the landings so the bars stay readable: separate spikes when neighbouring codes are at least
 * `minPx` apart on screen, else one outline through the spike tops (a spike every few pixels would paint the bars over).
 */
export function landingStyle(p: QuantParams, x: (v: number) => number, minPx: number): 'spikes' | 'outline' {
  return Math.abs(x(p.scale) - x(0)) >= minPx ? 'spikes' : 'outline';
}

/** SVG path of the landings: a vertical spike from `base` per code, or an outline joining the tops of adjacent codes. */
export function landingPath(
  marks: Landing[],
  p: QuantParams,
  style: 'spikes' | 'outline',
  x: (v: number) => number,
  y: (count: number) => number,
  base: number,
): string {
  const parts: string[] = [];
  let previous = Number.NaN;
  for (const m of marks) {
    const px = x(m.value).toFixed(2);
    const py = y(m.count).toFixed(2);
    if (style === 'spikes') parts.push(`M${px},${base.toFixed(2)}V${py}`);
    else parts.push(`${Math.abs(m.value - previous - p.scale) < p.scale / 2 ? 'L' : 'M'}${px},${py}`); // break at an empty code
    previous = m.value;
  }
  return parts.join('');
}

/** A label to place at pixel `px` (its centre), `width` px wide. */
export interface LabelSpot {
  px: number;
  width: number;
}

/**
 * Lane (0 … lanes − 1) of each label, greedily left to right, so that labels in a lane are at least `gap` px apart
 * and every label lies inside [left, right]; −1 for a label with no free room (it is left out, never overlapped).
 * Labels are placed in the order given; sort them by px first.
 */
export function placeLabels(spots: LabelSpot[], lanes: number, left: number, right: number, gap = 4): number[] {
  const ends = new Array<number>(lanes).fill(-Infinity);
  return spots.map(({ px, width }) => {
    const start = labelStart(px, width, left, right);
    const lane = ends.findIndex((end) => end + gap <= start);
    if (lane >= 0) ends[lane] = start + width;
    return lane;
  });
}

/** Left edge of a label of `width` centred on `px` and kept inside [left, right] (as placeLabels places it). */
export function labelStart(px: number, width: number, left: number, right: number): number {
  return Math.min(Math.max(px - width / 2, left), right - width);
}
