/** Reads a zip archive's central directory (incl. zip64) from a Blob, touching only its tail and the directory bytes. */
import { readRange, readUint, readUint64 } from './blobRead';
import { TensorFileError } from './errors';

/** One archive member; offsets and sizes are byte counts in the archive / member. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Byte offset of the member's local header in the archive. */
  localOffset: number;
}

const EOCD_SIG = 0x06054b50;
const EOCD64_LOC_SIG = 0x07064b50;
const EOCD64_SIG = 0x06064b50;
const CDH_SIG = 0x02014b50;
/** Largest central directory accepted, bytes. */
const MAX_DIRECTORY = 64 << 20;

function fail(message: string): never {
  throw new TensorFileError('zip', message);
}

/** Locates the end-of-central-directory record; returns [directory offset, size, entry count]. */
async function findDirectory(file: Blob): Promise<[number, number, number]> {
  const tailLen = Math.min(file.size, 22 + 0xffff);
  const tailStart = file.size - tailLen;
  const tail = await readRange(file, tailStart, file.size, 'zip');
  let p = tail.length - 22;
  while (p >= 0 && readUint(tail, p, 4) !== EOCD_SIG) p--;
  if (p < 0) fail('not a zip archive or truncated: no end-of-central-directory record');
  if (readUint(tail, p + 4, 2) !== 0 || readUint(tail, p + 6, 2) !== 0) fail('multi-disk zip archives are not supported');
  let count = readUint(tail, p + 10, 2);
  let size = readUint(tail, p + 12, 4);
  let offset = readUint(tail, p + 16, 4);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locAt = tailStart + p - 20;
    if (locAt < 0) fail('zip64 archive without its zip64 locator');
    const loc = await readRange(file, locAt, locAt + 20, 'zip');
    if (readUint(loc, 0, 4) !== EOCD64_LOC_SIG) fail('zip64 archive without its zip64 locator');
    const recAt = readUint64(loc, 8);
    if (recAt === undefined || recAt + 56 > locAt) fail('zip64 end record offset is out of range');
    const rec = await readRange(file, recAt, recAt + 56, 'zip');
    if (readUint(rec, 0, 4) !== EOCD64_SIG) fail(`no zip64 end record at byte ${recAt}`);
    const c64 = readUint64(rec, 32);
    const s64 = readUint64(rec, 40);
    const o64 = readUint64(rec, 48);
    if (c64 === undefined || s64 === undefined || o64 === undefined) fail('zip64 end record has absurd values');
    [count, size, offset] = [c64, s64, o64];
  }
  if (offset + size > file.size) {
    fail(`central directory (bytes ${offset}–${offset + size}) lies beyond the end of the ${file.size}-byte file`);
  }
  if (size > MAX_DIRECTORY) fail(`central directory of ${size} bytes is absurd (limit ${MAX_DIRECTORY})`);
  if (count * 46 > size) fail(`central directory of ${size} bytes cannot hold the ${count} entries it claims`);
  return [offset, size, count];
}

/** Applies a zip64 extended-information extra field to the 0xFFFFFFFF-marked sizes/offset. */
function applyZip64(extra: Uint8Array, e: ZipEntry): void {
  let p = 0;
  while (p + 4 <= extra.length) {
    const id = readUint(extra, p, 2);
    const len = readUint(extra, p + 2, 2);
    const body = extra.subarray(p + 4, p + 4 + len);
    if (id === 0x0001) {
      let q = 0;
      const next = (): number => {
        const v = q + 8 <= body.length ? readUint64(body, q) : undefined;
        q += 8;
        if (v === undefined) fail(`member '${e.name}': bad zip64 extra field`);
        return v;
      };
      if (e.size === 0xffffffff) e.size = next();
      if (e.compressedSize === 0xffffffff) e.compressedSize = next();
      if (e.localOffset === 0xffffffff) e.localOffset = next();
      return;
    }
    p += 4 + len;
  }
}

/**
 * Throws if two members' data overlap (a zip bomb trick: one compressed block listed under many names). Uses the
 * 30-byte local header plus the compressed size as a lower bound on each member's extent, so it never flags a sound archive.
 */
function refuseOverlaps(entries: readonly ZipEntry[]): void {
  const sorted = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (b.localOffset < a.localOffset + 30 + a.compressedSize) {
      fail(
        `members '${a.name}' and '${b.name}' share the same bytes (from byte ${b.localOffset}): ` +
          'a zip bomb trick, not an archive a tool writes',
      );
    }
  }
}

/** Lists the archive's members from its central directory. */
export async function readZipDirectory(file: Blob): Promise<ZipEntry[]> {
  const [offset, size, count] = await findDirectory(file);
  const dir = await readRange(file, offset, offset + size, 'zip');
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > dir.length || readUint(dir, p, 4) !== CDH_SIG) fail(`central directory entry ${i} is corrupt`);
    const flags = readUint(dir, p + 8, 2);
    const nameLen = readUint(dir, p + 28, 2);
    const extraLen = readUint(dir, p + 30, 2);
    const commentLen = readUint(dir, p + 32, 2);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > dir.length) fail(`central directory entry ${i} runs past the directory`);
    const nameBytes = dir.subarray(p + 46, p + 46 + nameLen);
    const e: ZipEntry = {
      name: new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes),
      method: readUint(dir, p + 10, 2),
      flags,
      crc: readUint(dir, p + 16, 4),
      compressedSize: readUint(dir, p + 20, 4),
      size: readUint(dir, p + 24, 4),
      localOffset: readUint(dir, p + 42, 4),
    };
    applyZip64(dir.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen), e);
    entries.push(e);
    p = end;
  }
  refuseOverlaps(entries);
  return entries;
}
