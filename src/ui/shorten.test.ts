import { describe, expect, it } from 'vitest';
import { shorten } from './shorten';

describe('shorten', () => {
  it('leaves short names alone', () => expect(shorten('conv1.weight', 20)).toBe('conv1.weight'));
  it('keeps the start and the end of long names, max characters in all', () => {
    const s = shorten('encoder.layers.11.self_attention.query_key_value.weight', 24);
    expect(s).toBe('encoder.layers…ue.weight');
    expect(Array.from(s)).toHaveLength(24);
  });
  it('keeps mostly the end when asked (TensorFlow.js names differ only at the end)', () => {
    const s = shorten('StatefulPartitionedCall/model/conv2d_30/Conv2D_weights', 32, 0.2);
    expect(s).toBe('Statefu…conv2d_30/Conv2D_weights');
    expect(Array.from(s)).toHaveLength(32);
  });
  it('never splits a character made of two UTF-16 units', () => {
    const s = shorten('😀'.repeat(100), 9);
    expect(s).toBe('😀😀😀😀😀…😀😀😀');
  });
});
