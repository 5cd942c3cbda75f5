import { describe, expect, it } from 'vitest';
import { openFiles } from './index';
import type { LoadedTensor, TensorFileError } from './index';
import { ONNX_EXPECTED, type OnnxExpectedTensor } from '../../tests/helpers/onnx';
import { fixtureFile, num, refusal as expectRefusal } from '../../tests/helpers/io';

const onnxFile = (name: string): File => fixtureFile(`onnx/${name}`);

/** Values equal the sidecar's exactly: the first ones bit for bit (NaN = NaN, -0 ≠ +0), the sequential float64 sum too. */
function checkValues(t: LoadedTensor, exp: OnnxExpectedTensor): void {
  expect(t.dtype).toBe(exp.dtype);
  expect(t.shape).toEqual(exp.shape);
  expect(t.data.length).toBe(exp.shape.reduce((a, b) => a * b, 1));
  const want = exp.first.map(num);
  const got = Array.from(t.data.subarray(0, want.length));
  const bad = want.findIndex((w, i) => !Object.is(got[i], w));
  expect(bad, `${t.name}: first mismatch at ${bad}: got ${got[bad]}, want ${want[bad]}`).toBe(-1);
  let sum = 0;
  for (const v of t.data) sum += v;
  expect(Object.is(sum, num(exp.sum)), `${t.name}: sum ${sum} ≠ ${String(exp.sum)}`).toBe(true);
}

const refusal = (p: Promise<unknown>): Promise<TensorFileError> => expectRefusal(() => p);

const cases = Object.entries(ONNX_EXPECTED);

describe('ONNX fixtures written by torch.onnx.export and the onnx package', () => {
  it('include a conv weight, a linear weight, FLOAT16, typed fields, external data and every bad-input fixture', () => {
    const names = cases.map(([n]) => n);
    expect(Object.keys(ONNX_EXPECTED['torch_cnn.onnx'].tensors ?? {})).toEqual(
      expect.arrayContaining(['conv.weight', 'fc.weight', 'scale', 'shift', 'order']),
    );
    expect(names).toEqual(expect.arrayContaining(['typed.onnx', 'external.onnx', 'bad_truncated.onnx', 'bad_no_initializers.onnx']));
  });

  for (const [name, exp] of cases.filter(([, e]) => e.tensors !== undefined)) {
    it(`${name}: lists every initializer and reads values equal to the sidecar`, async () => {
      const src = await openFiles([onnxFile(name), ...(exp.with ?? []).map(onnxFile)]);
      expect(src.format).toBe('onnx');
      const tensors = exp.tensors ?? {};
      const listed = exp.listed ?? {};
      expect(src.tensors.map((t) => t.name).sort()).toEqual([...Object.keys(tensors), ...Object.keys(listed)].sort());
      for (const info of src.tensors) {
        const want = tensors[info.name] ?? { dtype: listed[info.name][0], shape: listed[info.name][1] };
        expect([info.dtype, info.shape]).toEqual([want.dtype, want.shape]);
        if (info.name in tensors) checkValues(await src.read(info.name), tensors[info.name]);
      }
      if (exp.metadata !== undefined) expect(src.metadata).toMatchObject(exp.metadata);
    });
  }

  for (const [name, exp] of cases.filter(([, e]) => e.error !== undefined)) {
    it(`${name}: refused with "${exp.error}"`, async () => {
      const e = await refusal(openFiles([onnxFile(name)]));
      expect(e.format).toBe('onnx');
      expect(e.file).toBe(name);
      expect(e.message).toContain(`${name}: `);
      expect(e.message).toContain(exp.error);
    });
  }

  it('unsupported.onnx: STRING, COMPLEX64 and INT4 are listed but refused on read, naming the readable types', async () => {
    const exp = ONNX_EXPECTED['unsupported.onnx'];
    const src = await openFiles([onnxFile('unsupported.onnx')]);
    for (const [tensor, type] of Object.entries(exp.unreadable ?? {})) {
      const e = await refusal(src.read(tensor));
      expect(e.message).toBe(
        `unsupported.onnx: tensor '${tensor}': ONNX data type ${type} cannot be read as numbers here (readable: FLOAT, UINT8, INT8, ` +
          'UINT16, INT16, INT32, INT64, BOOL, FLOAT16, DOUBLE, UINT32, UINT64, BFLOAT16, FLOAT8E4M3FN, FLOAT8E5M2, FLOAT8E8M0)',
      );
      expect(e.tensor).toBe(tensor);
    }
  });

  it('typed-field and raw_data copies of each type read identically', async () => {
    const src = await openFiles([onnxFile('typed.onnx')]);
    for (const t of src.tensors.filter((x) => x.name.startsWith('typed.'))) {
      const raw = src.tensors.find((x) => x.name === t.name.replace('typed.', 'raw.'));
      if (raw === undefined) continue;
      const [a, b] = [await src.read(t.name), await src.read(raw.name)];
      expect(a.dtype).toBe(b.dtype);
      expect(Array.from(a.data).map((v) => (Object.is(v, -0) ? '-0' : String(v)))).toEqual(
        Array.from(b.data).map((v) => (Object.is(v, -0) ? '-0' : String(v))),
      );
    }
  });

  it('the old hand-made ModelProto prefix (no graph) is refused', async () => {
    const e = await refusal(openFiles([fixtureFile('model.onnx')]));
    expect(e.message).toBe('model.onnx: this ONNX model has no graph (ModelProto.graph is missing), so no weights');
  });
});
