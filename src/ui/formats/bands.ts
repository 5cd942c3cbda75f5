import type { FloatFormatInfo, Histogram, Range } from '../../core/math';

/** Layout of the range bands in px: histogram plot height, one band row per format, margins (format names on the left). */
export const BANDS_LAYOUT = { plot: 150, row: 18, margin: { top: 8, right: 12, bottom: 22, left: 80 } };

/** Octaves shown beyond the occupied bins on either side. */
const PAD_OCTAVES = 12;

/** Height in px of the chart with `formats` band rows. */
export function bandsHeight(formats: number): number {
  return BANDS_LAYOUT.plot + formats * BANDS_LAYOUT.row + BANDS_LAYOUT.margin.bottom + 6;
}

/** The log2|x| window drawn: the occupied bins widened by 12 octaves each side (on whole octaves), inside [h.lo, h.hi]; the whole histogram when it is empty. */
export function log2Window(h: Histogram): Range {
  const w = (h.hi - h.lo) / h.counts.length;
  let first = h.counts.findIndex((c) => c > 0);
  let last = h.counts.findLastIndex((c) => c > 0);
  if (first < 0) [first, last] = [0, h.counts.length - 1];
  return {
    min: Math.max(h.lo, Math.floor(h.lo + first * w) - PAD_OCTAVES),
    max: Math.min(h.hi, Math.ceil(h.lo + (last + 1) * w) + PAD_OCTAVES),
  };
}

/** A band's left edge and width in px. */
export interface Band {
  x: number;
  width: number;
}

/** A format's subnormal band [minSubnormal, minNormal) and normal band [minNormal, maxFinite] in px on the log2 axis `x`, clipped to `window`. */
export function formatBands(info: FloatFormatInfo, x: (log2: number) => number, window: Range): { subnormal: Band; normal: Band } {
  const at = (v: number) => x(Math.min(Math.max(Math.log2(v), window.min), window.max));
  const band = (from: number, to: number): Band => ({ x: at(from), width: Math.max(0, at(to) - at(from)) });
  return { subnormal: band(info.minSubnormal, info.minNormal), normal: band(info.minNormal, info.maxFinite) };
}
