import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openFiles } from '../io';
import { overviewCsv, overviewDocument, toJson } from './report';
import { scanSource } from './scan';
import { hasStats } from './types';

const file = (rel: string): File =>
  new File([readFileSync(new URL(`../../tests/fixtures/overview/${rel}`, import.meta.url))], rel.split('/').pop() ?? rel);

describe('overview documents', () => {
  it('scan a whole model file: one row per tensor in listing order, every byte read once', async () => {
    const source = await openFiles([file('model.safetensors')]);
    let bytes = 0;
    const rows = await scanSource(source, { onBytes: (b) => (bytes += b) });
    expect(rows.map((r) => r.name)).toEqual(source.tensors.map((t) => t.name));
    const values = source.tensors.reduce((s, t) => s + t.shape.reduce((a, b) => a * b, 1), 0);
    expect(bytes).toBe(4 * values); // float32 values handed over, each element exactly once
  });

  it('GGUF tensors are scanned dequantized, listed by their ggml type; an unsupported type keeps its row with the reason', async () => {
    const gguf = new File([readFileSync(new URL('../../tests/fixtures/gguf/types.gguf', import.meta.url))], 'types.gguf');
    const source = await openFiles([gguf]);
    const rows = await scanSource(source);
    const q4k = rows.find((r) => r.name === 'blk.q4_k.weight');
    expect(q4k && hasStats(q4k) ? [q4k.dtype, q4k.params, q4k.channels] : null).toEqual(['Q4_K', 2048, 4]);
    const iq = rows.find((r) => r.name === 'blk.iq2_xxs.weight');
    expect(iq && !hasStats(iq) ? iq.error : '').toContain('IQ2_XXS');
  });

  it('JSON writes infinities as strings and keeps the settings the figures depend on', () => {
    const text = toJson({ a: Infinity, b: -Infinity, c: NaN, d: 1.5 });
    expect(JSON.parse(text)).toEqual({ a: 'Infinity', b: '-Infinity', c: 'NaN', d: 1.5 });
    const doc = overviewDocument({ files: ['m.safetensors'], format: 'safetensors', missing: [] }, []) as Record<string, unknown>;
    expect(doc.quantscopeOverview).toBe(1);
    expect(Object.keys(doc.settings as object)).toContain('outlierSigmas');
  });

  it('CSV: a header, one line per tensor, quoted names, an error column for unreadable tensors', async () => {
    const source = await openFiles([file('model.safetensors')]);
    const rows = await scanSource(source);
    const bad = { index: 9, name: 'odd,"name"', dtype: 'C64', shape: [2], error: 'dtype C64 cannot be converted' };
    const lines = overviewCsv([...rows, bad])
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(rows.length + 2);
    const header = lines[0].split(',');
    expect(header.slice(0, 4)).toEqual(['index', 'name', 'dtype', 'shape']);
    expect(lines[1].split(',').length).toBe(header.length);
    expect(lines.at(-1)).toBe(`9,"odd,""name""",C64,2${','.repeat(header.length - 5)},dtype C64 cannot be converted`);
  });
});
