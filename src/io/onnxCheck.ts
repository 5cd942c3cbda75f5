/** Validates decoded ONNX initializers: names, data types, shapes, and that each holds exactly the data its shape needs. */
import { TensorFileError } from './errors';
import { onnxDtype, TYPED_FIELD_NAMES, type OnnxDtype } from './onnxDtype';
import { parseExternal, type ExternalRef } from './onnxExternal';
import type { ByteRange, TensorRecord } from './onnxTensorProto';
import { checkShape, formatShape, numElements } from './shape';

/** Where a tensor's values are: raw_data bytes, a typed field of its TensorProto, an external file, or nowhere (0 elements). */
export type OnnxData =
  { in: 'raw'; range: ByteRange } | { in: 'typed'; message: ByteRange } | { in: 'external'; ref: ExternalRef } | { in: 'none' };

/** A validated initializer. */
export interface OnnxEntry {
  name: string;
  dtype: OnnxDtype;
  shape: number[];
  data: OnnxData;
}

function fail(message: string, tensor?: string): never {
  throw new TensorFileError('onnx', message, { tensor });
}

/** Bytes `n` elements take in raw_data (sub-byte types are packed, rounded up); undefined for STRING. */
function rawByteLength(dtype: OnnxDtype, n: number): number | undefined {
  return dtype.bits === undefined ? undefined : Math.ceil((n * dtype.bits) / 8);
}

function checkData(t: TensorRecord, dtype: OnnxDtype, shape: number[], label: string): OnnxData {
  const n = numElements(shape);
  const what = `shape ${formatShape(shape)} of ${dtype.name}`;
  const typed = [...t.counts.keys()];
  const need = rawByteLength(dtype, n);
  if (t.dataLocation === 1) {
    if (t.raw !== undefined || typed.length > 0) fail(`${label}: data_location is EXTERNAL, but the tensor also has inline data`, t.name);
    if (need === undefined) fail(`${label}: ${dtype.name} tensors cannot be stored as external data`, t.name);
    return { in: 'external', ref: parseExternal(t.external, need, label, what, t.name) };
  }
  if (t.dataLocation !== 0) fail(`${label}: unknown data_location ${t.dataLocation} (0 = DEFAULT, 1 = EXTERNAL)`, t.name);
  if (t.raw !== undefined) {
    const have = t.raw.end - t.raw.start;
    if (typed.length > 0) fail(`${label}: has both raw_data and ${TYPED_FIELD_NAMES[typed[0]]}`, t.name);
    if (need === undefined) fail(`${label}: ${dtype.name} values cannot be stored in raw_data`, t.name);
    if (have !== need) fail(`${label}: ${what} needs ${need} bytes, but raw_data has ${have}`, t.name);
    return { in: 'raw', range: t.raw };
  }
  const home = TYPED_FIELD_NAMES[dtype.field];
  const stray = typed.find((f) => f !== dtype.field);
  if (stray !== undefined)
    fail(`${label}: ${dtype.name} values belong in ${home} or raw_data, but it has ${TYPED_FIELD_NAMES[stray]}`, t.name);
  const count = t.counts.get(dtype.field) ?? 0;
  if (n === 0) return { in: 'none' };
  if (count === 0) fail(`${label}: ${what} needs ${n} values, but the tensor has no data (no raw_data, ${home} or external data)`, t.name);
  if (dtype.kind !== undefined && count !== n) fail(`${label}: ${what} needs ${n} values, but ${home} has ${count}`, t.name);
  return { in: 'typed', message: t.message };
}

function checkOne(t: TensorRecord): OnnxEntry {
  if (t.name === '') fail(`graph.initializer #${t.index} has no name`);
  const label = `tensor '${t.name}'`;
  if (t.dataType === 0) fail(`${label}: data_type is not set (UNDEFINED)`, t.name);
  const dtype = onnxDtype(t.dataType);
  if (dtype === undefined) fail(`${label}: unknown ONNX data_type ${t.dataType} (this reader knows 1–26)`, t.name);
  const shape = checkShape(t.dims, 'onnx', label);
  if (t.segmented) fail(`${label}: segmented tensors (TensorProto.segment) are not supported`, t.name);
  return { name: t.name, dtype, shape, data: checkData(t, dtype, shape, label) };
}

/** Checks every initializer (in order) and that names are unique; `sparse` is the number of sparse initializers. */
export function checkInitializers(records: readonly TensorRecord[], sparse: number): OnnxEntry[] {
  if (records.length === 0) {
    const why = sparse > 0 ? `it has only ${sparse} sparse initializer(s), which are not supported` : 'graph.initializer is empty';
    fail(`this ONNX model has no weights to read: ${why} (weights held in Constant nodes are not read)`);
  }
  const seen = new Map<string, number>();
  return records.map((t) => {
    const first = seen.get(t.name);
    if (first !== undefined && t.name !== '') fail(`initializers #${first} and #${t.index} are both named '${t.name}'`, t.name);
    seen.set(t.name, t.index);
    return checkOne(t);
  });
}
