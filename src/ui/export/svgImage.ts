/** Turns an on-screen chart into a standalone SVG (styles inlined) or a PNG, for download. */

/** Presentation properties copied from the page's CSS onto each exported element. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
];

/** The SVG's markup with computed styles inlined and a white background, so it renders the same anywhere. */
export function standaloneSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = svg.querySelectorAll('*');
  const target = clone.querySelectorAll('*');
  source.forEach((el, i) => {
    const computed = getComputedStyle(el);
    // Through the CSSOM, which no Content-Security-Policy restricts.
    const style = (target[i] as SVGElement).style;
    for (const p of STYLE_PROPERTIES) style.setProperty(p, computed.getPropertyValue(p));
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(svg.clientWidth));
  clone.setAttribute('height', String(svg.clientHeight));
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  clone.insertBefore(background, clone.firstChild);
  return new XMLSerializer().serializeToString(clone);
}

/** PNG of the chart at `pixelRatio`× its on-screen size. */
export async function pngOf(svg: SVGSVGElement, pixelRatio = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([standaloneSvg(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = svg.clientWidth * pixelRatio;
    canvas.height = svg.clientHeight * pixelRatio;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw to a canvas');
    ctx.scale(pixelRatio, pixelRatio);
    ctx.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves `data` as a file named `name` through the browser's download. */
export function download(name: string, data: Blob | string, type = 'text/plain'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
