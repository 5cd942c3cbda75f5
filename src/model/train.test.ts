import '@tensorflow/tfjs'; // Node: the CJS bundle registers the gradients into the same tfjs-core instance
import { beforeAll, describe, expect, it } from 'vitest';
import { modelEnglish } from './errors';
import { initBackend } from '../core';
import { tf } from '../core/tf';
import { decodeDigitsFile } from './data/digitsFile';
import { mnistDigitsFile } from '../cli/nodeDigits';
import { headDigits, splitDigits } from './data/split';
import { initMlp } from './init';
import { ptqConfig } from './configs';
import { runQat } from './qat';
import { trainMlp } from './train';
import type { QatOptions, TrainOptions } from './types';

const { train: all, test: allTest } = splitDigits(decodeDigitsFile(mnistDigitsFile()));
const train = headDigits(all, 640);
const test = headDigits(allTest, 300);
const small: TrainOptions = {
  hidden: [16, 8],
  epochs: 2,
  batchSize: 64,
  lr: 5e-3,
  schedule: 'cosine',
  seed: 7,
  shift: 1,
  optimizer: 'adam',
};
const w4a4 = ptqConfig({ bits: 4, granularity: 'per-channel' }, { bits: 4, method: 'max', mode: 'affine' });
const qat = (over: Partial<QatOptions> = {}): QatOptions => ({
  config: w4a4,
  epochs: 1,
  batchSize: 64,
  lr: 1e-3,
  schedule: 'cosine',
  seed: 3,
  ste: 'clipped',
  calibSize: 64,
  ...over,
});

beforeAll(async () => {
  await initBackend({ preferGpu: false });
});

describe('training', () => {
  it('learns (accuracy well above chance on a small subset) and the same seed gives the same weights', async () => {
    const a = await trainMlp(train, test, small);
    const b = await trainMlp(train, test, small);
    expect(a.accuracy).toBeGreaterThan(0.5);
    expect(b.accuracy).toBe(a.accuracy);
    expect(b.weights.layers[1].weight).toEqual(a.weights.layers[1].weight);
    expect(a.loss.length).toBe(20);
    expect((await trainMlp(train, test, { ...small, seed: 8 })).weights.layers[1].weight).not.toEqual(a.weights.layers[1].weight);
  });

  it('keeps the tensor count flat over 100 training steps and 100 QAT steps', async () => {
    const start = tf.memory().numTensors;
    const counts: number[] = [];
    const one = { ...small, epochs: 100, limit: 64 };
    await trainMlp(train, test, one, () => counts.push(tf.memory().numTensors));
    const model = initMlp([16, 8], 1);
    await runQat(model, train, test, qat({ epochs: 100, limit: 64 }), () => counts.push(tf.memory().numTensors));
    expect(counts.length).toBe(200);
    expect(new Set(counts.slice(1, 100)).size).toBe(1);
    expect(new Set(counts.slice(101)).size).toBe(1);
    expect(tf.memory().numTensors).toBe(start); // and nothing stays after the runs
  });

  it('stops on a NaN loss with a message and keeps the last good (finite) weights', async () => {
    const poisoned = { ...train, x: train.x.slice() };
    poisoned.x[200 * 784 + 300] = NaN; // digit 200 turns up in some batch of the first epoch
    const r = await trainMlp(poisoned, test, { ...small, shift: 0 });
    expect(r.stopped).toBe('diverged');
    expect(r.message && modelEnglish(r.message)).toMatch(
      /loss became NaN at epoch 1, step \d+; stopped and kept the weights from before that step/,
    );
    expect(r.loss.every(Number.isFinite)).toBe(true);
    for (const l of r.weights.layers) expect(l.weight.every(Number.isFinite)).toBe(true);
  });

  it('stops when cancelled and returns the weights so far', async () => {
    const ctrl = new AbortController();
    const r = await trainMlp(train, test, { ...small, epochs: 5 }, (e) => e.epoch === 1 && ctrl.abort(), ctrl.signal);
    expect(r.stopped).toBe('cancelled');
    expect(r.loss.length).toBe(10);
  });
});

describe('QAT', () => {
  it('is deterministic and trains under fake quantization (after ≥ before on a freshly trained toy model)', async () => {
    const base = (await trainMlp(train, test, small)).weights;
    const a = await runQat(base, train, test, qat({ epochs: 2 }));
    const b = await runQat(base, train, test, qat({ epochs: 2 }));
    expect(b.after).toBe(a.after);
    expect(b.loss).toEqual(a.loss);
    expect(a.accuracyPerEpoch.length).toBe(2);
    expect(a.after).toBeGreaterThanOrEqual(a.before);
  });
});
