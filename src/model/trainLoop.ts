import { tf } from '../core/tf';
import { createRandom } from '../samples/random';
import { shiftedBatch } from './augment';
import { assertGradients } from './gradients';
import { PIXELS } from './data/digitsFile';
import { permutation } from './data/split';
import { learningRate } from './schedule';
import type { DenseLayer, Digits, EpochReport, LayerActivation, MlpWeights, TrainResult } from './types';

/** A layer's trainable tensors: w [out, in], b [out]. */
export interface VarLayer {
  w: tf.Variable;
  b: tf.Variable;
  activation: LayerActivation;
}

/** Logits [n, 10] of a batch x [n, 784] under the current variables (float, or fake-quantized for QAT). */
export type LogitsFn = (layers: readonly VarLayer[], x: tf.Tensor2D) => tf.Tensor2D;

/** The schedule of a run: epochs, batch size, peak LR and annealing, seed, shift augmentation, train subset. */
export interface LoopOptions {
  epochs: number;
  batchSize: number;
  lr: number;
  schedule: 'cosine' | 'linear' | 'constant';
  seed: number;
  shift: number;
  limit?: number;
}

/** Adam (β1 0.9, β2 0.999, ε 1e-7) whose learning rate the schedule sets before every step. */
class ScheduledAdam extends tf.AdamOptimizer {
  setLearningRate(lr: number): void {
    this.learningRate = lr;
  }
}
/** Steps between yields to the event loop (so a Worker sees Cancel). */
const YIELD_EVERY = 8;

const pause = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/** Reads variables back into plain weights with the layout (names, dims, activations) of `like`. */
async function readWeights(vars: readonly VarLayer[], like: MlpWeights): Promise<MlpWeights> {
  const layers: DenseLayer[] = [];
  for (let i = 0; i < vars.length; i++) {
    const weight = (await vars[i].w.data()) as Float32Array;
    const bias = (await vars[i].b.data()) as Float32Array;
    layers.push({ ...like.layers[i], weight, bias });
  }
  return { layers };
}

/**
 * Minimises softmax cross-entropy with Adam (scheduled learning rate) from `start` on the train digits (seeded shuffles and shifts),
 * calling `evaluate` on the weights after each epoch. A NaN/Inf loss stops the run and returns the weights from before
 * that step; an aborted signal stops it at the next step with the weights so far. Frees every tensor it made.
 */
export async function trainLoop(
  start: MlpWeights,
  train: Digits,
  opts: LoopOptions,
  logits: LogitsFn,
  evaluate: (w: MlpWeights) => Promise<number>,
  onEpoch?: (r: EpochReport) => void,
  signal?: AbortSignal,
): Promise<TrainResult> {
  assertGradients();
  await tf.ready();
  const n = Math.min(train.n, opts.limit ?? train.n);
  const batch = Math.max(1, Math.min(opts.batchSize, n));
  const stepsPerEpoch = Math.ceil(n / batch);
  const total = stepsPerEpoch * opts.epochs;
  const rand = createRandom(opts.seed);
  const vars: VarLayer[] = start.layers.map((l) => ({
    w: tf.variable(tf.tensor2d(l.weight, [l.outDim, l.inDim])),
    b: tf.variable(tf.tensor1d(l.bias)),
    activation: l.activation,
  }));
  const varList = vars.flatMap((v) => [v.w, v.b]);
  const optimizer = new ScheduledAdam(opts.lr, 0.9, 0.999, 1e-7);
  const xs = new Float32Array(batch * PIXELS);
  const losses: number[] = [];
  let accuracy = NaN;
  let stopped: TrainResult['stopped'] = null;
  let message: string | undefined;
  let backup: tf.Tensor[] = [];
  try {
    outer: for (let epoch = 0; epoch < opts.epochs; epoch++) {
      const order = permutation(n, (opts.seed ^ 0x5bd1e995) + epoch);
      let epochLoss = 0;
      for (let s = 0; s < stepsPerEpoch; s++) {
        if (signal?.aborted) {
          stopped = 'cancelled';
          break outer;
        }
        const idx = order.subarray(s * batch, Math.min(n, (s + 1) * batch));
        const k = idx.length;
        shiftedBatch(train.x, idx, opts.shift, rand, xs);
        const labels = Int32Array.from(idx, (i) => train.y[i]);
        optimizer.setLearningRate(learningRate(opts.lr, epoch * stepsPerEpoch + s, total, opts.schedule));
        tf.dispose(backup);
        backup = varList.map((v) => tf.clone(v));
        const cost = optimizer.minimize(
          () =>
            tf.tidy(() => {
              const x = tf.tensor2d(xs.subarray(0, k * PIXELS), [k, PIXELS]);
              const y = tf.oneHot(tf.tensor1d(labels, 'int32'), 10);
              return tf.losses.softmaxCrossEntropy(y, logits(vars, x)) as tf.Scalar;
            }),
          true,
          varList,
        );
        const loss = cost ? (await cost.data())[0] : NaN;
        cost?.dispose();
        if (!Number.isFinite(loss)) {
          varList.forEach((v, i) => v.assign(backup[i]));
          stopped = 'diverged';
          message = `loss became ${loss} at epoch ${epoch + 1}, step ${s + 1}; stopped and kept the weights from before that step`;
          break outer;
        }
        losses.push(loss);
        epochLoss += loss;
        if (s % YIELD_EVERY === YIELD_EVERY - 1) await pause();
      }
      accuracy = await evaluate(await readWeights(vars, start));
      onEpoch?.({ epoch: epoch + 1, epochs: opts.epochs, loss: epochLoss / stepsPerEpoch, accuracy, stepLosses: losses.slice() });
    }
    const weights = await readWeights(vars, start);
    if (stopped !== null || Number.isNaN(accuracy)) accuracy = await evaluate(weights);
    return { weights, loss: losses, accuracy, stopped, ...(message ? { message } : {}) };
  } finally {
    tf.dispose(backup);
    tf.dispose(varList);
    optimizer.dispose();
  }
}
