/** Reads and validates a GGUF header (v2/v3, little-endian): magic, version, metadata, tensor infos, alignment. */
import { readRange } from '../blobRead';
import { TensorFileError } from '../errors';
import { formatShape } from '../shape';
import { Cursor, NeedMore, type FieldTrace } from './cursor';
import { ggmlType, type GgmlType } from './ggmlTypes';
import { readValue, type GgufValue } from './metadata';

/** One tensor; `shape` is numpy order (outermost first, i.e. GGUF's ne[] reversed); `begin`/`end` are file offsets. */
export interface GgufEntry {
  name: string;
  /** The ggml type, or undefined for an id this reader does not know (`typeId` keeps it). */
  type: GgmlType | undefined;
  typeId: number;
  shape: number[];
  elements: number;
  begin: number;
  /** End of the data (exclusive); equals `begin` for an unknown type (its size is unknown). */
  end: number;
}

/** A validated header. */
export interface GgufHeader {
  version: number;
  alignment: number;
  metadata: Map<string, GgufValue>;
  tensors: GgufEntry[];
  /** File offset of the tensor data section (the end of the tensor infos, padded to the alignment). */
  dataStart: number;
}

/** The dtype string a tensor lists: its ggml type name, e.g. 'Q4_K', or 'ggml type 99' for an unknown id. */
export function dtypeOf(e: GgufEntry): string {
  return e.type?.name ?? `ggml type ${e.typeId}`;
}

/** GGML_MAX_DIMS. */
const MAX_DIMS = 4;
const DEFAULT_ALIGNMENT = 32;
/** Bytes read first; the window doubles while the header needs more. */
const FIRST_WINDOW = 1 << 20;

function fail(message: string, tensor?: string): never {
  throw new TensorFileError('gguf', message, { tensor });
}

function checkPrelude(c: Cursor): number {
  c.need(8, 'the GGUF magic and version');
  const magic = [c.u8('magic'), c.u8('magic'), c.u8('magic'), c.u8('magic')];
  if (String.fromCharCode(...magic) !== 'GGUF') {
    fail(`not a GGUF file: expected magic 'GGUF', found bytes ${magic.map((b) => b.toString(16).padStart(2, '0')).join(' ')}`);
  }
  const version = c.u32('version');
  if (version === 1) fail('GGUF version 1 (before October 2023) is not supported: convert the model again with a current llama.cpp');
  if (version >= 0x01000000 && (version & 0xffff) === 0) {
    fail('this GGUF file is big-endian (its version at byte 4 reads byte-swapped): only little-endian files are read');
  }
  if (version !== 2 && version !== 3) fail(`unknown GGUF version ${version} at byte 4 (this reader knows 2 and 3)`);
  return version;
}

function readMetadata(c: Cursor): Map<string, GgufValue> {
  const n = c.count('metadata count', 13);
  const out = new Map<string, GgufValue>();
  for (let i = 0; i < n; i++) {
    const at = c.pos;
    const key = c.string(`metadata key #${i}`);
    if (out.has(key)) fail(`metadata key '${key}' appears twice (second at byte ${at})`);
    const type = c.u32(`metadata '${key}': value type`);
    out.set(key, readValue(c, type, `metadata '${key}'`));
  }
  return out;
}

function alignmentOf(metadata: Map<string, GgufValue>): number {
  const a = metadata.get('general.alignment');
  if (a === undefined) return DEFAULT_ALIGNMENT;
  if (typeof a !== 'number' || !Number.isInteger(a) || a <= 0 || (a & (a - 1)) !== 0) {
    fail(`general.alignment is ${typeof a === 'object' ? 'an array' : String(a)}: it must be a power of two`);
  }
  return a;
}

interface RawInfo {
  name: string;
  ne: number[];
  typeId: number;
  offset: number;
}

