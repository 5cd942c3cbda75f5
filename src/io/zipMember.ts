/**
 * Extracts one zip member (stored or deflated, via fflate's streaming Inflate) from a Blob, reading only that
 * member's bytes. Inflation is streamed in small steps with a hard cap at the size the directory declares, so a
 * member that inflates to more than it says (a zip bomb) is stopped within one step.
 */
import { Inflate } from 'fflate';
import { readRange, readUint } from './blobRead';
import { checkBudget } from './budget';
import { crc32 } from './crc32';
import { TensorFileError } from './errors';
import type { ZipEntry } from './zipDirectory';

const LOCAL_SIG = 0x04034b50;
/** Deflate cannot expand more than ~1032:1; larger claimed sizes are corrupt. */
const MAX_RATIO = 1032;
/** Most compressed bytes read per step; one step inflates to at most ~1032 times this (16.1 MiB). */
const STEP = 16 << 10;
/** First step when only a prefix is wanted, doubled each step up to STEP. */
const FIRST_STEP = 1 << 10;

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

/** Reports compressed bytes consumed so far and in all; may throw to stop (e.g. when the user cancels). */
export type ZipProgress = (done: number, total: number) => void;

/**
 * The member's uncompressed bytes in order, piece by piece (each ≤ ~16 MiB). Throws once more than the declared
 * size comes out; when read to the end, checks the size and the CRC-32. Stop early by leaving the loop.
 */
export async function* memberPieces(
  file: Blob,
  e: ZipEntry,
  onProgress: ZipProgress = () => undefined,
  firstStep = STEP,
): AsyncGenerator<Uint8Array, void, undefined> {
  const [start, end] = await dataRange(file, e);
  const pending: Uint8Array[] = [];
  let produced = 0;
  let crc = 0;
  const take = (piece: Uint8Array): void => {
    produced += piece.length;
    if (produced > e.size) fail(e, `inflates to more than the ${e.size} bytes its directory declares (a zip bomb?)`);
    crc = crc32(piece, crc);
    pending.push(piece);
  };
  const inflater = e.method === 8 ? new Inflate(take) : undefined;
  let step = firstStep;
  for (let p = start; p < end || (p === end && p === start); p += step, step = Math.min(STEP, step * 2)) {
    const q = Math.min(end, p + step);
    const chunk = await readRange(file, p, q, 'zip');
    if (inflater === undefined) take(chunk);
    else {
      try {
        inflater.push(chunk, q === end);
      } catch (err) {
        if (err instanceof TensorFileError) throw err;
        fail(e, `deflate data is corrupt (${err instanceof Error ? err.message : String(err)})`, err);
      }
    }
    onProgress(q - start, end - start);
    while (pending.length > 0) yield pending.shift() as Uint8Array;
    if (q === end) break;
  }
  if (produced !== e.size) fail(e, `inflates to ${produced} bytes, but the directory says ${e.size}`);
  if (crc !== e.crc) fail(e, 'CRC-32 mismatch: the member is corrupt');
}

/** The whole decompressed member, CRC-checked; its declared size is checked against the memory budget first. */
export async function readZipMember(file: Blob, e: ZipEntry, onProgress?: ZipProgress): Promise<Uint8Array> {
  checkBudget(e.size, 'zip', `member '${e.name}'`, 'its uncompressed data');
  const out = new Uint8Array(e.size);
  let o = 0;
  for await (const piece of memberPieces(file, e, onProgress)) {
    out.set(piece, o);
    o += piece.length;
  }
  return out;
}

/** The first min(want, size) decompressed bytes of the member, inflating only as far as needed, in small steps. */
export async function readZipPrefix(file: Blob, e: ZipEntry, want: number): Promise<Uint8Array> {
  const out = new Uint8Array(Math.min(want, e.size));
  let o = 0;
  for await (const piece of memberPieces(file, e, undefined, FIRST_STEP)) {
    const n = Math.min(piece.length, out.length - o);
    out.set(piece.subarray(0, n), o);
    o += n;
    if (o === out.length) break;
  }
  return out.subarray(0, o);
}
