import { zipSync } from 'fflate';

/** An array to write: float32 or uint8 values, row-major (C order) with the given shape. */
export interface WritableArray {
  data: Float32Array | Uint8Array;
  shape: number[];
}

/** Little-endian bytes of a typed array (a copy). */
function leBytes(a: Float32Array | Uint8Array): Uint8Array {
  if (a instanceof Uint8Array) return a.slice();
  const out = new Uint8Array(a.length * 4);
  const v = new DataView(out.buffer);
  for (let i = 0; i < a.length; i++) v.setFloat32(i * 4, a[i], true);
  return out;
}

/** A .npy (version 1.0) file: '<f4' or '|u1', C order, header padded with spaces to a multiple of 64 bytes. */
export function encodeNpy({ data, shape }: WritableArray): Uint8Array {
  if (shape.reduce((a, b) => a * b, 1) !== data.length)
    throw new RangeError(`shape [${shape.join(', ')}] does not hold ${data.length} values`);
  const descr = data instanceof Uint8Array ? '|u1' : '<f4';
  const dims = shape.length === 1 ? `${shape[0]},` : shape.join(', ');
  const dict = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${dims}), }`;
  const pad = (64 - ((10 + dict.length + 1) % 64)) % 64;
  const header = new TextEncoder().encode(dict + ' '.repeat(pad) + '\n');
  const body = leBytes(data);
  const out = new Uint8Array(10 + header.length + body.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, header.length & 0xff, header.length >> 8], 0);
  out.set(header, 10);
  out.set(body, 10 + header.length);
  return out;
}

/** A .npz file (numpy.savez: an uncompressed zip of `<name>.npy` members). */
export function encodeNpz(arrays: Record<string, WritableArray>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(arrays).map(([k, a]) => [`${k}.npy`, encodeNpy(a)])), { level: 0 });
}
