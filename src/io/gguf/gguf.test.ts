import { describe, expect, it } from 'vitest';
import { openFiles } from '../index';
import { refusal, SpyBlob } from '../../../tests/helpers/io';
import { readGgufHeader } from './header';
import { valueText, type GgufValue } from './metadata';
import { openGguf } from './source';
import { expectedValues, firstBitDifference, GGUF_EXPECTED, ggufBytes, ggufFile, type ExpectedValue } from '../../../tests/helpers/gguf';

/** A parsed metadata value in expected.json's form (bigint → decimal string, arrays → their items). */
function plain(v: GgufValue): ExpectedValue {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'object') return v.items.map(plain);
  return v;
}

describe.each(Object.entries(GGUF_EXPECTED))('%s', (file, exp) => {
  it('parses version, alignment and every metadata value as gguf-py wrote them', async () => {
    const h = await readGgufHeader(ggufFile(file));
    expect([h.version, h.alignment]).toEqual([exp.version, exp.alignment]);
    const got = Object.fromEntries([...h.metadata].filter(([k]) => k !== 'general.alignment').map(([k, v]) => [k, plain(v)]));
    expect(got).toEqual(exp.metadata);
    expect(h.dataStart % exp.alignment).toBe(0);
  });

  it('lists every tensor with its ggml type as dtype and its shape in numpy order', async () => {
    const s = await openFiles([ggufFile(file)]);
    expect(s.format).toBe('gguf');
    expect(s.tensors).toEqual(Object.entries(exp.tensors).map(([name, t]) => ({ name, dtype: t.type, shape: t.shape })));
  });

  const decodable = Object.entries(exp.tensors).filter(([, t]) => t.unsupported !== true);
  it.each(decodable)('%s dequantizes bit for bit like gguf-py', async (name, t) => {
    const s = await openGguf(ggufFile(file));
    const got = await s.read(name);
    expect(got.shape).toEqual(t.shape);
    const want = expectedValues({ offset: t.offset ?? 0, count: t.count ?? 0 });
    const at = firstBitDifference(got.data, want);
    expect(at, at < 0 ? '' : `element ${at}: got ${got.data[at]}, want ${want[at]}`).toBe(-1);
  });

  it.each(decodable)('%s streams in chunks that join into the same values', async (name, t) => {
    const s = await openGguf(ggufFile(file));
    const chunks: Float32Array[] = [];
    let last = 0;
    await s.stream?.(
      name,
      (v, done, total) => {
        chunks.push(v.slice());
        expect(done).toBeGreaterThan(last);
        last = done;
        expect(done).toBeLessThanOrEqual(total);
      },
      1024,
    );
    const joined = new Float32Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((o, c) => (joined.set(c, o), o + c.length), 0);
    expect(firstBitDifference(joined, expectedValues({ offset: t.offset ?? 0, count: t.count ?? 0 }))).toBe(-1);
    if ((t.count ?? 0) * 4 > 1024 && t.scales !== undefined) expect(chunks.length).toBeGreaterThan(1);
  });

  it.each(decodable)('%s block scales are the stored steps d·sc', async (name, t) => {
    const s = await openFiles([ggufFile(file)]);
    const b = await s.blockScales?.(name);
    if (t.scales === undefined) {
      expect(b).toBeUndefined();
      return;
    }
    expect(b?.format).toBe(t.type);
    expect(b?.span).toBe(t.scales.span);
    expect(firstBitDifference(b?.scales ?? new Float32Array(), expectedValues(t.scales))).toBe(-1);
  });
});

describe('GGUF reading', () => {
  it('reads only the header and the chosen tensor’s bytes', async () => {
    const bytes = ggufBytes('types.gguf');
    const spy = new SpyBlob([bytes]);
    const s = await openGguf(spy);
    spy.slices.length = 0;
    await s.read('blk.q4_k.weight');
    const t = GGUF_EXPECTED['types.gguf'].tensors['blk.q4_k.weight'];
    expect(spy.slices).toHaveLength(1);
    const [a, b] = spy.slices[0];
    expect(b - a).toBe(((t.count ?? 0) / 256) * 144);
  });

  it('refuses an unsupported type with a message naming it, and keeps the others readable', async () => {
    const s = await openFiles([ggufFile('types.gguf')]);
    const e = await refusal(() => s.read('blk.iq2_xxs.weight'));
    expect(e.message).toContain("tensor 'blk.iq2_xxs.weight' is IQ2_XXS");
    expect(e.format).toBe('gguf');
    expect(e.file).toBe('types.gguf');
    expect((await s.read('blk.q6_k.weight')).data.length).toBe(768);
  });

  it('with other files, GGUF tensors keep their block scales through the merged source', async () => {
    const other = new File([ggufBytes('v2_align64.gguf')], 'second.gguf');
    const s = await openFiles([ggufFile('types.gguf'), other]);
    expect(s.format).toBe('gguf');
    const b = await s.blockScales?.('second.gguf:blk.q6_k.weight');
    expect([b?.format, b?.span, b?.scales.length]).toEqual(['Q6_K', 16, 48]);
    expect(await s.blockScales?.('types.gguf:plain.f16')).toBeUndefined();
  });

  it('a .gguf file without the magic is refused as GGUF, naming what it found', async () => {
    const e = await refusal(() => openFiles([new File([Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9)], 'w.gguf')]));
    expect([e.format, e.message]).toEqual(['gguf', "w.gguf: not a GGUF file: expected magic 'GGUF', found bytes 01 02 03 04"]);
  });

  it('summarises metadata for display, arrays with their length', async () => {
    const s = await openFiles([ggufFile('types.gguf')]);
    expect(s.metadata?.['test.array_str']).toBe('["<s>", "</s>", "▁hello", ""] (4 string)');
    expect(s.metadata?.['test.nested']).toBe('[[1, 2] (2 int32), [3] (1 int32), [4, 5, 6] (3 int32)] (3 array)');
    expect(s.metadata?.['test.u64']).toBe('18446744073709551615');
    expect(valueText({ itemType: 'uint8', length: 5000, items: [1, 2] })).toBe('[1, 2, …] (5000 uint8)');
  });
});
