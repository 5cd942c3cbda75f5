/** A fast pre-scan of JSON text that refuses pathological nesting and sizes before JSON.parse builds anything. */
import { TensorFileError } from './errors';

/** Bounds for scanJson; `what` names the text in messages (e.g. 'the header'), `advice` ends them. */
export interface JsonBounds {
  /** Deepest nesting of arrays and objects accepted (1 = a flat object or array). */
  maxDepth: number;
  /** Most items one array may hold. */
  maxArray: number;
  /** Most values (arrays, objects, strings, numbers, literals) in the whole text. */
  maxValues: number;
  what: string;
  advice: string;
}

/** Throws a TensorFileError naming the bound and the character offset as soon as `text` exceeds one; O(length), no allocation. */
export function scanJson(text: string, format: string, b: JsonBounds): void {
  const refuse = (i: number, why: string): never => {
    throw new TensorFileError(format, `${b.what} ${why} (at character ${i}): ${b.advice}`);
  };
  /** Items so far in each open array (-1 for an object). */
  const items: number[] = [];
  let values = 0;
  let expectValue = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      i++;
      while (i < text.length && text.charCodeAt(i) !== 0x22) i += text.charCodeAt(i) === 0x5c ? 2 : 1;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (items.length >= b.maxDepth) refuse(i, `nests deeper than ${b.maxDepth} levels`);
      items.push(c === 0x5b ? 0 : -1);
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      items.pop();
      expectValue = false;
      continue;
    } else if (c === 0x2c /* , */) {
      const top = items.length - 1;
      if (top >= 0 && items[top] >= 0 && ++items[top] >= b.maxArray) refuse(i, `has an array of more than ${b.maxArray} items`);
      expectValue = true;
      continue;
    } else if (c === 0x3a /* : */) {
      expectValue = true;
      continue;
    } else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    if (expectValue) {
      if (++values > b.maxValues) refuse(i, `holds more than ${b.maxValues} values`);
      expectValue = false;
    }
  }
}
