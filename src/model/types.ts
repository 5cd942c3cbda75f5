import type { ModelText } from './errors';

/** Value types of the model lab: digits, MLP weights, quantization configurations and results (plain data, no tensors). */

/** A set of 28×28 digits: x row-major [n, 784] in [0, 1] (pixel k/255), y labels 0–9. */
export interface Digits {
  x: Float32Array;
  y: Uint8Array;
  n: number;
}

/** The fixed split of the 10,000 digits: 8,000 train (calibration subsets come from these), 2,000 test. */
export interface DigitsSplit {
  train: Digits;
  test: Digits;
}

/** Nonlinearity after a dense layer: exact (erf) GELU, GELU clamped to [−10, 10], ReLU, or none. */
export type LayerActivation = 'gelu' | 'gelu10' | 'relu' | 'linear';

/** One dense layer y = act(x·Wᵀ + b): weight row-major [outDim, inDim] (PyTorch nn.Linear layout), bias [outDim]. */
export interface DenseLayer {
  name: string;
  weight: Float32Array;
  bias: Float32Array;
  inDim: number;
  outDim: number;
  activation: LayerActivation;
}

/** An MLP as an ordered list of dense layers (layer i's outDim = layer i+1's inDim). */
export interface MlpWeights {
  layers: DenseLayer[];
}

/** Weight quantization: symmetric narrow range [−(2^(b−1)−1), 2^(b−1)−1], scale = amax/(2^(b−1)−1), per output row or per tensor. */
export interface WeightQuant {
  bits: number;
  granularity: 'per-channel' | 'per-tensor';
}

/** Activation calibrators by name: 'max', 'entropy', 'mse', 'histogram' (torch HistogramObserver), 'percentile-99.9' … 'percentile-99.9999'. */
export type ActivationMethod = string;

/** Activation quantization: per tensor at each dense layer's input (the previous activation's output), calibrated by `method`. */
export interface ActivationQuant {
  bits: number;
  method: ActivationMethod;
  mode: 'symmetric' | 'affine';
}

/** One PTQ configuration; null = that side stays float. `float` lists layers kept entirely in float (weights and input). */
export interface PtqConfig {
  weights: WeightQuant | null;
  activations: ActivationQuant | null;
  float: string[];
  /** Replace every GELU by GELU10 (clamped to [−10, 10]) before calibrating and evaluating. */
  gelu10: boolean;
}

/** Calibrated clipping range (real units) of one dense layer's input. */
export interface LayerRange {
  layer: string;
  min: number;
  max: number;
}

/** Activation ranges per layer input for one (method, mode, bits, gelu10) choice. */
export type Calibration = LayerRange[];

/** Accuracy in [0, 1] (fraction of test digits classified correctly). */
export interface Evaluation {
  accuracy: number;
}

/** One row of the PTQ table: its configuration, accuracy, and the activation ranges it used (null when activations stay float). */
export interface PtqRow extends Evaluation {
  config: PtqConfig;
  calibration?: Calibration | null;
}

/** Accuracy with only `layer` quantized ('only') or with every layer but `layer` quantized ('all-but'), at `bits`. */
export interface SensitivityRow extends Evaluation {
  layer: string;
  kind: 'only' | 'all-but';
  bits: number;
}

/** Accuracy with the k most sensitive layers (`float`) kept in float and the others quantized. */
export interface PartialRow extends Evaluation {
  k: number;
  float: string[];
}

/** Progress of a long run: `done` of `total` units (configs, steps). */
export type Progress = (done: number, total: number) => void;

/** 'sgd' = SGD with momentum 0.9 (default), 'adam' = Adam. */
export type Optimizer = 'sgd' | 'adam';

/** Training options: epochs, batch size, peak learning rate, annealing, seed, ±pixel shift augmentation. */
export interface TrainOptions {
  hidden: [number, number];
  epochs: number;
  batchSize: number;
  lr: number;
  schedule: 'cosine' | 'linear' | 'constant';
  seed: number;
  /** Random shift of each training digit by up to this many pixels in x and y (0 = none). */
  shift: number;
  /** Train on at most this many digits (the first of the train set); undefined = all. */
  limit?: number;
  optimizer?: Optimizer;
}

/** After each epoch: its index (from 1), mean training loss, test accuracy, and the per-step losses so far. */
export interface EpochReport {
  epoch: number;
  epochs: number;
  loss: number;
  accuracy: number;
  stepLosses: number[];
}

/** Result of a training run; `stopped` says why it ended early (cancelled, or a NaN loss with the last good weights kept). */
export interface TrainResult {
  weights: MlpWeights;
  loss: number[];
  accuracy: number;
  stopped: null | 'cancelled' | 'diverged';
  /** Why it stopped when it diverged (said in the user's language by the page). */
  message?: ModelText;
}

/** QAT options: the PTQ configuration trained with fake quantization, and the fine-tuning schedule. */
export interface QatOptions {
  config: PtqConfig;
  epochs: number;
  batchSize: number;
  lr: number;
  schedule: 'cosine' | 'linear' | 'constant';
  seed: number;
  ste: 'clipped' | 'identity';
  /** Fine-tune on at most this many train digits (the e2e test uses a small subset); undefined = all. */
  limit?: number;
  optimizer?: Optimizer;
  /** Calibration subset size (train digits) for the activation ranges, default 512. */
  calibSize?: number;
}

/** QAT outcome: PTQ accuracy before, fake-quantized accuracy after, per-epoch losses, the fine-tuned float weights. */
export interface QatResult {
  before: number;
  after: number;
  loss: number[];
  accuracyPerEpoch: number[];
  weights: MlpWeights;
  calibration: Calibration;
  stopped: null | 'cancelled' | 'diverged';
  /** Why it stopped when it diverged (said in the user's language by the page). */
  message?: ModelText;
}
