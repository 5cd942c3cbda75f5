/** Value types shared by the file readers (pure data, no I/O). */

/** One tensor's name, dtype string and shape (C order, outermost dimension first) without its values. */
export interface TensorInfo {
  name: string;
  /** The file's own dtype name: numpy name for npy/npz ('float32'), safetensors code ('BF16'), tfjs name, ONNX type ('FLOAT'). */
  dtype: string;
  shape: number[];
}

/** A tensor's values converted to float32, row-major (C order); data.length === product(shape). */
export interface LoadedTensor extends TensorInfo {
  data: Float32Array;
}

/** An opened file (or file set): its tensors are listed up front and read one at a time on demand. */
export interface TensorSource {
  /** 'npy' | 'npz' | 'safetensors' | 'onnx' | 'tfjs' | 'text' (CSV/TSV/whitespace) | 'json', or 'multiple' for mixed files. */
  format: string;
  tensors: TensorInfo[];
  /** Reads and converts one listed tensor; throws TensorFileError (e.g. for a 0-element tensor). */
  read(name: string): Promise<LoadedTensor>;
  /**
   * Reads one listed tensor in order, in chunks of about `chunkBytes`, without ever holding it whole; `onChunk`
   * gets each chunk as float32 with the bytes read so far and in all. Only formats with a known byte range have it.
   */
  stream?(name: string, onChunk: ChunkHandler, chunkBytes: number): Promise<void>;
  /**
   * Stored per-block scales of a block-quantized tensor (GGUF Q4_K, Q8_0 …), read in chunks; undefined for formats
   * without them. Resolves to undefined for a tensor of a type without block scales (e.g. F16).
   */
  blockScales?(name: string): Promise<BlockScales | undefined>;
  /** Files a shard index lists that were not selected: their tensors are missing from `tensors`. */
  missing?: string[];
  /** Free-form string metadata (safetensors __metadata__, tfjs model.json top-level fields, ONNX producer/graph, notes). */
  metadata?: Record<string, string>;
}

/**
 * Receives a tensor's values chunk by chunk (in order), with progress in bytes; may be async, may throw to stop.
 * Each chunk is a fresh array the receiver may keep (a source never reuses or rewrites a chunk it has handed on).
 */
export type ChunkHandler = (values: Float32Array, bytesDone: number, bytesTotal: number) => void | Promise<void>;

/** A block-quantized tensor's stored scales: `scales[i]` is the step of elements [i·span, (i+1)·span) in C order. */
export interface BlockScales {
  /** The tensor's storage type, e.g. 'Q4_K'. */
  format: string;
  /** Elements per scale (32 for Q8_0 and Q4_K's sub-blocks, 16 for Q6_K's …). */
  span: number;
  /** The effective step d·sc of each (sub-)block as float32 (may be 0 or negative, as stored). */
  scales: Float32Array;
}

/** Steps of opening that can take long: sniffing the selected files, listing zip members, resolving manifest shards. */
export type OpenStep = 'files' | 'members' | 'shards';

/**
 * Told how far opening has come (`done` of `total` items of `step`); awaited, so the caller may yield to its event
 * loop (to notice a Cancel) and throw to stop.
 */
export type OpenProgress = (step: OpenStep, done: number, total: number) => void | Promise<void>;
