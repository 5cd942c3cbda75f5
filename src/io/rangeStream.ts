/** Streams a tensor stored as one contiguous byte range of a Blob, in chunks of whole elements. */
import { readRange } from './blobRead';
import { decodeOwnedElements, ITEM_SIZE, type ElemKind } from './elements';
import type { ChunkHandler } from './types';

/**
 * Decodes bytes [begin, end) of `blob` (`kind`, little-endian unless said otherwise) chunk by chunk, reading about
 * `chunkBytes` at a time; each chunk is a fresh read, so little-endian float32 reaches `onChunk` without a copy.
 * The next chunk's read is under way while `onChunk` works on the current one (at most two chunks in memory).
 */
export async function streamRange(
  blob: Blob,
  begin: number,
  end: number,
  kind: ElemKind,
  format: string,
  onChunk: ChunkHandler,
  chunkBytes: number,
  littleEndian = true,
): Promise<void> {
  const size = ITEM_SIZE[kind];
  const step = Math.max(size, Math.floor(chunkBytes / size) * size);
  const total = end - begin;
  const read = (start: number): Promise<Uint8Array> => {
    const pending = readRange(blob, start, Math.min(start + step, end), format);
    pending.catch(() => undefined); // a failed read ahead is reported when its turn comes, or dropped if onChunk threw first
    return pending;
  };
  let next = begin < end ? read(begin) : null;
  for (let start = begin; next; start += step) {
    const stop = Math.min(start + step, end);
    const bytes = await next;
    next = stop < end ? read(stop) : null;
    await onChunk(decodeOwnedElements(bytes, kind, littleEndian, (stop - start) / size), stop - begin, total);
  }
}
