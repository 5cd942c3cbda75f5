import { describe, expect, it } from 'vitest';
import type { LoadedTensor } from '../io/types';
import { initMlp } from './init';
import { loadMlpWeights } from './load';
import { mlpFromBytes, mlpToSafetensors } from './serialize';

const t = (name: string, shape: number[]): LoadedTensor => ({
  name,
  dtype: 'float32',
  shape,
  data: new Float32Array(shape.reduce((a, b) => a * b, 1)),
});
const good = (): LoadedTensor[] => [t('a.weight', [32, 784]), t('a.bias', [32]), t('b.weight', [10, 32]), t('b.bias', [10])];

describe('loadMlpWeights', () => {
  it('chains PyTorch-layout tensors from 784 inputs to 10 outputs, GELU hidden and linear output', async () => {
    const m = await loadMlpWeights(good());
    expect(m.layers.map((l) => [l.name, l.inDim, l.outDim, l.activation])).toEqual([
      ['a', 784, 32, 'gelu'],
      ['b', 32, 10, 'linear'],
    ]);
  });

  it('round-trips the model file with its layer list', async () => {
    const m = initMlp([16, 8], 3);
    m.layers[1].activation = 'gelu10';
    const back = await mlpFromBytes(mlpToSafetensors(m));
    expect(back.layers.map((l) => l.activation)).toEqual(['gelu', 'gelu10', 'linear']);
    expect(back.layers[2].weight).toEqual(m.layers[2].weight);
  });

  it('names the tensor and the expected shape when a shape does not fit', async () => {
    const m = initMlp([16, 8], 3);
    const bytes = mlpToSafetensors({
      layers: [m.layers[0], { ...m.layers[1], outDim: 4, weight: new Float32Array(4 * 16), bias: new Float32Array(4) }, m.layers[2]],
    });
    await expect(mlpFromBytes(bytes)).rejects.toThrow('tensor "fc3.weight" has shape [10, 8]; expected [10, 4]');
    const bad = good();
    bad[1] = t('a.bias', [31]);
    await expect(loadMlpWeights(bad)).rejects.toThrow('tensor "a.bias" has shape [31]; expected [32]');
    await expect(loadMlpWeights([t('a.weight', [32, 100])])).rejects.toThrow(/\[out, 784\]/);
    await expect(loadMlpWeights(good().slice(0, 3))).rejects.toThrow('tensor "b.bias" is missing (expected [10])');
    await expect(loadMlpWeights([t('a.weight', [32, 784]), t('a.bias', [32])])).rejects.toThrow(
      'tensor "a.weight" has shape [32, 784]; expected [10, 784]',
    );
  });
});
