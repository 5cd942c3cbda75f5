/** Cheap check that a .onnx file's first bytes parse as ModelProto fields, before the whole file is read. */
import { TensorFileError } from './errors';

/** Wire type of each ModelProto field (onnx.proto up to IR version 12). */
const MODEL_FIELDS: ReadonlyMap<number, number> = new Map([
  [1, 0], // ir_version
  [2, 2], // producer_name
  [3, 2], // producer_version
  [4, 2], // domain
  [5, 0], // model_version
  [6, 2], // doc_string
  [7, 2], // graph
  [8, 2], // opset_import
  [14, 2], // metadata_props
  [20, 2], // training_info
  [25, 2], // functions
  [26, 2], // configuration
]);

/** A varint at `pos` of `b` as a number (< 2^53) and the position after it, or undefined if `b` ends first. */
function varint(b: Uint8Array, pos: number): { value: number; next: number } | undefined {
  let value = 0;
  for (let i = 0, scale = 1; i < 8 && pos + i < b.length; i++, scale *= 128) {
    value += (b[pos + i] & 0x7f) * scale;
    if (b[pos + i] < 0x80) return { value, next: pos + i + 1 };
  }
  return undefined;
}

const hex = (b: Uint8Array): string => Array.from(b.subarray(0, 8), (x) => x.toString(16).padStart(2, '0')).join(' ');

/** Walks the ModelProto fields whose headers lie in `head` (the file's first bytes; the file has `size` bytes); throws if they are not ModelProto fields or overrun the file. */
export function checkOnnxHead(head: Uint8Array, size: number): void {
  const refuse = (why: string): never => {
    throw new TensorFileError(
      'onnx',
      `not an ONNX model: ${why}. An .onnx file is a protobuf ModelProto; this one starts with bytes ${hex(head)}`,
    );
  };
  if (size === 0) throw new TensorFileError('onnx', 'not an ONNX model: the file is empty');
  let pos = 0;
  while (pos < head.length) {
    const tag = varint(head, pos);
    if (tag === undefined) return; // the head ends inside a field header: nothing more to check
    const field = Math.floor(tag.value / 8);
    const wire = tag.value % 8;
    const want = MODEL_FIELDS.get(field);
    if (pos === 0 && want === undefined) refuse(`its first field number ${field} is not a ModelProto field`);
    if (want !== undefined && wire !== want) refuse(`ModelProto field ${field} at byte ${pos} has the wrong wire type ${wire}`);
    if (wire === 0) {
      const v = varint(head, tag.next);
      if (v === undefined) return;
      pos = v.next;
    } else if (wire === 2) {
      const len = varint(head, tag.next);
      if (len === undefined) return;
      if (len.value > size - len.next) {
        throw new TensorFileError(
          'onnx',
          `truncated or corrupt protobuf in the ModelProto at byte ${pos}: field ${field} claims ${len.value} bytes, ` +
            `but only ${size - len.next} follow (truncated file?)`,
        );
      }
      pos = len.next + len.value;
    } else if (wire === 1 || wire === 5) pos = tag.next + (wire === 1 ? 8 : 4);
    else refuse(`field ${field} at byte ${pos} has the invalid wire type ${wire}`);
  }
}
