import { tf } from '../core/tf';
import { denseMatMul } from './matMul';
import { MIN_SCALE } from '../core/quant/qparams';
import { fakeQuantSTE, type SteKind } from '../core/qat/fakeQuantSTE';
import { calibrationSubset } from './data/split';
import { applyActivation } from './mlp';
import { calibrateActivations, configInputParams, evaluatePtq } from './ptq';
import { trainLoop, type StepHook, type VarLayer } from './trainLoop';
import { DEFAULT_TRAIN } from './train';
import type { Digits, EpochReport, MlpWeights, PtqConfig, QatOptions, QatResult, TrainOptions, WeightQuant } from './types';
import type { QuantParams } from '../core/types';

/**
 * A transposed weight wT [in, out] fake-quantized with its current amax (per output channel = column, [1, out], or per
 * tensor), narrow range: round(w·fl32(1/scale))·scale with scale = max(amax/(2^(b−1)−1), 2^−23). No clamp and a plain
 * pass-through gradient: with the scale taken from the weight's own amax no code can leave [−(2^(b−1)−1), 2^(b−1)−1]
 * (|w·inv| ≤ (2^(b−1)−1)·(1 + 2^−22) rounds inside), so the clipped STE's mask is all ones; this saves 2 forward and
 * 5 backward element-wise ops per weight per step. Values may differ from the clamped form only in the sign of a zero.
 */
export function fakeQuantWeightSTE(wT: tf.Tensor2D, q: WeightQuant): tf.Tensor2D {
  const qmax = 2 ** (q.bits - 1) - 1;
  const f = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const t = args[0] as tf.Tensor2D;
    const amax = q.granularity === 'per-channel' ? tf.max(tf.abs(t), 0, true) : tf.max(tf.abs(t));
    const scale = tf.maximum(tf.div(amax, qmax), MIN_SCALE);
    return { value: tf.mul(tf.round(tf.mul(t, tf.div(1, scale))), scale), gradFunc: (dy: tf.Tensor) => [dy] };
  });
  return f(wT) as tf.Tensor2D;
}

/** Logits with fake quantization in the forward pass (weights per config, layer inputs with fixed calibrated params). */
export function qatLogits(model: MlpWeights, cfg: PtqConfig, inputParams: readonly (QuantParams | null)[], ste: SteKind) {
  return (layers: readonly VarLayer[], x: tf.Tensor2D): tf.Tensor2D => {
    let h = x;
    layers.forEach((l, i) => {
      const float = cfg.float.includes(model.layers[i].name);
      const p = inputParams[i];
      const input = p ? (fakeQuantSTE(h, p, ste) as tf.Tensor2D) : h;
      const w = cfg.weights && !float ? fakeQuantWeightSTE(l.wT as tf.Tensor2D, cfg.weights) : (l.wT as tf.Tensor2D);
      h = applyActivation(tf.add(denseMatMul(input, w), l.b), l.activation, cfg.gelu10);
    });
    return h;
  };
}

/**
 * Quantization-aware fine-tuning from `model`: activation ranges calibrated once on a train subset and kept fixed, weights
 * re-scaled from their amax every step; before = PTQ accuracy, after = accuracy of the fine-tuned weights under the
 * same quantizers. Stops on Cancel or a NaN loss (keeping the last good weights) and says so.
 */
export async function runQat(
  model: MlpWeights,
  train: Digits,
  test: Digits,
  opts: QatOptions,
  onEpoch?: (r: EpochReport) => void,
  signal?: AbortSignal,
  onStep?: StepHook,
): Promise<QatResult> {
  const cfg = opts.config;
  const calibration = cfg.activations
    ? await calibrateActivations(model, calibrationSubset(train, opts.calibSize), cfg.activations, cfg.gelu10)
    : [];
  const inputParams = configInputParams(model, cfg, calibration);
  const evaluate = async (w: MlpWeights): Promise<number> => (await evaluatePtq(w, test, cfg, calibration)).accuracy;
  const before = await evaluate(model);
  const accuracyPerEpoch: number[] = [];
  const r = await trainLoop(
    model,
    train,
    { ...opts, shift: 0 },
    qatLogits(model, cfg, inputParams, opts.ste),
    evaluate,
    (e) => {
      accuracyPerEpoch.push(e.accuracy);
      onEpoch?.(e);
    },
    signal,
    onStep,
  );
  return {
    before,
    after: r.accuracy,
    loss: r.loss,
    accuracyPerEpoch,
    weights: r.weights,
    calibration,
    stopped: r.stopped,
    ...(r.message ? { message: r.message } : {}),
  };
}

/**
 * QAT options after the article's recipe from the original schedule: ≤ 10 % of its epochs (at least 1), LR from 1 % of
 * the original, cosine annealing; 'untuned' keeps the original LR (what the article warns can lose accuracy).
 */
export function qatRecipe(config: PtqConfig, variant: 'recipe' | 'untuned' = 'recipe', original: TrainOptions = DEFAULT_TRAIN): QatOptions {
  return {
    config,
    epochs: Math.max(1, Math.floor(original.epochs / 10)),
    batchSize: original.batchSize,
    lr: variant === 'recipe' ? original.lr / 100 : original.lr,
    schedule: 'cosine',
    seed: original.seed,
    ste: 'clipped',
    optimizer: original.optimizer ?? 'sgd',
  };
}
