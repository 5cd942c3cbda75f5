/** ONNX reader: lists the weights in graph.initializer and reads one at a time from raw_data, a typed field, or external data. */
import { readRange } from './blobRead';
import { checkTensorBudget } from './budget';
import { decodeElements, type ElemKind } from './elements';
import { TensorFileError } from './errors';
import type { NamedBlob } from './namedBlob';
import { checkInitializers, type OnnxEntry } from './onnxCheck';
import { READABLE_ONNX_TYPES } from './onnxDtype';
import { findExternal, missingExternal } from './onnxExternal';
import { checkOnnxHead } from './onnxHead';
import { decodeOnnxModel, type OnnxModel } from './onnxModel';
import { typedElementBytes } from './onnxTyped';
import { streamRange } from './rangeStream';
import { numElements, refuseEmpty } from './shape';
import type { ChunkHandler, LoadedTensor, TensorSource } from './types';

/** Largest .onnx file read: protobuf messages are limited to 2 GiB (bigger models keep their weights in external data). */
export const MAX_ONNX_BYTES = 2 ** 31;

/** Bytes checked by checkOnnxHead before the whole file is read. */
const HEAD_BYTES = 4096;

/** The entry named `name` with its decoder kind; throws for a missing, empty or unconvertible tensor. */
function readable(entries: Map<string, OnnxEntry>, name: string): { e: OnnxEntry; kind: ElemKind } {
  const e = entries.get(name);
  if (e === undefined) throw new TensorFileError('onnx', `no tensor named '${name}'`, { tensor: name });
  refuseEmpty(e.shape, 'onnx', `tensor '${name}'`);
  const { kind } = e.dtype;
  if (kind === undefined) {
    throw new TensorFileError(
      'onnx',
      `tensor '${name}': ONNX data type ${e.dtype.name} cannot be read as numbers here (readable: ${READABLE_ONNX_TYPES.join(', ')})`,
      { tensor: name },
    );
  }
  return { e, kind };
}

function metadataOf(m: OnnxModel, externalFiles: string[]): Record<string, string> {
  const meta: Record<string, string> = {};
  const producer = [m.producerName, m.producerVersion].filter((s) => s !== '').join(' ');
  if (producer !== '') meta.producer = producer;
  if (m.irVersion !== undefined) meta.ir_version = String(m.irVersion);
  if (m.graphName !== '') meta.graph = m.graphName;
  if (externalFiles.length > 0) meta.external_data = externalFiles.join(', ');
  if (m.sparse > 0) meta.sparse_initializers = `${m.sparse} (not read)`;
  return meta;
}

/**
 * Opens the .onnx `model`; external data files are looked up among `files` by name. Returns the source and the
 * data files it uses. The model is read whole once (≤ 2 GiB) to decode it; tensors are then re-read by byte range.
 */
export async function openOnnx(
  model: NamedBlob,
  files: readonly NamedBlob[],
): Promise<{ source: TensorSource; dataFiles: Set<NamedBlob> }> {
  const size = model.blob.size;
  checkOnnxHead(await readRange(model.blob, 0, Math.min(size, HEAD_BYTES), 'onnx'), size);
  if (size > MAX_ONNX_BYTES) {
    throw new TensorFileError('onnx', `the file has ${size} bytes, more than the 2 GiB a protobuf ModelProto can hold`);
  }
  const decoded = decodeOnnxModel(await readRange(model.blob, 0, size, 'onnx'));
  const entries = new Map(checkInitializers(decoded.initializers, decoded.sparse).map((e) => [e.name, e]));
  const dataFiles = new Set<NamedBlob>();
  const linked = new Map<OnnxEntry, NamedBlob>();
  const locations = new Set<string>();
  const missing = new Set<string>();
  for (const e of entries.values()) {
    if (e.data.in !== 'external') continue;
    locations.add(e.data.ref.location);
    const f = findExternal(e.data.ref, files, `tensor '${e.name}'`, e.name);
    if (f === undefined) missing.add(e.data.ref.location);
    else {
      linked.set(e, f);
      dataFiles.add(f);
    }
  }

  /** The blob and byte range of a tensor stored as one contiguous range, or undefined for typed-field tensors. */
  const rangeOf = (e: OnnxEntry): { blob: Blob; start: number; end: number } | undefined => {
    if (e.data.in === 'raw') return { blob: model.blob, ...e.data.range };
    if (e.data.in !== 'external') return undefined;
    const f = linked.get(e);
    if (f === undefined) throw missingExternal(e.data.ref, model.name, [...missing], e.name);
    return { blob: f.blob, start: e.data.ref.offset, end: e.data.ref.offset + e.data.ref.length };
  };

  const read = async (name: string): Promise<LoadedTensor> => {
    const { e, kind } = readable(entries, name);
    const n = numElements(e.shape);
    const range = rangeOf(e);
    const stored = range === undefined ? (e.data.in === 'typed' ? e.data.message.end - e.data.message.start : 0) : range.end - range.start;
    checkTensorBudget(e.shape, stored, 'onnx', `tensor '${name}'`);
    let bytes: Uint8Array;
    if (range !== undefined) bytes = await readRange(range.blob, range.start, range.end, 'onnx');
    else if (e.data.in === 'typed') {
      const { start, end } = e.data.message;
      bytes = typedElementBytes(await readRange(model.blob, start, end, 'onnx'), start, e.dtype, kind, n, `tensor '${name}'`);
    } else throw new TensorFileError('onnx', `tensor '${name}' has no data`, { tensor: name });
    return { name, dtype: e.dtype.name, shape: e.shape, data: decodeElements(bytes, kind, true, n) };
  };

  const stream = async (name: string, onChunk: ChunkHandler, chunkBytes: number): Promise<void> => {
    const { e, kind } = readable(entries, name);
    const range = rangeOf(e);
    if (range !== undefined) return streamRange(range.blob, range.start, range.end, kind, 'onnx', onChunk, chunkBytes);
    const { data } = await read(name); // typed fields: decoded whole, handed over as one chunk
    await onChunk(data, data.byteLength, data.byteLength);
  };

  const source: TensorSource = {
    format: 'onnx',
    tensors: [...entries.values()].map((e) => ({ name: e.name, dtype: e.dtype.name, shape: e.shape })),
    read,
    stream,
  };
  const metadata = metadataOf(decoded, [...locations]);
  if (Object.keys(metadata).length > 0) source.metadata = metadata;
  return { source, dataFiles };
}
