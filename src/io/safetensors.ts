/** safetensors reader: lists tensors from the header and reads one tensor's byte range with Blob.slice. */
import { readRange } from './blobRead';
import { checkTensorBudget } from './budget';
import { decodeElements, type ElemKind } from './elements';
import { guarded, TensorFileError } from './errors';
import { streamRange } from './rangeStream';
import { safeDtype } from './safetensorsDtype';
import { readSafetensorsHeader, type SafeEntry, type SafeHeader } from './safetensorsHeader';
import { numElements, refuseEmpty } from './shape';
import type { ChunkHandler, LoadedTensor, TensorInfo, TensorSource } from './types';

function info(e: SafeEntry): TensorInfo {
  return { name: e.name, dtype: e.dtype, shape: e.shape };
}

/** The entry named `name` with its decoder kind; throws for a missing, empty or undecodable tensor. */
function decodable(h: SafeHeader, name: string): { e: SafeEntry; kind: ElemKind } {
  const e = h.entries.find((x) => x.name === name);
  if (e === undefined) throw new TensorFileError('safetensors', `no tensor named '${name}'`, { tensor: name });
  const where = `tensor '${name}'`;
  refuseEmpty(e.shape, 'safetensors', where);
  const dtype = safeDtype(e.dtype);
  if (dtype?.kind === undefined) {
    throw new TensorFileError('safetensors', `${where}: dtype ${e.dtype} cannot be converted to real numbers`, {
      tensor: name,
    });
  }
  return { e, kind: dtype.kind };
}

/** Reads and decodes one entry: only bytes [dataStart + begin, dataStart + end) are read. */
async function readEntry(file: Blob, h: SafeHeader, name: string): Promise<LoadedTensor> {
  const { e, kind } = decodable(h, name);
  checkTensorBudget(e.shape, e.end - e.begin, 'safetensors', `tensor '${name}'`);
  const bytes = await readRange(file, h.dataStart + e.begin, h.dataStart + e.end, 'safetensors');
  return { ...info(e), data: decodeElements(bytes, kind, true, numElements(e.shape)) };
}

/** Streams one entry in whole-element chunks of about `chunkBytes`; only its own byte range is read, one chunk at a time. */
async function streamEntry(file: Blob, h: SafeHeader, name: string, onChunk: ChunkHandler, chunkBytes: number): Promise<void> {
  const { e, kind } = decodable(h, name);
  return streamRange(file, h.dataStart + e.begin, h.dataStart + e.end, kind, 'safetensors', onChunk, chunkBytes);
}

/** Names, dtypes and shapes of the tensors in a .safetensors file (reads the header only). */
export function listSafetensors(file: Blob): Promise<TensorInfo[]> {
  return guarded('safetensors', undefined, async () => (await readSafetensorsHeader(file)).entries.map(info));
}

/** One tensor of a .safetensors file as float32; reads the header and only that tensor's bytes. */
export function readSafetensor(file: Blob, name: string): Promise<LoadedTensor> {
  return guarded('safetensors', undefined, async () => readEntry(file, await readSafetensorsHeader(file), name));
}

/** Opens a .safetensors file as a source; the header is read once and kept. */
export async function openSafetensors(file: Blob): Promise<TensorSource> {
  const h = await readSafetensorsHeader(file);
  return {
    format: 'safetensors',
    tensors: h.entries.map(info),
    read: (name) => readEntry(file, h, name),
    stream: (name, onChunk, chunkBytes) => streamEntry(file, h, name, onChunk, chunkBytes),
    ...(h.metadata === undefined ? {} : { metadata: h.metadata }),
  };
}
