import { textWidth } from '../../src/ui/chartFont';

/** The box in px an SVG text takes in its chart (estimated with textWidth; cap height above the baseline, descenders below). */
export interface TextBox {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const translate = (t: string | undefined): [number, number] => {
  const m = /translate\(([-\d.]+),\s*([-\d.]+)\)/.exec(t ?? '');
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
};

/**
 * The boxes of every non-empty <text> in static SVG markup drawn at `font` px: nested <g transform="translate(…)">
 * offsets are applied, x / y / dy (em) / text-anchor read, and `rotate(-90)` text stands upright (reads bottom to top).
 */
export function textBoxes(markup: string, font: number): TextBox[] {
  const boxes: TextBox[] = [];
  const stack: [number, number][] = [[0, 0]];
  for (const m of markup.matchAll(/<g\b[^>]*>|<\/g>|<text\b([^>]*)>([^<]*)<\/text>/g)) {
    const tag = m[0];
    const [ox, oy] = stack[stack.length - 1];
    if (tag === '</g>') stack.pop();
    else if (tag.startsWith('<g')) {
      const [dx, dy] = translate(attr(tag, 'transform'));
      stack.push([ox + dx, oy + dy]);
    } else if (m[2]) {
      const text = m[2];
      const width = textWidth(text, font);
      const shift = Number((attr(tag, 'dy') ?? '0em').replace('em', '')) * font;
      const anchor = attr(tag, 'text-anchor') ?? 'start';
      const transform = attr(tag, 'transform');
      if (transform?.includes('rotate(-90)')) {
        const [tx, ty] = translate(transform);
        const baseline = ox + tx + shift;
        boxes.push({
          text,
          left: baseline - 0.8 * font,
          right: baseline + 0.2 * font,
          top: oy + ty - width / 2,
          bottom: oy + ty + width / 2,
        });
        continue;
      }
      const x = ox + Number(attr(tag, 'x') ?? 0);
      const baseline = oy + Number(attr(tag, 'y') ?? 0) + shift;
      const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
      boxes.push({ text, left, right: left + width, top: baseline - 0.8 * font, bottom: baseline + 0.2 * font });
    }
  }
  return boxes;
}

/** Pairs of boxes that overlap (by more than `slack` px each way), as "a | b". */
export function overlaps(boxes: TextBox[], slack = 0.5): string[] {
  const out: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > slack && h > slack) out.push(`${a.text} | ${b.text}`);
    }),
  );
  return out;
}

/** Boxes reaching outside a `width` × `height` px SVG, as their texts. */
export function outside(boxes: TextBox[], width: number, height: number): string[] {
  return boxes.filter((b) => b.left < 0 || b.top < 0 || b.right > width || b.bottom > height).map((b) => b.text);
}
