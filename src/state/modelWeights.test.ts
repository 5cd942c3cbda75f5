import { describe, expect, it } from 'vitest';
import type { ModelWeights } from './modelLab';
import { weightsStep, withLoaded } from './modelWeights';

const shipped: ModelWeights = { kind: 'shipped' };
const trained: ModelWeights = { kind: 'trained', epochs: 12, seed: 1 };
const own: ModelWeights = { kind: 'own', name: 'mine.safetensors' };

describe('weightsStep', () => {
  it('does nothing before a model is loaded, or when the wanted one is in use', () => {
    expect(weightsStep(trained, null, [])).toBe('none');
    expect(weightsStep({ ...trained }, trained, [shipped, trained])).toBe('none');
  });
  it('switches to a held model, and trains one it does not hold (other epochs or seed count as another model)', () => {
    expect(weightsStep(shipped, trained, [shipped, trained])).toBe('use');
    expect(weightsStep(trained, shipped, [shipped])).toBe('train');
    expect(weightsStep({ ...trained, seed: 2 }, shipped, [shipped, trained])).toBe('train');
    expect(weightsStep({ ...trained, epochs: 3 }, trained, [shipped, trained])).toBe('train');
  });
  it('waits for the user’s own files, which a link cannot bring, unless they are held', () => {
    expect(weightsStep(own, shipped, [shipped])).toBe('pending');
    expect(weightsStep({ kind: 'own', name: 'other.npz' }, shipped, [shipped, own])).toBe('pending');
    expect(weightsStep(own, shipped, [shipped, own])).toBe('use');
  });
});

describe('withLoaded', () => {
  it('keeps one model of each kind, the newest', () => {
    expect(withLoaded([shipped, trained], { kind: 'trained', epochs: 2, seed: 5 })).toEqual([
      shipped,
      { kind: 'trained', epochs: 2, seed: 5 },
    ]);
    expect(withLoaded([shipped], own)).toEqual([shipped, own]);
  });
});
