import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openFiles } from '../io';
import { shorten } from './shorten';

/** The tensor names of real fixture files (a safetensors model, a llama.cpp GGUF, a torch-exported ONNX). */
async function fixtureNames(): Promise<string[]> {
  const names: string[] = [];
  for (const path of ['overview/model.safetensors', 'gguf/demo.gguf', 'io/onnx/torch_cnn.onnx']) {
    const url = new URL(`../../tests/fixtures/${path}`, import.meta.url);
    const listing = await openFiles([new File([readFileSync(url)], path.split('/').pop() ?? path)]);
    names.push(...listing.tensors.map((t) => t.name));
  }
  return names;
}

const SEPARATOR = /[./_]/;

describe('shorten', () => {
  it('leaves short names alone', () => expect(shorten('conv1.weight', 20)).toBe('conv1.weight'));
  it('keeps the start and the end of long names, cut between their parts, max characters at most', () => {
    const s = shorten('encoder.layers.11.self_attention.query_key_value.weight', 24);
    expect(s).toBe('encoder.layers.11…weight'); // was 'encoder.layers…ue.weight'
    expect(Array.from(s).length).toBeLessThanOrEqual(24);
  });
  it('keeps mostly the end when asked (TensorFlow.js names differ only at the end)', () => {
    const s = shorten('StatefulPartitionedCall/model/conv2d_30/Conv2D_weights', 32, 0.2);
    expect(s).toBe('Statefu…conv2d_30/Conv2D_weights');
    expect(Array.from(s)).toHaveLength(32);
  });
  it('with a low head share, the end of a real name starts on a whole part ("…q.weight", never "…ttn.q.weight")', async () => {
    const names = await fixtureNames();
    expect(names).toContain('model.layers.0.attn.q.bias');
    expect(names).toContain('blk.0.ffn_down.weight');
    let cut = 0;
    for (const name of names)
      for (const max of [14, 16, 20, 24, 32]) {
        const s = shorten(name, max, 0.2);
        expect(Array.from(s).length, s).toBeLessThanOrEqual(max);
        if (s === name) continue;
        cut++;
        const [head, tail] = s.split('…');
        expect(name.startsWith(head) && name.endsWith(tail), s).toBe(true);
        expect(name[name.length - tail.length - 1], `${name} at ${max}: ${s}`).toMatch(SEPARATOR);
      }
    expect(cut).toBeGreaterThan(10);
    // and the start ends before a separator when one is within reach
    expect(shorten('model.layers.0.attn.q.weight', 16, 0.2)).toBe('model…q.weight'); // was 'mod…ttn.q.weight'
    expect(shorten('model.layers.0.attn.q.weight', 24, 0.2)).toBe('model…0.attn.q.weight'); // was 'model…rs.0.attn.q.weight'
    expect(shorten('blk.0.ffn_down.weight', 16, 0.2)).toBe('blk…down.weight'); // was 'blk…_down.weight'
  });
  it('cuts where it must when no separator is near', () => {
    expect(shorten('abcdefghijklmnopqrstuvwxyz', 10, 0.2)).toBe('ab…tuvwxyz');
    expect(shorten('StatefulPartitionedCall/model/zero_padding2d/Pad/paddings', 24, 0.2)).toBe('State…Pad/paddings');
  });
  it('never splits a character made of two UTF-16 units', () => {
    const s = shorten('😀'.repeat(100), 9);
    expect(s).toBe('😀😀😀😀😀…😀😀😀');
  });
});
