/** Turns an ONNX tensor's typed-field values (float_data, int32_data, …) into little-endian element bytes for decodeElements. */
import { ITEM_SIZE, type ElemKind } from './elements';
import { DOUBLE_DATA, FLOAT_DATA, INT32_DATA, TYPED_FIELD_NAMES, type OnnxDtype } from './onnxDtype';
import { ProtoCursor, WIRE } from './protoCursor';

/** Writes element `i` from the value at the cursor (which must not pass `stop`). */
type PutValue = (c: ProtoCursor, stop: number, i: number) => void;

/** Copies `size` bytes verbatim (float_data / double_data are little-endian IEEE floats on the wire). */
function copier(out: Uint8Array, size: number): PutValue {
  return (c, stop, i) => {
    if (stop - c.pos < size) c.fail(`a ${size}-byte value runs past the end of its field`);
    out.set(c.r.buf.subarray(c.pos, c.pos + size), i * size);
    c.r.pos += size;
  };
}

/** Stores an int32_data value as the element type: integers wrap to their width, float16/bfloat16/float8 are bit patterns, BOOL is 0/1. */
function int32Putter(view: DataView, kind: ElemKind): PutValue {
  return (c, stop, i) => {
    const v = c.int32(stop);
    if (kind === 'i1') view.setInt8(i, v);
    else if (kind === 'u1' || kind === 'e4m3' || kind === 'e5m2' || kind === 'e8m0') view.setUint8(i, v & 0xff);
    else if (kind === 'b1') view.setUint8(i, v === 0 ? 0 : 1);
    else if (kind === 'i2') view.setInt16(2 * i, v, true);
    else if (kind === 'u2' || kind === 'f2' || kind === 'bf16') view.setUint16(2 * i, v & 0xffff, true);
    else view.setInt32(4 * i, v, true);
  };
}

/** Stores an int64_data / uint64_data varint: both halves for INT64/UINT64, the low half for UINT32. */
function int64Putter(view: DataView, kind: ElemKind): PutValue {
  return (c, stop, i) => {
    const { lo, hi } = c.varint64(stop);
    if (kind === 'u4') view.setUint32(4 * i, lo, true);
    else {
      view.setUint32(8 * i, lo, true);
      view.setUint32(8 * i + 4, hi, true);
    }
  };
}

/** The writer for values of typed field `field` into elements of `kind` (uint64_data and int64_data share one). */
function putter(field: number, kind: ElemKind, out: Uint8Array): PutValue {
  const view = new DataView(out.buffer);
  if (field === FLOAT_DATA) return copier(out, 4);
  if (field === DOUBLE_DATA) return copier(out, 8);
  if (field === INT32_DATA) return int32Putter(view, kind);
  return int64Putter(view, kind);
}

/** The `n` elements of readable type `dtype` held in the typed field of the TensorProto `message` (at file offset `base`). */
export function typedElementBytes(
  message: Uint8Array,
  base: number,
  dtype: OnnxDtype,
  kind: ElemKind,
  n: number,
  where: string,
): Uint8Array {
  const out = new Uint8Array(n * ITEM_SIZE[kind]);
  const put = putter(dtype.field, kind, out);
  const name = TYPED_FIELD_NAMES[dtype.field];
  const c = new ProtoCursor(message, 'onnx', where, base);
  const end = message.length;
  let i = 0;
  const one = (stop: number): void => {
    if (i >= n) c.fail(`${name} holds more than the ${n} values the shape needs`);
    put(c, stop, i++);
  };
  while (c.pos < end) {
    const { field, wire } = c.tag(end);
    if (field !== dtype.field) c.skip(wire, end);
    else if (wire === WIRE.len) {
      const stop = c.payloadEnd(end);
      while (c.pos < stop) one(stop);
    } else {
      c.expect(wire, dtype.field === FLOAT_DATA ? WIRE.fixed32 : dtype.field === DOUBLE_DATA ? WIRE.fixed64 : WIRE.varint, name);
      one(end);
    }
  }
  c.finish(end);
  if (i !== n) c.fail(`${name} holds ${i} values, but the shape needs ${n}`);
  return out;
}
