/** Extracts one zip member (stored or deflated, via fflate) from a Blob, reading only that member's bytes. */
import { Inflate, inflateSync } from 'fflate';
import { readRange, readUint } from './blobRead';
import { crc32 } from './crc32';
import { TensorFileError } from './errors';
import type { ZipEntry } from './zipDirectory';

const LOCAL_SIG = 0x04034b50;
/** Deflate cannot expand more than ~1032:1; larger claimed sizes are corrupt. */
const MAX_RATIO = 1032;
/** Compressed bytes read per step when inflating only a prefix. */
const CHUNK = 64 << 10;

function fail(e: ZipEntry, message: string, cause?: unknown): never {
  throw new TensorFileError('zip', `member '${e.name}': ${message}`, { tensor: e.name, cause });
}

/** Byte range [start, end) of the member's compressed data, after its local header. */
async function dataRange(file: Blob, e: ZipEntry): Promise<[number, number]> {
  if (e.flags & 1) fail(e, 'is encrypted; encrypted archives are not supported');
  if (e.method !== 0 && e.method !== 8) {
    fail(e, `uses compression method ${e.method}; only stored (0) and deflate (8) are supported`);
  }
  if (e.localOffset + 30 > file.size) fail(e, `local header at byte ${e.localOffset} is beyond the end of the file`);
  const h = await readRange(file, e.localOffset, e.localOffset + 30, 'zip');
  if (readUint(h, 0, 4) !== LOCAL_SIG) fail(e, `no local header at byte ${e.localOffset}`);
  const start = e.localOffset + 30 + readUint(h, 26, 2) + readUint(h, 28, 2);
  const end = start + e.compressedSize;
  if (end > file.size) fail(e, `data (bytes ${start}–${end}) runs past the end of the ${file.size}-byte file`);
  if (e.method === 0 && e.compressedSize !== e.size) {
    fail(e, `stored with ${e.compressedSize} bytes but declares ${e.size} uncompressed bytes`);
  }
  if (e.method === 8 && e.size > e.compressedSize * MAX_RATIO + 1024) {
    fail(e, `claims ${e.size} bytes from ${e.compressedSize} compressed bytes, which deflate cannot produce`);
  }
  return [start, end];
}

/** The whole decompressed member, CRC-checked. */
export async function readZipMember(file: Blob, e: ZipEntry): Promise<Uint8Array> {
  const [start, end] = await dataRange(file, e);
  const raw = await readRange(file, start, end, 'zip');
  let out: Uint8Array;
  if (e.method === 0) out = raw;
  else {
    try {
      out = inflateSync(raw, { out: new Uint8Array(e.size) });
    } catch (err) {
      if (err instanceof RangeError) throw err;
      fail(e, `deflate data is corrupt (${err instanceof Error ? err.message : String(err)})`, err);
    }
    if (out.length !== e.size) fail(e, `inflates to ${out.length} bytes, but the directory says ${e.size}`);
  }
  if (crc32(out) !== e.crc) fail(e, 'CRC-32 mismatch: the member is corrupt');
  return out;
}

/** At least the first min(want, size) decompressed bytes of the member, inflating only as far as needed. */
export async function readZipPrefix(file: Blob, e: ZipEntry, want: number): Promise<Uint8Array> {
  const [start, end] = await dataRange(file, e);
  if (e.method === 0) return readRange(file, start, Math.min(end, start + want), 'zip');
  const parts: Uint8Array[] = [];
  let got = 0;
  const inflater = new Inflate((chunk) => {
    parts.push(chunk);
    got += chunk.length;
  });
  for (let p = start; p < end && got < want; p += CHUNK) {
    const q = Math.min(end, p + CHUNK);
    const chunk = await readRange(file, p, q, 'zip');
    try {
      inflater.push(chunk, q === end);
    } catch (err) {
      fail(e, `deflate data is corrupt (${err instanceof Error ? err.message : String(err)})`, err);
    }
  }
  const out = new Uint8Array(got);
  let o = 0;
  for (const part of parts) {
    out.set(part, o);
    o += part.length;
  }
  return out;
}
