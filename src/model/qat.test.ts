import '@tensorflow/tfjs'; // Node: registers the built-in gradients
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../core';
import { tf } from '../core/tf';
import { initMlp } from './init';
import { transpose } from './mlp';
import { fakeQuantWeightSTE, qatRecipe } from './qat';
import { fakeQuantWeight } from './quantizers';
import { ptqConfig } from './configs';
import { DEFAULT_TRAIN } from './train';

beforeAll(async () => {
  await initBackend({ preferGpu: false });
});

describe('QAT weight quantizer', () => {
  const layer = initMlp([24, 8], 5).layers[1]; // [8, 24]
  for (const granularity of ['per-channel', 'per-tensor'] as const) {
    for (const bits of [2, 3, 8]) {
      it(`${granularity} W${bits}: equals the PTQ weight quantizer (up to the sign of zero), gradient passes through`, () => {
        const wT = tf.tensor2d(transpose(layer.weight, layer.outDim, layer.inDim), [layer.inDim, layer.outDim]);
        const q = { bits, granularity };
        const got = transpose(fakeQuantWeightSTE(wT, q).dataSync() as Float32Array, layer.inDim, layer.outDim);
        const want = fakeQuantWeight(layer, q);
        for (let i = 0; i < want.length; i++) expect(got[i] === want[i]).toBe(true);
        const g = tf.grad((t: tf.Tensor) => tf.sum(tf.mul(fakeQuantWeightSTE(t as tf.Tensor2D, q), 3)))(wT);
        expect(Array.from(g.dataSync()).every((v) => v === 3)).toBe(true);
        tf.dispose([wT, g]);
      });
    }
  }
});

describe('QAT recipe', () => {
  it('is 10 % of the original epochs (at least 1), 1 % of its LR, cosine; untuned keeps the LR', () => {
    const cfg = ptqConfig({ bits: 3, granularity: 'per-tensor' }, null);
    expect(qatRecipe(cfg)).toMatchObject({ epochs: 1, lr: DEFAULT_TRAIN.lr / 100, schedule: 'cosine', ste: 'clipped', optimizer: 'sgd' });
    expect(qatRecipe(cfg, 'recipe', { ...DEFAULT_TRAIN, epochs: 40 }).epochs).toBe(4);
    expect(qatRecipe(cfg, 'untuned').lr).toBe(DEFAULT_TRAIN.lr);
  });
});
