import { describe, expect, it } from 'vitest';
import type protobuf from 'protobufjs/minimal';
import type { TensorFileError } from './index';
import { openFiles } from './index';
import { modelProto, oneTensorModel, tensorProto, type TensorSpec } from '../../tests/helpers/onnx';
import { bytes, concat, f32Bytes, fileOf, refusal as expectRefusal } from '../../tests/helpers/io';

/** The shared refusal check, plus: the error names the reader that refused (ONNX unless said otherwise). */
async function refusal(p: Promise<unknown>, format = 'onnx'): Promise<TensorFileError> {
  const e = await expectRefusal(() => p);
  expect(e.format).toBe(format);
  return e;
}

const open = (b: Uint8Array, name = 'm.onnx') => openFiles([fileOf(b, name)]);
const w = (name = 'w'): TensorSpec => ({ name, dims: [3], dataType: 1 });
const field = (f: number, wire: number) => (x: protobuf.Writer) => x.uint32((f << 3) | wire);

describe('ONNX: bad initializers are refused with a located message', () => {
  it.each<[string, TensorSpec, string]>([
    ['no name', { dims: [1], dataType: 1, raw: f32Bytes([1]) }, 'graph.initializer #1 has no name'],
    ['no data_type', { name: 'w', dims: [1], raw: f32Bytes([1]) }, "tensor 'w': data_type is not set (UNDEFINED)"],
    ['too many elements', { ...w(), dims: [65536, 65536] }, "tensor 'w': shape (65536, 65536) has 4294967296 elements, more than the 2^31"],
    ['raw_data and float_data', { ...w(), raw: f32Bytes([1, 2, 3]), floats: [1, 2, 3] }, "tensor 'w': has both raw_data and float_data"],
    ['too few float_data', { ...w(), floats: [1, 2] }, "tensor 'w': shape (3,) of FLOAT needs 3 values, but float_data has 2"],
    [
      'too many int64_data',
      { ...w(), dataType: 7, int64s: [1, 2, 3, 4] },
      "tensor 'w': shape (3,) of INT64 needs 3 values, but int64_data has 4",
    ],
    [
      'no data',
      w(),
      "tensor 'w': shape (3,) of FLOAT needs 3 values, but the tensor has no data (no raw_data, float_data or external data)",
    ],
    [
      'the wrong typed field',
      { ...w(), int64s: [1, 2, 3] },
      "tensor 'w': FLOAT values belong in float_data or raw_data, but it has int64_data",
    ],
    ['STRING in raw_data', { ...w(), dataType: 8, raw: Uint8Array.of(1, 2, 3) }, "tensor 'w': STRING values cannot be stored in raw_data"],
    [
      'a segment',
      { ...w(), floats: [1, 2, 3], extra: (x) => field(3, 2)(x).bytes(Uint8Array.of(8, 0)) },
      "tensor 'w': segmented tensors (TensorProto.segment) are not supported",
    ],
    [
      'an unknown data_location',
      { ...w(), floats: [1, 2, 3], location: 7 },
      "tensor 'w': unknown data_location 7 (0 = DEFAULT, 1 = EXTERNAL)",
    ],
    ['an overflowing dim', { ...w(), dims: [2 ** 60] }, "tensor 'w': shape (1152921504606847000,) has an overflowing dimension"],
  ])('%s', async (_, spec, message) => {
    const e = await refusal(open(oneTensorModel(spec)));
    expect(e.message).toContain(`m.onnx: ${message}`);
    expect(e.file).toBe('m.onnx');
  });

  it.each<[string, (x: protobuf.Writer) => void, string]>([
    [
      'a packed float_data of 3 bytes',
      (x) => field(4, 2)(x).bytes(Uint8Array.of(1, 2, 3)),
      'packed float_data has 3 bytes, not a multiple of 4',
    ],
    [
      'a packed int32_data cut inside a varint',
      (x) => field(5, 2)(x).bytes(Uint8Array.of(1, 0x80)),
      'packed int32_data ends inside a varint',
    ],
    [
      'data_type as a string',
      (x) => field(2, 2)(x).bytes(Uint8Array.of(1)),
      'field data_type has wire type length-delimited, expected varint',
    ],
    ['raw_data as a varint', (x) => field(9, 0)(x).uint32(5), 'field raw_data has wire type varint, expected length-delimited'],
    ['wire type 7', (x) => x.uint32((20 << 3) | 7), 'invalid wire type 7'],
  ])('a corrupt protobuf: %s', async (_, extra, detail) => {
    const e = await refusal(open(oneTensorModel({ ...w(), floats: [1, 2, 3], extra })));
    expect(e.message).toMatch(/^m\.onnx: truncated or corrupt protobuf in graph\.initializer #1 'w' at byte \d+: /);
    expect(e.message).toContain(detail);
  });

  it('an 11-byte varint', async () => {
    const t = concat(tensorProto({ ...w(), floats: [1, 2, 3] }), Uint8Array.of(0x08, ...new Array<number>(10).fill(0xff), 0x01));
    const e = await refusal(open(modelProto([t])));
    expect(e.message).toMatch(
      /^m\.onnx: truncated or corrupt protobuf in graph\.initializer #1 'w' at byte \d+: a varint longer than 10 bytes$/,
    );
  });

  it('a TensorProto cut inside raw_data names the initializer and the bytes missing', async () => {
    const t = tensorProto({ ...w(), dims: [100], raw: f32Bytes(Array.from({ length: 100 }, (_, i) => i)) });
    const e = await refusal(open(modelProto([t.subarray(0, t.length - 10)])));
    expect(e.message).toMatch(
      /^m\.onnx: truncated or corrupt protobuf in graph\.initializer #1 'w' at byte \d+: a field of 400 bytes runs past the end of its message \(390 bytes left\)$/,
    );
  });

  it('a file cut inside the graph is refused before it is decoded', async () => {
    const m = oneTensorModel({ ...w(), floats: [1, 2, 3] });
    const e = await refusal(open(m.subarray(0, m.length - 5)));
    expect(e.message).toMatch(
      /^m\.onnx: truncated or corrupt protobuf in the ModelProto at byte 8: field 7 claims \d+ bytes, but only \d+ follow/,
    );
  });

  it('a model whose only weights are sparse initializers', async () => {
    const e = await refusal(open(modelProto([], { sparse: 1 })));
    expect(e.message).toBe(
      'm.onnx: this ONNX model has no weights to read: it has only 1 sparse initializer(s), which are not supported (weights held in Constant nodes are not read)',
    );
  });
});

describe('ONNX: detection by .onnx extension plus a cheap protobuf check', () => {
  it('refuses an empty file and a file that is not protobuf, naming its first bytes', async () => {
    expect((await refusal(open(new Uint8Array(0)))).message).toBe('m.onnx: not an ONNX model: the file is empty');
    expect((await refusal(open(bytes('hello world')))).message).toBe(
      'm.onnx: not an ONNX model: its first field number 13 is not a ModelProto field. ' +
        'An .onnx file is a protobuf ModelProto; this one starts with bytes 68 65 6c 6c 6f 20 77 6f',
    );
    const wrongWire = concat(Uint8Array.of(0x08, 0x08), Uint8Array.of((7 << 3) | 0, 1));
    expect((await refusal(open(wrongWire))).message).toContain('not an ONNX model: ModelProto field 7 at byte 2 has the wrong wire type 0');
  });

  it('refuses a file over 2 GiB without reading it', async () => {
    const docString = concat(Uint8Array.of((6 << 3) | 2, 0x88, 0x27), new Uint8Array(5000)); // field 6, 5000 bytes
    const head = concat(modelProto([], { graph: false }), docString);
    class Huge extends Blob {
      get size(): number {
        return 2 ** 31 + 1;
      }
    }
    const file = Object.assign(new Huge([head]), { name: 'big.onnx', lastModified: 0, webkitRelativePath: '' }) as unknown as File;
    const e = await refusal(openFiles([file]));
    expect(e.message).toBe('big.onnx: the file has 2147483649 bytes, more than the 2 GiB a protobuf ModelProto can hold');
  });

  it('does not take ONNX bytes under another extension for ONNX', async () => {
    const e = await refusal(open(oneTensorModel({ ...w(), floats: [1, 2, 3] }), 'weights.pb'), 'unknown');
    expect(e.message).toContain('weights.pb: unrecognised file format');
  });
});

describe('ONNX: valid variations of the wire format', () => {
  it('reads unpacked repeated values, packed dims and skips unknown fields', async () => {
    const src = await open(
      oneTensorModel({
        name: 'w',
        dataType: 1,
        extra: (x) => {
          field(1, 2)(x).fork().int64(2).int64(2).ldelim(); // packed dims
          for (const v of [1.5, -2, 0, 8]) field(4, 5)(x).float(v); // unpacked float_data
          field(16, 2)(x).bytes(Uint8Array.of(10, 1, 97)); // metadata_props (unknown here)
        },
      }),
    );
    expect(src.tensors).toEqual([{ name: 'w', dtype: 'FLOAT', shape: [2, 2] }]);
    expect(Array.from((await src.read('w')).data)).toEqual([1.5, -2, 0, 8]);
    expect(src.metadata).toEqual({ producer: 'test', ir_version: '8', graph: 'g' });
  });

  it('wraps int32_data to the element width, as a cast to the element type would', async () => {
    const src = await open(oneTensorModel({ name: 'w', dims: [4], dataType: 3, int32s: [300, -129, 127, -5] }));
    expect(Array.from((await src.read('w')).data)).toEqual([44, 127, 127, -5]);
  });

  it('lists a 0-element tensor and refuses to read it', async () => {
    const src = await open(modelProto([tensorProto({ name: 'e', dims: [0, 3], dataType: 1 }), tensorProto({ ...w(), floats: [1, 2, 3] })]));
    expect(src.tensors.map((t) => t.shape)).toEqual([[0, 3], [3]]);
    expect((await refusal(src.read('e'))).message).toBe("m.onnx: tensor 'e': shape (0, 3) has 0 elements — nothing to quantize");
  });
});
