import type { tf } from '../core/tf';
import { forward, evaluateFloat } from './mlp';
import { DEFAULT_HIDDEN, initMlp } from './init';
import { trainLoop, type StepHook, type VarLayer } from './trainLoop';
import type { Digits, EpochReport, TrainOptions, TrainResult } from './types';

/** The default recipe of the shipped model (npm run train): 784-128-64-10 GELU, SGD + momentum 0.9, cosine from 0.1, ±2 px shifts. */
export const DEFAULT_TRAIN: TrainOptions = {
  hidden: DEFAULT_HIDDEN,
  epochs: 12,
  batchSize: 64,
  lr: 0.1,
  optimizer: 'sgd',
  schedule: 'cosine',
  seed: 15,
  shift: 2,
};

/** Float logits of the current variables (shared by training and as QAT's float path). */
export function floatLogits(layers: readonly VarLayer[], x: tf.Tensor2D): tf.Tensor2D {
  return forward(
    layers.map((l) => ({ wT: l.wT as tf.Tensor2D, b: l.b as tf.Tensor1D, activation: l.activation })),
    x,
    false,
  );
}

/** Trains the digits MLP from a seeded initialisation; test accuracy after every epoch. Same seed → same weights on one backend. */
export function trainMlp(
  train: Digits,
  test: Digits,
  opts: TrainOptions = DEFAULT_TRAIN,
  onEpoch?: (r: EpochReport) => void,
  signal?: AbortSignal,
  onStep?: StepHook,
): Promise<TrainResult> {
  return trainLoop(initMlp(opts.hidden, opts.seed), train, opts, floatLogits, (w) => evaluateFloat(w, test), onEpoch, signal, onStep);
}
