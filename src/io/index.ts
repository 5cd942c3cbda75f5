/** Public API of the tensor file readers (pure TS; Blob/File only, so it runs in a Worker or Node). */
export type { BlockScales, ChunkHandler, LoadedTensor, TensorInfo, TensorSource } from './types';
export { TensorFileError } from './errors';
export { parseNpy } from './npy';
export { listSafetensors, readSafetensor } from './safetensors';
export { openFiles } from './openFiles';
export { encodeNpy, encodeNpz, type WritableArray } from './write/writeNpy';
export { encodeSafetensors, type SafeTensorOut } from './write/writeSafetensors';
