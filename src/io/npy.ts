/** .npy reader: header, size check, element conversion, Fortran-order transpose. */
import { decodeElements, ITEM_SIZE } from './elements';
import { checkTensorBudget } from './budget';
import { at, guardSync, TensorFileError } from './errors';
import { fortranToC } from './fortran';
import { parseNpyHeader, type NpyHeader } from './npyHeader';
import { formatShape, numElements, refuseEmpty } from './shape';
import type { LoadedTensor } from './types';

/** Bytes the array data needs after the header. */
export function npyDataBytes(h: NpyHeader): number {
  return numElements(h.shape) * ITEM_SIZE[h.dtype.kind];
}

/** Throws unless `available` bytes after the header hold the data (extra trailing bytes are ignored, as numpy does). */
export function checkNpyData(h: NpyHeader, available: number, where: string): void {
  const need = npyDataBytes(h);
  if (available < need) {
    throw new TensorFileError(
      'npy',
      `${at(where)}header says shape ${formatShape(h.shape)} of ${h.dtype.descr} = ${need} bytes, ` +
        `but the file has ${available} bytes after the header`,
    );
  }
}

/** Throws unless the array (its bytes, and its values as float32) fits the memory budget. */
export function checkNpyBudget(h: NpyHeader, format: string, where: string): void {
  checkTensorBudget(h.shape, npyDataBytes(h), format, where);
}

/** Decodes a whole .npy file held in `bytes`; `where` names it in messages. */
export function decodeNpy(bytes: Uint8Array, name: string, where: string): LoadedTensor {
  const h = parseNpyHeader(bytes, where);
  refuseEmpty(h.shape, 'npy', where);
  checkNpyData(h, bytes.length - h.dataOffset, where);
  checkNpyBudget(h, 'npy', where);
  const n = numElements(h.shape);
  const flat = decodeElements(bytes.subarray(h.dataOffset), h.dtype.kind, h.dtype.littleEndian, n);
  const data = h.fortranOrder ? fortranToC(flat, h.shape) : flat;
  return { name, dtype: h.dtype.name, shape: h.shape, data };
}

/** Parses a .npy file (versions 1.0–3.0) into float32 C-order data; throws TensorFileError on bad input. */
export function parseNpy(buf: ArrayBuffer, name = 'array'): LoadedTensor {
  return guardSync('npy', undefined, () => decodeNpy(new Uint8Array(buf), name, ''));
}
