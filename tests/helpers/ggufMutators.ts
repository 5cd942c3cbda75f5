/**
 * GGUF-aware mutations for fuzzing: lies in the header's count, length, offset, alignment, dimension and type fields
 * (found by tracing the real parser over a valid file), plus byte flips and truncation. Pure; any runner can import it.
 */
import { parseGgufHeader } from '../../src/io/gguf/header';

/** A u32/u64 field of a valid file: its description (from the parser), file offset and size. */
export interface GgufField {
  what: string;
  at: number;
  bytes: 4 | 8;
}

/** Every u32/u64 field the parser reads in the valid GGUF file `b`. */
export function ggufFields(b: Uint8Array): GgufField[] {
  const fields: GgufField[] = [];
  parseGgufHeader(b, b.length, (what, at, bytes) => fields.push({ what, at, bytes }));
  return fields;
}

/** Values a lying field gets: edge values, near-powers of two, or the old value nudged. */
function lie(old: bigint, bytes: 4 | 8, rand: () => number): bigint {
  const max = bytes === 4 ? 0xffffffffn : 0xffffffffffffffffn;
  const int = (n: number): number => Math.floor(rand() * n);
  const k = int(9);
  if (k === 0) return 0n;
  if (k === 1) return max;
  if (k === 2) return max >> 1n;
  if (k === 3) return (1n << BigInt(int(bytes * 8))) & max;
  if (k === 4) return (old + 1n) & max;
  if (k === 5) return old === 0n ? max : old - 1n;
  if (k === 6) return (old * BigInt(2 + int(1000))) & max;
  if (k === 7) return BigInt(int(64)); // small numbers: unknown types, odd alignments, few dimensions
  return (old ^ (1n << BigInt(int(bytes * 8)))) & max;
}

/** Which fields to lie in, by what the parser called them. */
export type FieldKind = 'count' | 'string length' | 'offset' | 'alignment' | 'dimension' | 'type' | 'other';

/** The kind of a traced field, from its description. */
export function fieldKind(what: string): FieldKind {
  if (what.includes('string length')) return 'string length';
  if (what.includes('general.alignment')) return 'alignment';
  if (what.includes('count') || what.includes('array length')) return 'count';
  if (what.includes('data offset')) return 'offset';
  if (what.includes('dimension')) return 'dimension';
  if (what.includes('type')) return 'type';
  return 'other';
}

/** A mutated file, what was done to it, and the kinds of field that now lie. */
export interface GgufMutation {
  bytes: Uint8Array;
  how: string;
  lies: FieldKind[];
}

/** One mutated copy of the valid GGUF file `src` (whose fields are `fields`). */
export function mutateGguf(src: Uint8Array, fields: readonly GgufField[], rand: () => number): GgufMutation {
  const int = (n: number): number => Math.floor(rand() * n);
  let b = src.slice();
  const how: string[] = [];
  const lies: FieldKind[] = [];
  const rounds = 1 + int(3);
  for (let r = 0; r < rounds; r++) {
    const op = int(10);
    if (op < 7 && fields.length > 0) {
      const f = fields[int(fields.length)];
      const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
      if (f.at + f.bytes > b.length) continue;
      const old = f.bytes === 4 ? BigInt(view.getUint32(f.at, true)) : view.getBigUint64(f.at, true);
      const v = lie(old, f.bytes, rand);
      if (f.bytes === 4) view.setUint32(f.at, Number(v), true);
      else view.setBigUint64(f.at, v, true);
      lies.push(fieldKind(f.what));
      how.push(`'${f.what}' @${f.at}: ${old} -> ${v}`);
    } else if (op < 9 && b.length > 0) {
      const p = int(b.length);
      b[p] ^= 1 << int(8);
      how.push(`flip @${p}`);
    } else {
      const n = int(b.length + 1);
      b = b.slice(0, n);
      how.push(`truncate to ${n}`);
    }
  }
  return { bytes: b, how: how.join('; '), lies };
}
