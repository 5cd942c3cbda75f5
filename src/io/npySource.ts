/** A single .npy file as a TensorSource: lists from the header, reads (or streams) only the array's bytes on demand. */
import { readRange } from './blobRead';
import { checkNpyBudget, checkNpyData, decodeNpy, npyDataBytes } from './npy';
import { npyHeaderLength, parseNpyHeader } from './npyHeader';
import { TensorFileError } from './errors';
import { streamRange } from './rangeStream';
import { refuseEmpty } from './shape';
import type { LoadedTensor, TensorSource } from './types';

/** Opens a .npy Blob; `name` is the tensor name (the file name without '.npy'). */
export async function openNpy(file: Blob, name: string): Promise<TensorSource> {
  const first = await readRange(file, 0, Math.min(file.size, 4096), 'npy');
  const total = npyHeaderLength(first, '');
  const head = total <= first.length ? first : await readRange(file, 0, Math.min(file.size, total), 'npy');
  const h = parseNpyHeader(head, '');
  checkNpyData(h, file.size - h.dataOffset, '');
  const end = h.dataOffset + npyDataBytes(h);
  const check = (n: string): void => {
    if (n !== name) throw new TensorFileError('npy', `no tensor named '${n}' (this file holds '${name}')`);
  };
  const read = async (n: string): Promise<LoadedTensor> => {
    check(n);
    refuseEmpty(h.shape, 'npy', '');
    checkNpyBudget(h, 'npy', ''); // before the bytes are read
    return decodeNpy(await readRange(file, 0, end, 'npy'), name, '');
  };
  return {
    format: 'npy',
    tensors: [{ name, dtype: h.dtype.name, shape: h.shape }],
    read,
    async stream(n, onChunk, chunkBytes) {
      check(n);
      refuseEmpty(h.shape, 'npy', '');
      if (!h.fortranOrder) {
        return streamRange(file, h.dataOffset, end, h.dtype.kind, 'npy', onChunk, chunkBytes, h.dtype.littleEndian);
      }
      const { data } = await read(n); // Fortran order must be transposed whole: one chunk
      await onChunk(data, data.byteLength, data.byteLength);
    },
  };
}
