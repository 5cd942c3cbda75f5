import { tf } from '../core/tf';
import { modelText, type ModelText } from './errors';
import { createRandom } from '../samples/random';
import { shiftedBatch } from './augment';
import { transpose } from './mlp';
import { assertGradients } from './gradients';
import { PIXELS } from './data/digitsFile';
import { permutation } from './data/split';
import { learningRate } from './schedule';
import type { DenseLayer, Digits, EpochReport, LayerActivation, MlpWeights, Optimizer, TrainOptions, TrainResult } from './types';

/** A layer's trainable tensors: wT [in, out] (transposed PyTorch weight, see TensorLayer), b [out]. */
export interface VarLayer {
  wT: tf.Variable;
  b: tf.Variable;
  activation: LayerActivation;
}

/** Logits [n, 10] of a batch x [n, 784] under the current variables (float, or fake-quantized for QAT). */
export type LogitsFn = (layers: readonly VarLayer[], x: tf.Tensor2D) => tf.Tensor2D;

/** After each optimizer step: steps done (from 1), steps in the run, that step's loss. */
export type StepHook = (step: number, total: number, loss: number) => void;

/** The schedule of a run: epochs, batch size, peak LR and annealing, seed, shift augmentation, train subset. */
export type LoopOptions = Omit<TrainOptions, 'hidden'>;

/** Adam (β1 0.9, β2 0.999, ε 1e-7) whose learning rate the schedule sets before every step. */
class ScheduledAdam extends tf.AdamOptimizer {
  setLearningRate(lr: number): void {
    this.learningRate = lr;
  }
}

/** Momentum of the SGD optimizer (the default, as in the QAT recipe's source: SGD + momentum, cosine annealing). */
export const MOMENTUM = 0.9;

/** tfjs's MomentumOptimizer, whose dispose() also frees its learning-rate scalar (tfjs 4.22 leaves it behind). */
class Momentum extends tf.MomentumOptimizer {
  dispose(): void {
    super.dispose();
    this.c.dispose();
  }
}

/** The optimizer of a run, with a settable learning rate. */
function makeOptimizer(kind: Optimizer, lr: number): tf.Optimizer & { setLearningRate(lr: number): void } {
  return kind === 'adam' ? new ScheduledAdam(lr, 0.9, 0.999, 1e-7) : new Momentum(lr, MOMENTUM);
}
/** Steps between yields to the event loop (so a Worker sees Cancel). */
const YIELD_EVERY = 8;

const pause = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/** Reads variables back into plain weights with the layout (names, dims, activations) of `like`. */
async function readWeights(vars: readonly VarLayer[], like: MlpWeights): Promise<MlpWeights> {
  const layers: DenseLayer[] = [];
  for (let i = 0; i < vars.length; i++) {
    const l = like.layers[i];
    const weight = transpose((await vars[i].wT.data()) as Float32Array, l.inDim, l.outDim);
    const bias = (await vars[i].b.data()) as Float32Array;
    layers.push({ ...l, weight, bias });
  }
  return { layers };
}

/**
 * Minimises softmax cross-entropy with SGD + momentum 0.9 (or Adam), the learning rate scheduled per step, from `start` on the train digits (seeded shuffles and shifts),
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
  onStep?: StepHook,
): Promise<TrainResult> {
  assertGradients();
  await tf.ready();
  const n = Math.min(train.n, opts.limit ?? train.n);
  const batch = Math.max(1, Math.min(opts.batchSize, n));
  const stepsPerEpoch = Math.ceil(n / batch);
  const total = stepsPerEpoch * opts.epochs;
  const rand = createRandom(opts.seed);
  // Inside tidy: a variable shares its initial tensor's data, and that tensor object would otherwise stay registered.
  const vars: VarLayer[] = start.layers.map((l) => ({
    wT: tf.tidy(() => tf.variable(tf.tensor2d(transpose(l.weight, l.outDim, l.inDim), [l.inDim, l.outDim]))),
    b: tf.tidy(() => tf.variable(tf.tensor1d(l.bias))),
    activation: l.activation,
  }));
  const varList = vars.flatMap((v) => [v.wT, v.b]);
  const optimizer = makeOptimizer(opts.optimizer ?? 'sgd', opts.lr);
  const xs = new Float32Array(batch * PIXELS);
  const losses: number[] = [];
  let accuracy = NaN;
  let stopped: TrainResult['stopped'] = null;
  let message: ModelText | undefined;
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
          message = modelText('diverged', { loss: String(loss), epoch: epoch + 1, step: s + 1 });
          break outer;
        }
        losses.push(loss);
        epochLoss += loss;
        onStep?.(losses.length, total, loss);
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
