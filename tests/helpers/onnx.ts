/** Test-only helpers: ONNX ModelProto/TensorProto bytes built with protobufjs' Writer, and the ONNX fixtures' expected.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import protobuf from 'protobufjs/minimal';
import { FIXTURE_DIR, type JsonNumber } from './io';

/** One TensorProto; every field is optional so that tests can leave any out. */
export interface TensorSpec {
  name?: string;
  dims?: number[];
  dataType?: number;
  raw?: Uint8Array;
  floats?: number[];
  int32s?: number[];
  int64s?: number[];
  doubles?: number[];
  uint64s?: number[];
  strings?: string[];
  external?: [string, string][];
  location?: number;
  /** Appends raw extra fields (e.g. a segment or a malformed field) at the end of the message. */
  extra?: (w: protobuf.Writer) => void;
}

const tag = (w: protobuf.Writer, field: number, wire: number): protobuf.Writer => w.uint32((field << 3) | wire);

/** Writes a packed repeated field with `write` for each value. */
function packed(w: protobuf.Writer, field: number, values: number[] | undefined, write: (w: protobuf.Writer, v: number) => void): void {
  if (values === undefined) return;
  tag(w, field, 2).fork();
  for (const v of values) write(w, v);
  w.ldelim();
}

/** TensorProto bytes in the field order protobuf's C++ serializer uses. */
export function tensorProto(t: TensorSpec): Uint8Array {
  const w = protobuf.Writer.create();
  for (const d of t.dims ?? []) tag(w, 1, 0).int64(d);
  if (t.dataType !== undefined) tag(w, 2, 0).int32(t.dataType);
  packed(w, 4, t.floats, (x, v) => x.float(v));
  packed(w, 5, t.int32s, (x, v) => x.int32(v));
  for (const s of t.strings ?? []) tag(w, 6, 2).string(s);
  packed(w, 7, t.int64s, (x, v) => x.int64(v));
  if (t.name !== undefined) tag(w, 8, 2).string(t.name);
  if (t.raw !== undefined) tag(w, 9, 2).bytes(t.raw);
  packed(w, 10, t.doubles, (x, v) => x.double(v));
  packed(w, 11, t.uint64s, (x, v) => x.uint64(v));
  for (const [k, v] of t.external ?? []) {
    tag(w, 13, 2).fork();
    tag(w, 1, 2).string(k);
    tag(w, 2, 2).string(v);
    w.ldelim();
  }
  if (t.location !== undefined) tag(w, 14, 0).int32(t.location);
  t.extra?.(w);
  return w.finish();
}

/** ModelProto bytes: ir_version 8, producer 'test', a graph named 'g' with the given initializers (TensorProto bytes). */
export function modelProto(initializers: Uint8Array[], opts: { sparse?: number; graph?: boolean } = {}): Uint8Array<ArrayBuffer> {
  const w = protobuf.Writer.create();
  tag(w, 1, 0).int64(8);
  tag(w, 2, 2).string('test');
  if (opts.graph !== false) {
    tag(w, 7, 2).fork();
    tag(w, 2, 2).string('g');
    for (const t of initializers) tag(w, 5, 2).bytes(t);
    for (let i = 0; i < (opts.sparse ?? 0); i++) tag(w, 15, 2).bytes(Uint8Array.of(0x08, 0x01));
    w.ldelim();
  }
  return w.finish().slice();
}

/** A model with one initializer. */
export function oneTensorModel(t: TensorSpec): Uint8Array<ArrayBuffer> {
  return modelProto([tensorProto(t)]);
}

/** Expectation for one tensor of tests/fixtures/io/onnx/expected.json (see scripts/fixtures/gen_onnx.py). */
export interface OnnxExpectedTensor {
  dtype: string;
  shape: number[];
  first: JsonNumber[];
  sum: JsonNumber;
}

/** Expectation for one ONNX fixture. */
export interface OnnxExpectedFile {
  tensors?: Record<string, OnnxExpectedTensor>;
  error?: string;
  with?: string[];
  external?: string[];
  metadata?: Record<string, string>;
  listed?: Record<string, [string, number[]]>;
  unreadable?: Record<string, string>;
}

/** tests/fixtures/io/onnx/expected.json, keyed by file name. */
export const ONNX_EXPECTED = JSON.parse(readFileSync(join(FIXTURE_DIR, 'onnx', 'expected.json'), 'utf8')) as Record<
  string,
  OnnxExpectedFile
>;