function readInfo(c: Cursor, i: number, seen: Set<string>): RawInfo {
  const nameAt = c.pos;
  const name = c.string(`tensor info #${i}: name`);
  const where = `tensor '${name}'`;
  if (seen.has(name)) fail(`tensor name '${name}' appears twice (second at byte ${nameAt})`, name);
  seen.add(name);
  const at = c.pos;
  const nDims = c.u32(`${where}: dimension count`);
  if (nDims > MAX_DIMS) fail(`${where}: ${nDims} dimensions at byte ${at} (GGUF allows at most ${MAX_DIMS})`, name);
  const ne: number[] = [];
  for (let d = 0; d < nDims; d++) {
    const v = c.u64(`${where}: dimension ${d}`);
    if (v >= 2n ** 53n) fail(`${where}: dimension ${d} is ${v}, too large`, name);
    ne.push(Number(v));
  }
  const typeId = c.u32(`${where}: type`);
  const offAt = c.pos;
  const off = c.u64(`${where}: data offset`);
  if (off >= 2n ** 53n) fail(`${where}: data offset ${off} at byte ${offAt} is past any file`, name);
  return { name, ne, typeId, offset: Number(off) };
}

/** Validates one tensor's size, row length and byte range against the file. */
function entryOf(r: RawInfo, dataStart: number, alignment: number, fileSize: number): GgufEntry {
  const where = `tensor '${r.name}'`;
  const shape = [...r.ne].reverse();
  let elements = 1;
  for (const d of r.ne) elements *= d;
  if (!Number.isSafeInteger(elements)) fail(`${where}: shape ${formatShape(shape)} has too many elements`, r.name);
  if (r.offset % alignment !== 0) {
    fail(`${where}: data offset ${r.offset} is not a multiple of the alignment ${alignment}`, r.name);
  }
  const type = ggmlType(r.typeId);
  const begin = dataStart + r.offset;
  if (type === undefined) return { name: r.name, type, typeId: r.typeId, shape, elements, begin, end: begin };
  const row = r.ne.length === 0 ? 1 : r.ne[0];
  if (row % type.blockSize !== 0) {
    fail(`${where}: rows of ${row} elements are not a whole number of ${type.name} blocks (${type.blockSize} elements each)`, r.name);
  }
  const bytes = (elements / type.blockSize) * type.typeSize;
  const end = begin + bytes;
  if (end > fileSize) {
    fail(
      `${where}: ${type.name} ${formatShape(shape)} needs ${bytes} bytes at byte ${begin}, but the file ends at byte ${fileSize} (truncated?)`,
      r.name,
    );
  }
  return { name: r.name, type, typeId: r.typeId, shape, elements, begin, end };
}

function checkOverlaps(entries: readonly GgufEntry[]): void {
  const sorted = entries.filter((e) => e.end > e.begin).sort((x, y) => x.begin - y.begin);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (b.begin < a.end) fail(`tensors '${a.name}' [${a.begin}, ${a.end}) and '${b.name}' [${b.begin}, ${b.end}) overlap`, b.name);
  }
}

/** Parses the header from `bytes` (the file's first bytes); throws NeedMore when the header runs past them. */
export function parseGgufHeader(bytes: Uint8Array, fileSize: number, trace?: FieldTrace): GgufHeader {
  const c = new Cursor(bytes, fileSize, trace);
  const version = checkPrelude(c);
  const nTensors = c.count('tensor count', 24);
  const metadata = readMetadata(c);
  const alignment = alignmentOf(metadata);
  const seen = new Set<string>();
  const raw: RawInfo[] = [];
  for (let i = 0; i < nTensors; i++) raw.push(readInfo(c, i, seen));
  const dataStart = Math.ceil(c.pos / alignment) * alignment;
  const tensors = raw.map((r) => entryOf(r, dataStart, alignment, fileSize));
  checkOverlaps(tensors);
  return { version, alignment, metadata, tensors, dataStart };
}

/** Reads only as many leading bytes of `file` as the header needs (1 MiB, doubling) and parses them. */
export async function readGgufHeader(file: Blob): Promise<GgufHeader> {
  let window = Math.min(file.size, FIRST_WINDOW);
  for (;;) {
    const bytes = await readRange(file, 0, window, 'gguf');
    try {
      return parseGgufHeader(bytes, file.size);
    } catch (e) {
      if (!(e instanceof NeedMore)) throw e;
      window = Math.min(file.size, Math.max(e.end, window * 2));
    }
  }
}
