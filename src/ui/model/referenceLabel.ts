/**
 * Where a reference line's label goes so that no curve runs through it: at the line's end or start, above or below
 * it (px coordinates, y down), the first of those four that the fewest curve segments cross (a segment counts when
 * it comes within `pad` px, the markers' radius, of the label).
 */

/** A label's place: its anchor point (x, baseline y) and SVG text-anchor. */
export interface LabelPlace {
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

/** A label's box in px. */
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Whether the segment a–b passes through the box (Liang–Barsky clipping). */
export function segmentHitsBox([ax, ay]: [number, number], [bx, by]: [number, number], box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  for (const [p, q] of [
    [-dx, ax - box.left],
    [dx, box.right - ax],
    [-dy, ay - box.top],
    [dy, box.bottom - ay],
  ]) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  return t0 <= t1;
}

/**
 * The place of a label `width` px wide, `font` px high, for a line at `lineY` from `left` to `right`, clear of the
 * polylines in `curves` (and their markers, `pad` px in radius) where possible.
 */
export function referenceLabelPlace(
  curves: readonly (readonly [number, number][])[],
  { lineY, left, right, width, font, pad = 4 }: { lineY: number; left: number; right: number; width: number; font: number; pad?: number },
): LabelPlace {
  const above = lineY - 4;
  const below = lineY + font + 2;
  const places: LabelPlace[] = [
    { x: right - 4, y: above, anchor: 'end' },
    { x: right - 4, y: below, anchor: 'end' },
    { x: left + 4, y: below, anchor: 'start' },
    { x: left + 4, y: above, anchor: 'start' },
  ];
  const crossings = (p: LabelPlace): number => {
    const l = p.anchor === 'end' ? p.x - width : p.x;
    const box = { left: l - pad, right: l + width + pad, top: p.y - 0.8 * font - pad, bottom: p.y + 0.2 * font + pad };
    let n = 0;
    for (const c of curves) for (let i = 0; i < c.length; i++) if (segmentHitsBox(c[Math.max(0, i - 1)], c[i], box)) n++;
    return n;
  };
  const counts = places.map(crossings);
  return places[counts.indexOf(Math.min(...counts))];
}
