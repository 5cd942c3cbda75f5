import { describe, expect, it } from 'vitest';
import { tensorStats } from './tensorStats';
import { degenerate, degenerateMessage, parseDegenerateMessage } from './degenerate';

describe('degenerate', () => {
  it('refuses an empty tensor and one with only NaN and infinities', () => {
    expect(degenerate(tensorStats(new Float32Array(0)))).toEqual({ kind: 'empty' });
    expect(degenerate(tensorStats(Float32Array.of(NaN, NaN, Infinity, -Infinity)))).toEqual({ kind: 'no-finite', nan: 2, inf: 2 });
  });
  it('accepts a constant tensor and a single value (they can be quantized)', () => {
    expect(degenerate(tensorStats(Float32Array.of(0.5, 0.5, 0.5)))).toBeNull();
    expect(degenerate(tensorStats(Float32Array.of(NaN, 7)))).toBeNull();
  });
  it('round-trips through an Error message', () => {
    for (const d of [{ kind: 'empty' } as const, { kind: 'no-finite', nan: 3, inf: 1 } as const])
      expect(parseDegenerateMessage(`x.npy: ${degenerateMessage(d)}`)).toEqual(d);
    expect(parseDegenerateMessage('bad magic number')).toBeNull();
  });
});
