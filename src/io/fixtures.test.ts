import { describe, expect, it } from 'vitest';
import { openFiles, parseNpy, TensorFileError } from './index';
import type { LoadedTensor } from './index';
import { EXPECTED, fixtureBuffer, fixtureFile, num, type ExpectedTensor } from '../../tests/helpers/io';

/** Exact comparison that treats NaN as equal to NaN and tells -0 from +0. */
function same(a: number, b: number): boolean {
  return Object.is(a, b);
}

function checkTensor(t: LoadedTensor, exp: ExpectedTensor): void {
  expect(t.dtype).toBe(exp.dtype);
  expect(t.shape).toEqual(exp.shape);
  expect(t.data.length).toBe(exp.shape.reduce((a, b) => a * b, 1));
  const want = (exp.all ?? exp.f32).map(num);
  const got = Array.from(t.data.subarray(0, want.length));
  const bad = want.findIndex((w, i) => !same(got[i], Math.fround(w)));
  expect(bad, `first mismatch at ${bad}: got ${got[bad]}, want ${want[bad]}`).toBe(-1);
  const sum = t.data.reduce((s, v) => s + v, 0);
  const expSum = num(exp.sum);
  if (Number.isFinite(sum) && Number.isFinite(expSum)) {
    expect(Math.abs(sum - expSum)).toBeLessThanOrEqual(1e-6 * num(exp.abs_sum) + 1e-12);
  }
}

const cases = Object.entries(EXPECTED);

describe('fixtures written by numpy / torch / the reference safetensors layout', () => {
  it('covers every format', () => {
    const names = cases.map(([n]) => n);
    for (const ext of ['.npy', '.npz', '.safetensors', 'model.json', '.csv', '.tsv', '.txt', '.json', '.pt', '.pth', '.gguf', '.onnx']) {
      expect(
        names.some((n) => n.endsWith(ext)),
        ext,
      ).toBe(true);
    }
  });

  for (const [name, exp] of cases) {
    it(`openFiles(${name})`, async () => {
      const files = [fixtureFile(name), ...(exp.with ?? []).map(fixtureFile)];
      if (exp.error !== undefined) {
        const err = await openFiles(files).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(err).toBeInstanceOf(TensorFileError);
        expect((err as TensorFileError).message).toContain(exp.error);
        expect((err as TensorFileError).unexpected).toBe(false);
        return;
      }
      const src = await openFiles(files);
      const tensors = exp.tensors ?? {};
      expect(src.tensors.map((t) => t.name).sort()).toEqual(Object.keys(tensors).sort());
      for (const info of src.tensors) {
        expect(info.dtype).toBe(tensors[info.name].dtype);
        expect(info.shape).toEqual(tensors[info.name].shape);
        checkTensor(await src.read(info.name), tensors[info.name]);
      }
      if (exp.metadata !== undefined) expect(src.metadata).toEqual(exp.metadata);
    });
  }

  for (const [name, exp] of cases.filter(([n]) => n.endsWith('.npy'))) {
    it(`parseNpy(${name})`, () => {
      const buf = fixtureBuffer(name);
      if (exp.error !== undefined) {
        expect(() => parseNpy(buf)).toThrow(TensorFileError);
        expect(() => parseNpy(buf)).toThrow(exp.error);
        return;
      }
      const [tname, t] = Object.entries(exp.tensors ?? {})[0];
      const loaded = parseNpy(buf, tname);
      expect(loaded.name).toBe(tname);
      checkTensor(loaded, t);
    });
  }
});
