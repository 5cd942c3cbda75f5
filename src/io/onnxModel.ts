/** Decodes an ONNX ModelProto far enough to find graph.initializer: ModelProto → GraphProto → TensorProto headers. */
import { TensorFileError } from './errors';
import { decodeTensorProto, type TensorRecord } from './onnxTensorProto';
import { int64Value, ProtoCursor, WIRE } from './protoCursor';

/*
 * The subset of onnx.proto decoded here and in onnxTensorProto.ts (other fields are skipped):
 *   message ModelProto  { int64 ir_version = 1; string producer_name = 2; string producer_version = 3; GraphProto graph = 7; }
 *   message GraphProto  { string name = 2; repeated TensorProto initializer = 5; repeated SparseTensorProto sparse_initializer = 15; }
 *   message TensorProto { repeated int64 dims = 1; int32 data_type = 2; Segment segment = 3;
 *     repeated float float_data = 4 [packed]; repeated int32 int32_data = 5 [packed]; repeated bytes string_data = 6;
 *     repeated int64 int64_data = 7 [packed]; string name = 8; bytes raw_data = 9; repeated double double_data = 10 [packed];
 *     repeated uint64 uint64_data = 11 [packed]; repeated StringStringEntryProto external_data = 13; DataLocation data_location = 14; }
 *   message StringStringEntryProto { string key = 1; string value = 2; }
 * Repeated scalars are accepted packed or not, as protobuf parsers must.
 */

/** What the reader needs from a ModelProto. */
export interface OnnxModel {
  irVersion: number | undefined;
  producerName: string;
  producerVersion: string;
  /** True when the model has a graph field at all. */
  hasGraph: boolean;
  graphName: string;
  initializers: TensorRecord[];
  /** Number of graph.sparse_initializer entries (listed in metadata, not read). */
  sparse: number;
}

/** Decodes GraphProto fields in [c.pos, end) into `m`: name (2), initializer (5), sparse_initializer (15). */
function decodeGraph(c: ProtoCursor, end: number, m: OnnxModel): void {
  while (c.pos < end) {
    c.where = 'graph';
    const { field, wire } = c.tag(end);
    if (field === 2) {
      c.expect(wire, WIRE.len, 'graph.name');
      m.graphName = c.string(end);
    } else if (field === 5) {
      c.expect(wire, WIRE.len, 'graph.initializer');
      m.initializers.push(decodeTensorProto(c, c.payloadEnd(end), m.initializers.length + 1));
    } else if (field === 15) {
      c.expect(wire, WIRE.len, 'graph.sparse_initializer');
      m.sparse++;
      c.skip(wire, end);
    } else c.skip(wire, end);
  }
  c.where = 'graph';
  c.finish(end);
}

/** Decodes a whole .onnx file (a ModelProto); tensor data stays in place, located by file offsets. */
export function decodeOnnxModel(bytes: Uint8Array): OnnxModel {
  const m: OnnxModel = {
    irVersion: undefined,
    producerName: '',
    producerVersion: '',
    hasGraph: false,
    graphName: '',
    initializers: [],
    sparse: 0,
  };
  const c = new ProtoCursor(bytes, 'onnx', 'the ModelProto');
  const end = bytes.length;
  while (c.pos < end) {
    c.where = 'the ModelProto';
    const { field, wire } = c.tag(end);
    if (field === 1) {
      c.expect(wire, WIRE.varint, 'ir_version');
      m.irVersion = int64Value(c.varint64(end));
    } else if (field === 2 || field === 3) {
      c.expect(wire, WIRE.len, field === 2 ? 'producer_name' : 'producer_version');
      if (field === 2) m.producerName = c.string(end);
      else m.producerVersion = c.string(end);
    } else if (field === 7) {
      c.expect(wire, WIRE.len, 'graph');
      m.hasGraph = true; // a repeated graph field merges into one, as protobuf says
      decodeGraph(c, c.payloadEnd(end), m);
    } else c.skip(wire, end);
  }
  if (!m.hasGraph) throw new TensorFileError('onnx', 'this ONNX model has no graph (ModelProto.graph is missing), so no weights');
  return m;
}
