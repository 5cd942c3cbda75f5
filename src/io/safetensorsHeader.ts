/** Reads and validates a safetensors header: u64 LE length N, N bytes of JSON, then the data section. */
import { readRange, readUint } from './blobRead';
import { TensorFileError } from './errors';
import { describeJsonError } from './jsonError';
import { firstDuplicate, topLevelKeys } from './jsonKeys';
import { scanJson } from './jsonScan';
import { safeDtype } from './safetensorsDtype';
import { checkShape, formatShape, numElements } from './shape';

/** One tensor; begin/end are byte offsets relative to the start of the data section (end exclusive). */
export interface SafeEntry {
  name: string;
  dtype: string;
  shape: number[];
  begin: number;
  end: number;
}

/** A validated header; dataStart = 8 + N is the file offset of the data section. */
export interface SafeHeader {
  dataStart: number;
  entries: SafeEntry[];
  metadata: Record<string, string> | undefined;
}

/** What a header may hold: an object of entries (depth 2) whose shape and data_offsets lists (depth 3) have ≤ 64 items. */
const HEADER_BOUNDS = {
  maxDepth: 3,
  maxArray: 64,
  maxValues: 1 << 24,
  what: 'the header',
  advice: 'a safetensors header is an object of tensor entries with short lists, so the file is corrupt or not safetensors',
};

/** Largest header accepted, bytes (the reference implementation's limit). */
export const MAX_SAFE_HEADER = 100_000_000;

function fail(message: string, tensor?: string): never {
  throw new TensorFileError('safetensors', message, { tensor });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseMetadata(v: unknown): Record<string, string> {
  if (!isObject(v)) fail("'__metadata__' must be an object of strings");
  const out: Record<string, string> = {};
  for (const [k, s] of Object.entries(v)) {
    if (typeof s !== 'string') fail(`'__metadata__' entry '${k}' is not a string`);
    out[k] = s;
  }
  return out;
}

/** Validates one tensor entry against the data section length `dataLen` (bytes). */
function parseEntry(name: string, v: unknown, dataLen: number): SafeEntry {
  const where = `tensor '${name}'`;
  if (!isObject(v)) fail(`${where}: entry is not an object`, name);
  const { dtype, shape, data_offsets: offsets } = v;
  if (typeof dtype !== 'string') fail(`${where}: 'dtype' is missing or not a string`, name);
  const dt = safeDtype(dtype);
  if (dt === undefined) fail(`${where}: unsupported dtype '${dtype}'`, name);
  if (!Array.isArray(shape)) fail(`${where}: 'shape' is missing or not a list`, name);
  const dims = checkShape(shape, 'safetensors', where);
  if (!Array.isArray(offsets) || offsets.length !== 2) fail(`${where}: 'data_offsets' must be [begin, end]`, name);
  const [begin, end] = offsets as unknown[];
  if (!Number.isSafeInteger(begin) || !Number.isSafeInteger(end)) {
    fail(`${where}: data_offsets ${JSON.stringify(offsets)} are not integers`, name);
  }
  const b = begin as number;
  const e = end as number;
  if (b < 0 || e < b) fail(`${where}: data_offsets [${b}, ${e}] are not a valid range (need 0 ≤ begin ≤ end)`, name);
  if (e > dataLen) {
    fail(`${where}: data_offsets [${b}, ${e}] run past the data section, which has ${dataLen} bytes`, name);
  }
  const need = numElements(dims) * dt.size;
  if (e - b !== need) {
    fail(`${where}: shape ${formatShape(dims)} of ${dtype} = ${need} bytes, but data_offsets [${b}, ${e}] span ${e - b} bytes`, name);
  }
  return { name, dtype, shape: dims, begin: b, end: e };
}

/** Throws if two non-empty tensors share bytes. */
function checkOverlaps(entries: readonly SafeEntry[]): void {
  const sorted = entries.filter((e) => e.end > e.begin).sort((x, y) => x.begin - y.begin);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (b.begin < a.end) {
      fail(`tensors '${a.name}' [${a.begin}, ${a.end}) and '${b.name}' [${b.begin}, ${b.end}) overlap`, b.name);
    }
  }
}

/** Reads the header (bytes [0, 8 + N)) and validates every entry; never touches tensor data. */
export async function readSafetensorsHeader(file: Blob): Promise<SafeHeader> {
  if (file.size < 8) fail(`the file has ${file.size} bytes, too short for the 8-byte header length`);
  const head = await readRange(file, 0, 8, 'safetensors');
  const lo = readUint(head, 0, 4);
  const hi = readUint(head, 4, 4);
  const n = hi * 4294967296 + lo;
  if (hi !== 0 || n > MAX_SAFE_HEADER) {
    const exact = ((BigInt(hi) << 32n) | BigInt(lo)).toString();
    fail(`header length ${exact} bytes is absurd (limit ${MAX_SAFE_HEADER}): not a safetensors file, or corrupt`);
  }
  if (n > file.size - 8) {
    fail(`header length ${n} bytes exceeds the ${file.size - 8} bytes after the length field (truncated file?)`);
  }
  const raw = await readRange(file, 8, 8 + n, 'safetensors');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    fail(`header (bytes 8–${8 + n}) is not valid UTF-8`);
  }
  scanJson(text, 'safetensors', HEADER_BOUNDS);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    fail(`header (bytes 8–${8 + n}) is not valid JSON ${describeJsonError(err)}`);
  }
  if (!isObject(json)) fail('header JSON is not an object');
  const keys = topLevelKeys(text);
  const dup = firstDuplicate(keys);
  if (dup !== undefined) fail(`header names '${dup}' twice`, dup);
  const dataLen = file.size - 8 - n;
  const entries: SafeEntry[] = [];
  let metadata: Record<string, string> | undefined;
  for (const key of keys) {
    if (key === '__metadata__') metadata = parseMetadata(json[key]);
    else entries.push(parseEntry(key, json[key], dataLen));
  }
  checkOverlaps(entries);
  return { dataStart: 8 + n, entries, metadata };
}
