/** Maps a .npy header 'descr' to a storage kind and byte order, refusing dtypes that are not plain numbers. */
import type { ElemKind } from './elements';
import { at, TensorFileError } from './errors';
import type { PyValue } from './pyLiteral';

/** A numeric numpy dtype: storage kind, byte order and numpy's name ('float32'). */
export interface NpyDtype {
  kind: ElemKind;
  littleEndian: boolean;
  name: string;
  /** The descr string as written in the header, e.g. '>f4'. */
  descr: string;
}

const KINDS: Record<string, { kind: ElemKind; name: string }> = {
  f2: { kind: 'f2', name: 'float16' },
  f4: { kind: 'f4', name: 'float32' },
  f8: { kind: 'f8', name: 'float64' },
  i1: { kind: 'i1', name: 'int8' },
  u1: { kind: 'u1', name: 'uint8' },
  i2: { kind: 'i2', name: 'int16' },
  u2: { kind: 'u2', name: 'uint16' },
  i4: { kind: 'i4', name: 'int32' },
  u4: { kind: 'u4', name: 'uint32' },
  i8: { kind: 'i8', name: 'int64' },
  u8: { kind: 'u8', name: 'uint64' },
  b1: { kind: 'b1', name: 'bool' },
  '?': { kind: 'b1', name: 'bool' },
};

/** Why a recognisable but unsupported type code is refused. */
const REFUSED: Record<string, string> = {
  O: 'object arrays hold pickled Python objects, which are never unpickled here; save a numeric array instead',
  V: 'raw void/record dtype is not supported; save a plain numeric array',
  U: 'unicode string arrays are not numbers',
  S: 'byte string arrays are not numbers',
  a: 'byte string arrays are not numbers',
  c: 'complex arrays are not supported; save the real and imaginary parts as separate arrays',
  M: 'datetime arrays are not numbers',
  m: 'timedelta arrays are not numbers',
};

/** Field names of a structured descr (a list of (name, type[, shape]) tuples), for the refusal message. */
function fieldNames(items: PyValue[]): string[] {
  return items.map((it) => {
    if (it.kind !== 'tuple' || it.items.length < 2) return '?';
    const n = it.items[0];
    if (n.kind === 'str') return n.value;
    if (n.kind === 'tuple' && n.items[1]?.kind === 'str') return n.items[1].value; // (title, name)
    return '?';
  });
}

/** Resolves a header 'descr' value; throws TensorFileError naming the dtype when unsupported. */
export function npyDtype(descr: PyValue, where: string): NpyDtype {
  if (descr.kind === 'list') {
    const names = fieldNames(descr.items)
      .map((n) => `'${n}'`)
      .join(', ');
    throw new TensorFileError(
      'npy',
      `${at(where)}structured dtype with fields ${names} is not supported; save each field as its own array`,
    );
  }
  if (descr.kind !== 'str') throw new TensorFileError('npy', `${at(where)}header 'descr' is not a dtype string`);
  const m = /^([<>|=]?)([a-zA-Z?])(\d*)(.*)$/.exec(descr.value);
  if (m === null) throw new TensorFileError('npy', `${at(where)}unrecognised dtype '${descr.value}'`);
  const [, order, code, size, rest] = m;
  const known = Object.hasOwn(KINDS, code + size) ? KINDS[code + size] : undefined;
  if (known !== undefined && rest === '') {
    return { kind: known.kind, littleEndian: order !== '>', name: known.name, descr: descr.value };
  }
  const why = REFUSED[code];
  if (why !== undefined) throw new TensorFileError('npy', `${at(where)}dtype '${descr.value}': ${why}`);
  if (code === 'f' && (size === '12' || size === '16')) {
    throw new TensorFileError('npy', `${at(where)}dtype '${descr.value}' (long double) is not supported; save as float64`);
  }
  throw new TensorFileError('npy', `${at(where)}unsupported dtype '${descr.value}'`);
}
