/** GGUF metadata values: the 13 value types, parsed from a Cursor, and their display text. */
import { TensorFileError } from '../errors';
import type { Cursor } from './cursor';

/** A metadata value: 8–32-bit integers and floats as number, 64-bit integers as bigint, arrays as GgufArray. */
export type GgufValue = number | bigint | boolean | string | GgufArray;

/** An array value; `items` keeps at most MAX_KEPT_ITEMS of its `length` items (the rest are skipped, not stored). */
export interface GgufArray {
  itemType: string;
  length: number;
  items: GgufValue[];
}

/** Items kept per array (a tokenizer's vocabulary can have 250k strings; they are walked but not kept). */
export const MAX_KEPT_ITEMS = 1024;
/** Deepest array nesting accepted. */
const MAX_DEPTH = 8;

/** Value type names by id (gguf docs: GGUF_TYPE_*). */
export const VALUE_TYPES = [
  'uint8',
  'int8',
  'uint16',
  'int16',
  'uint32',
  'int32',
  'float32',
  'bool',
  'string',
  'array',
  'uint64',
  'int64',
  'float64',
] as const;

/** Fewest bytes one value of each type takes (a string: its u64 length; an array: item type + count). */
const MIN_BYTES = [1, 1, 2, 2, 4, 4, 4, 1, 8, 12, 8, 8, 8];

function typeName(id: number, what: string, at: number): string {
  const name = VALUE_TYPES[id] as string | undefined;
  if (name === undefined) throw new TensorFileError('gguf', `${what}: unknown value type ${id} at byte ${at} (known: 0–12)`);
  return name;
}

/** Reads one value of type id `type`; `what` names it in errors. */
export function readValue(c: Cursor, type: number, what: string, depth = 0): GgufValue {
  switch (type) {
    case 0:
      return c.u8(what);
    case 1:
      return c.i8(what);
    case 2:
      return c.u16(what);
    case 3:
      return c.i16(what);
    case 4:
      return c.u32(what);
    case 5:
      return c.i32(what);
    case 6:
      return c.f32(what);
    case 7: {
      const at = c.pos;
      const b = c.u8(what);
      if (b > 1) throw new TensorFileError('gguf', `${what}: bool at byte ${at} is ${b} (must be 0 or 1)`);
      return b === 1;
    }
    case 8:
      return c.string(what);
    case 9:
      return readArray(c, what, depth);
    case 10:
      return c.u64(what);
    case 11:
      return c.i64(what);
    case 12:
      return c.f64(what);
    default:
      throw new TensorFileError('gguf', `${what}: unknown value type ${type} at byte ${c.pos} (known: 0–12)`);
  }
}

function readArray(c: Cursor, what: string, depth: number): GgufArray {
  if (depth >= MAX_DEPTH) throw new TensorFileError('gguf', `${what}: arrays nested deeper than ${MAX_DEPTH} levels at byte ${c.pos}`);
  const at = c.pos;
  const id = c.u32(`${what}: array item type`);
  const itemType = typeName(id, what, at);
  const length = c.count(`${what}: array length`, MIN_BYTES[id]);
  const items: GgufValue[] = [];
  const kept = Math.min(length, MAX_KEPT_ITEMS);
  for (let i = 0; i < kept; i++) items.push(readValue(c, id, `${what}[${i}]`, depth + 1));
  const rest = length - kept;
  if (id === 8) for (let i = 0; i < rest; i++) c.skipString(`${what}[${kept + i}]`);
  else if (id === 9) for (let i = 0; i < rest; i++) readArray(c, `${what}[${kept + i}]`, depth + 1);
  else c.skip(rest * MIN_BYTES[id], `${what}[${kept}…${length - 1}]`);
  return { itemType, length, items };
}

/** Longest display text of one value. */
const MAX_TEXT = 200;

/** Display text of a value: scalars as written, arrays as '[a, b, …] (N items)', cut to about 200 characters. */
export function valueText(v: GgufValue): string {
  if (typeof v !== 'object') return String(v).slice(0, MAX_TEXT);
  const parts: string[] = [];
  let len = 0;
  for (const item of v.items) {
    const t = typeof item === 'string' ? JSON.stringify(item) : valueText(item);
    if (len + t.length > MAX_TEXT) break;
    parts.push(t);
    len += t.length + 2;
  }
  const more = parts.length < v.length ? ', …' : '';
  return `[${parts.join(', ')}${more}] (${v.length} ${v.itemType})`;
}
