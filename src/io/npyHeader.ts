/** Reads a .npy header: magic, version 1.0/2.0/3.0, header length, and the descr/fortran_order/shape dict. */
import { at, TensorFileError } from './errors';
import { npyDtype, type NpyDtype } from './npyDtype';
import { parsePyLiteral, PyLiteralError, type PyValue } from './pyLiteral';
import { checkShape } from './shape';

/** What a .npy header says; dataOffset is the byte index where the array data starts. */
export interface NpyHeader {
  version: string;
  dtype: NpyDtype;
  fortranOrder: boolean;
  shape: number[];
  dataOffset: number;
}

/** Largest header accepted, bytes (numpy itself refuses headers over 10 000 bytes by default). */
export const MAX_NPY_HEADER = 1 << 20;

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

function hexBytes(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(' ');
}

/** Total header size in bytes (preamble + dict) from the first ≥ 12 bytes; throws on bad magic/version. */
export function npyHeaderLength(b: Uint8Array, where: string): number {
  if (b.length < 10 && b.length > 0 && MAGIC.every((m, i) => i >= b.length || b[i] === m)) {
    throw new TensorFileError('npy', `${at(where)}truncated .npy file: ${b.length} bytes, the preamble alone needs 10`);
  }
  if (b.length < 10 || MAGIC.some((m, i) => b[i] !== m)) {
    const found = b.length === 0 ? 'an empty file' : `bytes ${hexBytes(b.subarray(0, 8))}`;
    throw new TensorFileError('npy', `${at(where)}not a .npy file: expected magic \\x93NUMPY, found ${found}`);
  }
  const major = b[6];
  const minor = b[7];
  if (minor !== 0 || major < 1 || major > 3) {
    throw new TensorFileError('npy', `${at(where)}unsupported .npy format version ${major}.${minor} (1.0, 2.0, 3.0 are known)`);
  }
  if (major === 1) return 10 + (b[8] | (b[9] << 8));
  if (b.length < 12) throw new TensorFileError('npy', `${at(where)}truncated .npy preamble (${b.length} bytes)`);
  const len = (b[8] | (b[9] << 8) | (b[10] << 16)) + b[11] * 2 ** 24;
  if (len > MAX_NPY_HEADER) {
    throw new TensorFileError('npy', `${at(where)}header length ${len} bytes is absurd (limit ${MAX_NPY_HEADER})`);
  }
  return 12 + len;
}

function dictEntries(v: PyValue, where: string): Map<string, PyValue> {
  if (v.kind !== 'dict') throw new TensorFileError('npy', `${at(where)}header is not a dict literal`);
  const map = new Map<string, PyValue>();
  for (const [k, val] of v.entries) {
    if (k.kind !== 'str') throw new TensorFileError('npy', `${at(where)}header dict has a non-string key`);
    if (map.has(k.value)) throw new TensorFileError('npy', `${at(where)}header repeats the key '${k.value}'`);
    map.set(k.value, val);
  }
  for (const key of map.keys()) {
    if (key !== 'descr' && key !== 'fortran_order' && key !== 'shape') {
      throw new TensorFileError('npy', `${at(where)}header has an unexpected key '${key}'`);
    }
  }
  return map;
}

/** Parses the complete header at the start of `b` (b must hold npyHeaderLength bytes). */
export function parseNpyHeader(b: Uint8Array, where: string): NpyHeader {
  const total = npyHeaderLength(b, where);
  if (b.length < total) {
    throw new TensorFileError('npy', `${at(where)}truncated: header needs ${total} bytes, the file has ${b.length}`);
  }
  const major = b[6];
  const start = major === 1 ? 10 : 12;
  const raw = b.subarray(start, total);
  let text: string;
  try {
    text = new TextDecoder(major === 3 ? 'utf-8' : 'latin1', { fatal: true }).decode(raw);
  } catch {
    throw new TensorFileError('npy', `${at(where)}version 3.0 header is not valid UTF-8`);
  }
  let lit: PyValue;
  try {
    lit = parsePyLiteral(text.replace(/\0+$/, ''));
  } catch (err) {
    if (!(err instanceof PyLiteralError)) throw err;
    throw new TensorFileError('npy', `${at(where)}header is not a valid Python dict literal: ${err.message}`);
  }
  const d = dictEntries(lit, where);
  const descr = d.get('descr');
  const fortran = d.get('fortran_order');
  const shape = d.get('shape');
  if (descr === undefined || fortran === undefined || shape === undefined) {
    throw new TensorFileError('npy', `${at(where)}header must have the keys 'descr', 'fortran_order' and 'shape'`);
  }
  const dtype = npyDtype(descr, where);
  if (fortran.kind !== 'bool') throw new TensorFileError('npy', `${at(where)}header 'fortran_order' is not True/False`);
  if (shape.kind !== 'tuple') throw new TensorFileError('npy', `${at(where)}header 'shape' is not a tuple`);
  const dims = shape.items.map((it) => (it.kind === 'int' ? it.value : NaN));
  if (dims.some(Number.isNaN)) throw new TensorFileError('npy', `${at(where)}header 'shape' holds a non-integer`);
  return {
    version: `${major}.0`,
    dtype,
    fortranOrder: fortran.value,
    shape: checkShape(dims, 'npy', where),
    dataOffset: total,
  };
}
