/** Streams a tensor stored as one contiguous byte range of a Blob, in chunks of whole elements. */
import { readRange } from './blobRead';
import { decodeOwnedElements, ITEM_SIZE, type ElemKind } from './elements';
import type { ChunkHandler } from './types';

/**
 * Decodes bytes [begin, end) of `blob` (`kind`, little-endian unless said otherwise) chunk by chunk, reading about
 * `chunkBytes` at a time; each chunk is a fresh read, so little-endian float32 reaches `onChunk` without a copy.
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
  for (let start = begin; start < end; start += step) {
    const stop = Math.min(start + step, end);
    const bytes = await readRange(blob, start, stop, format);
    await onChunk(decodeOwnedElements(bytes, kind, littleEndian, (stop - start) / size), stop - begin, total);
  }
}
