/** Decodes one ONNX TensorProto's header fields, recording where its data lies instead of copying it. */
import { DOUBLE_DATA, FLOAT_DATA, STRING_DATA, TYPED_FIELD_NAMES } from './onnxDtype';
import { int64Value, WIRE, type ProtoCursor } from './protoCursor';

/** A byte range [start, end) of the file. */
export interface ByteRange {
  start: number;
  end: number;
}

/** A TensorProto as decoded, before validation; data is located by file offsets, not held. */
export interface TensorRecord {
  /** 1-based position in graph.initializer. */
  index: number;
  name: string;
  /** dims as stored (may be negative or beyond 2^53, which validation reports). */
  dims: number[];
  /** data_type code (0 = UNDEFINED when absent). */
  dataType: number;
  /** raw_data's bytes (the last occurrence, as protobuf semantics say). */
  raw: ByteRange | undefined;
  /** Number of values in each typed field present (field number → count). */
  counts: Map<number, number>;
  /** The whole TensorProto, re-read to decode typed fields. */
  message: ByteRange;
  /** external_data key/value pairs in order. */
  external: [string, string][];
  /** data_location: 0 DEFAULT, 1 EXTERNAL. */
  dataLocation: number;
  /** True when the tensor has a segment (a chunk of a bigger tensor). */
  segmented: boolean;
}

/** Bytes per element of the fixed-width typed fields; the others are varints. */
const FIXED_SIZE: Readonly<Record<number, number>> = { [FLOAT_DATA]: 4, [DOUBLE_DATA]: 8 };

/** Number of varints in bytes [start, end) of `buf`; -1 if the last one is cut off. */
function countVarints(buf: Uint8Array, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (buf[i] < 0x80) n++;
  return end > start && buf[end - 1] >= 0x80 ? -1 : n;
}

/** Counts the values of one occurrence of a typed field (packed or not) and skips past it. */
function countTyped(c: ProtoCursor, field: number, wire: number, end: number, name: string): number {
  const size: number | undefined = FIXED_SIZE[field];
  if (wire === WIRE.len) {
    const stop = c.payloadEnd(end);
    const bytes = stop - c.pos;
    let n: number;
    if (field === STRING_DATA) n = 1;
    else if (size !== undefined) {
      if (bytes % size !== 0) c.fail(`packed ${name} has ${bytes} bytes, not a multiple of ${size}`);
      n = bytes / size;
    } else {
      n = countVarints(c.r.buf, c.pos, stop);
      if (n < 0) c.fail(`packed ${name} ends inside a varint`);
    }
    c.r.pos = stop;
    return n;
  }
  // One unpacked value: fixed32 (float_data), fixed64 (double_data) or a varint; string_data is always length-delimited.
  const want = field === STRING_DATA ? WIRE.len : size === 4 ? WIRE.fixed32 : size === 8 ? WIRE.fixed64 : WIRE.varint;
  c.expect(wire, want, name);
  c.skip(wire, end);
  return 1;
}

/** Reads a StringStringEntryProto (key = 1, value = 2). */
function decodeEntry(c: ProtoCursor, end: number): [string, string] {
  let key = '';
  let value = '';
  while (c.pos < end) {
    const { field, wire } = c.tag(end);
    if (field === 1 || field === 2) {
      c.expect(wire, WIRE.len, field === 1 ? 'external_data.key' : 'external_data.value');
      if (field === 1) key = c.string(end);
      else value = c.string(end);
    } else c.skip(wire, end);
  }
  c.finish(end);
  return [key, value];
}

/** Reads a dims entry: one varint, or a packed run of them. */
function decodeDims(c: ProtoCursor, wire: number, end: number, dims: number[]): void {
  if (wire === WIRE.len) {
    const stop = c.payloadEnd(end);
    while (c.pos < stop) dims.push(int64Value(c.varint64(stop)));
    return;
  }
  c.expect(wire, WIRE.varint, 'dims');
  dims.push(int64Value(c.varint64(end)));
}

/** Decodes the TensorProto in bytes [c.pos, end); `index` is its 1-based position among the initializers. */
export function decodeTensorProto(c: ProtoCursor, end: number, index: number): TensorRecord {
  const t: TensorRecord = {
    index,
    name: '',
    dims: [],
    dataType: 0,
    raw: undefined,
    counts: new Map(),
    message: { start: c.base + c.pos, end: c.base + end },
    external: [],
    dataLocation: 0,
    segmented: false,
  };
  const where = `graph.initializer #${index}`;
  c.where = where;
  while (c.pos < end) {
    const { field, wire } = c.tag(end);
    const typedName: string | undefined = TYPED_FIELD_NAMES[field];
    if (field === 1) decodeDims(c, wire, end, t.dims);
    else if (field === 2) {
      c.expect(wire, WIRE.varint, 'data_type');
      t.dataType = c.int32(end);
    } else if (field === 3) {
      c.expect(wire, WIRE.len, 'segment');
      t.segmented = true;
      c.skip(wire, end);
    } else if (typedName !== undefined) {
      t.counts.set(field, (t.counts.get(field) ?? 0) + countTyped(c, field, wire, end, typedName));
    } else if (field === 8) {
      c.expect(wire, WIRE.len, 'name');
      t.name = c.string(end);
      c.where = `${where} '${t.name}'`;
    } else if (field === 9) {
      c.expect(wire, WIRE.len, 'raw_data');
      const stop = c.payloadEnd(end);
      t.raw = { start: c.base + c.pos, end: c.base + stop };
      c.r.pos = stop;
    } else if (field === 13) {
      c.expect(wire, WIRE.len, 'external_data');
      t.external.push(decodeEntry(c, c.payloadEnd(end)));
    } else if (field === 14) {
      c.expect(wire, WIRE.varint, 'data_location');
      t.dataLocation = c.int32(end);
    } else c.skip(wire, end);
  }
  c.finish(end);
  return t;
}
