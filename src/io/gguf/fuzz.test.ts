import { describe, expect, it } from 'vitest';
import { fuzzGguf } from '../../../tests/helpers/ggufFuzz';

describe('fuzz: mutated GGUF files load consistently or are refused with a located TensorFileError', () => {
  it('1500 files with lying counts, string lengths, offsets, alignments, dimensions and types', async () => {
    const r = await fuzzGguf(0x6617, 1500);
    expect(r.failures.slice(0, 5)).toEqual([]);
    expect(r.loaded + r.refused).toBe(1500);
    // Both outcomes occur, and every kind of field was lied about.
    expect(r.refused).toBeGreaterThan(300);
    expect(r.loaded).toBeGreaterThan(100);
    for (const kind of ['count', 'string length', 'offset', 'alignment', 'dimension', 'type']) expect(r.lies[kind]).toBeGreaterThan(5);
  });
});
