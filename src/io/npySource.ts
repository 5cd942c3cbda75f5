/** A single .npy file as a TensorSource: lists from the header, reads the whole file on demand. */
import { readRange } from './blobRead';
import { checkNpyData, decodeNpy } from './npy';
import { npyHeaderLength, parseNpyHeader } from './npyHeader';
import { TensorFileError } from './errors';
import type { TensorSource } from './types';

/** Opens a .npy Blob; `name` is the tensor name (the file name without '.npy'). */
export async function openNpy(file: Blob, name: string): Promise<TensorSource> {
  const first = await readRange(file, 0, Math.min(file.size, 4096), 'npy');
  const total = npyHeaderLength(first, '');
  const head = total <= first.length ? first : await readRange(file, 0, Math.min(file.size, total), 'npy');
  const h = parseNpyHeader(head, '');
  checkNpyData(h, file.size - h.dataOffset, '');
  return {
    format: 'npy',
    tensors: [{ name, dtype: h.dtype.name, shape: h.shape }],
    async read(n) {
      if (n !== name) throw new TensorFileError('npy', `no tensor named '${n}' (this file holds '${name}')`);
      return decodeNpy(await readRange(file, 0, file.size, 'npy'), name, '');
    },
  };
}
