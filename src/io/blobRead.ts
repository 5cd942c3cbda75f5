/** Bounded random access to a Blob/File: reads bytes [start, end) with Blob.slice, nothing else. */
import { TensorFileError } from './errors';

/** Reads bytes [start, end) (end exclusive); throws TensorFileError if out of range or unreadable. */
export async function readRange(blob: Blob, start: number, end: number, format: string): Promise<Uint8Array> {
  if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 0 && end >= start && end <= blob.size)) {
    throw new TensorFileError(format, `cannot read bytes ${start}–${end}: the file has ${blob.size} bytes`);
  }
  let buf: ArrayBuffer;
  try {
    buf = await blob.slice(start, end).arrayBuffer();
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new TensorFileError(format, `could not read bytes ${start}–${end} (file changed or unreadable: ${why})`, {
      cause: err,
    });
  }
  if (buf.byteLength !== end - start) {
    throw new TensorFileError(format, `read ${buf.byteLength} bytes at ${start}, expected ${end - start} (file changed?)`);
  }
  return new Uint8Array(buf);
}

/** Little-endian unsigned integer of `n` ≤ 6 bytes at `off`. */
export function readUint(b: Uint8Array, off: number, n: number): number {
  let v = 0;
  for (let i = n - 1; i >= 0; i--) v = v * 256 + b[off + i];
  return v;
}

/** Little-endian u64 at `off` as a number, or undefined when ≥ 2^53 (not exactly representable). */
export function readUint64(b: Uint8Array, off: number): number | undefined {
  const hi = readUint(b, off + 4, 4);
  if (hi >= 0x200000) return undefined;
  return hi * 4294967296 + readUint(b, off, 4);
}
