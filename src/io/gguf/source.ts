/** GGUF as a TensorSource: the header is read once; each tensor's bytes are read with Blob.slice when asked for. */
import { readRange } from '../blobRead';
import { TensorFileError } from '../errors';
import { checkBudget, checkTensorBudget } from '../budget';
import { refuseEmpty } from '../shape';
import type { BlockScales, ChunkHandler, LoadedTensor, TensorInfo, TensorSource } from '../types';
import { canDequantize, dequantize } from './dequant';
import { dtypeOf, readGgufHeader, type GgufEntry, type GgufHeader } from './header';
import type { GgmlType } from './ggmlTypes';
import { valueText } from './metadata';
import { readScales, scaleSpan } from './scales';

/** The types read() and stream() convert, for the refusal message. */
const SUPPORTED = 'F32, F16, BF16, F64, I8–I64, Q4_0, Q4_1, Q5_0, Q5_1, Q8_0, Q2_K–Q6_K, Q8_K, MXFP4, NVFP4';

function info(e: GgufEntry): TensorInfo {
  return { name: e.name, dtype: dtypeOf(e), shape: e.shape };
}

/** The entry named `name` and its type, or a TensorFileError for a missing, empty or undecodable one. */
function decodable(h: GgufHeader, name: string): { e: GgufEntry; t: GgmlType } {
  const e = h.tensors.find((x) => x.name === name);
  if (e === undefined) throw new TensorFileError('gguf', `no tensor named '${name}'`, { tensor: name });
  const where = `tensor '${name}'`;
  refuseEmpty(e.shape, 'gguf', where);
  const t = e.type;
  if (t === undefined) {
    throw new TensorFileError('gguf', `${where} has ggml type ${e.typeId}, which this reader does not know`, { tensor: name });
  }
  if (!canDequantize(t)) {
    throw new TensorFileError('gguf', `${where} is ${t.name}, a ggml type this app does not dequantize (it reads ${SUPPORTED})`, {
      tensor: name,
    });
  }
  return { e, t };
}

/** Reads bytes [e.begin, e.end) in whole-block chunks of about `chunkBytes` and hands each to `handle` with its first block index. */
async function eachChunk(
  file: Blob,
  e: GgufEntry,
  t: GgmlType,
  chunkBytes: number,
  handle: (bytes: Uint8Array, firstBlock: number) => void | Promise<void>,
): Promise<void> {
  const step = Math.max(1, Math.floor(chunkBytes / t.typeSize)) * t.typeSize;
  for (let start = e.begin; start < e.end; start += step) {
    const stop = Math.min(start + step, e.end);
    await handle(await readRange(file, start, stop, 'gguf'), (start - e.begin) / t.typeSize);
  }
}

async function readEntry(file: Blob, h: GgufHeader, name: string): Promise<LoadedTensor> {
  const { e, t } = decodable(h, name);
  checkTensorBudget(e.shape, e.end - e.begin, 'gguf', `tensor '${name}'`);
  const data = new Float32Array(e.elements);
  const bytes = await readRange(file, e.begin, e.end, 'gguf');
  dequantize(t, bytes, data);
  return { ...info(e), data };
}

/** Streams one tensor in whole blocks; `chunkBytes` bounds each float32 chunk handed on (the output, not the stored bytes, is what is held). */
async function streamEntry(file: Blob, h: GgufHeader, name: string, onChunk: ChunkHandler, chunkBytes: number): Promise<void> {
  const { e, t } = decodable(h, name);
  const blocksPerChunk = Math.max(1, Math.floor(chunkBytes / (4 * t.blockSize)));
  const total = e.end - e.begin;
  await eachChunk(file, e, t, blocksPerChunk * t.typeSize, async (bytes, first) => {
    const out = new Float32Array((bytes.length / t.typeSize) * t.blockSize);
    dequantize(t, bytes, out);
    await onChunk(out, first * t.typeSize + bytes.length, total);
  });
}

/** Chunk of stored bytes read at a time for the block scales. */
const SCALE_CHUNK = 16 << 20;

async function scalesOf(file: Blob, h: GgufHeader, name: string): Promise<BlockScales | undefined> {
  const { e, t } = decodable(h, name);
  const span = scaleSpan(t);
  if (span === undefined) return undefined;
  checkBudget((4 * e.elements) / span, 'gguf', `tensor '${name}'`, 'its block scales');
  const scales = new Float32Array(e.elements / span);
  const perBlock = t.blockSize / span;
  await eachChunk(file, e, t, SCALE_CHUNK, (bytes, first) => readScales(t, bytes, scales, first * perBlock));
  return { format: t.name, span, scales };
}

/** Opens a .gguf file (v2/v3, little-endian): lists its tensors and metadata; reads one tensor's bytes on demand. */
export async function openGguf(file: Blob): Promise<TensorSource> {
  const h = await readGgufHeader(file);
  const metadata: Record<string, string> = {};
  for (const [k, v] of h.metadata) metadata[k] = valueText(v);
  return {
    format: 'gguf',
    tensors: h.tensors.map(info),
    read: (name) => readEntry(file, h, name),
    stream: (name, onChunk, chunkBytes) => streamEntry(file, h, name, onChunk, chunkBytes),
    blockScales: (name) => scalesOf(file, h, name),
    metadata,
  };
}
