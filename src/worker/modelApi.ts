import type { ModelText } from '../model/errors';
import type { EpochReport, LayerActivation, PartialRow, PtqConfig, PtqRow, SensitivityRow } from '../model/types';
import type { LrSchedule, SteKind } from '../state/modelLab';

/** The model the lab runs on: where its weights came from, its layers, and its FP32 accuracy on the test digits. */
export interface ModelInfo {
  weights: 'shipped' | 'trained' | 'own';
  /** File name(s) of the user's own weights; '' otherwise. */
  name: string;
  layers: { name: string; activation: LayerActivation; inDim: number; outDim: number }[];
  /** FP32 accuracy in [0, 1] on the test digits. */
  fp32: number;
  trainSize: number;
  testSize: number;
  /** Why training in the tab stopped early (a NaN loss: the last good weights are kept), if it did. */
  message?: ModelText;
}

/** Where calibration digits come from: `size` train digits drawn with `seed`. */
export interface CalibChoice {
  size: number;
  seed: number;
}

/** The PTQ table at weight bits `w` and activation bits `a`. */
export interface PtqTableRequest {
  w: number;
  a: number;
  calib: CalibChoice;
}

/** A sweep (sensitivity, partial quantization) around one PTQ configuration. */
export interface SweepRequest {
  base: PtqConfig;
  calib: CalibChoice;
}

/** The sensitivity sweep's rows, and the layers ordered from the most sensitive to the least. */
export interface Sensitivity {
  rows: SensitivityRow[];
  order: string[];
}

/** Partial quantization: keep the first k of `order` (most sensitive first) in float, for k = 0 … order.length. */
export interface PartialRequest extends SweepRequest {
  order: string[];
}

/** Which QAT run: the article's recipe (low LR, annealed) or the untuned one (the original LR). */
export type QatVariant = 'recipe' | 'untuned';

export interface QatRequest {
  variant: QatVariant;
  config: PtqConfig;
  epochs: number;
  /** Starting learning rate as a fraction of the original training's. */
  lrFactor: number;
  schedule: LrSchedule;
  ste: SteKind;
  /** Train digits per epoch. */
  subset: number;
  calib: CalibChoice;
}

/** A QAT run as the page sees it (the fine-tuned weights stay in the Worker). */
export interface QatSummary {
  variant: QatVariant;
  before: number;
  after: number;
  loss: number[];
  accuracyPerEpoch: number[];
  stopped: null | 'cancelled' | 'diverged';
  message?: ModelText;
}

/** Training from scratch in the tab. */
export interface TrainRequest {
  epochs: number;
  seed: number;
}

/** One layer's recorded input activations (calibration digits × features) and the range a calibrator chose for them. */
export interface RecordedActivations {
  name: string;
  shape: [number, number];
  data: Float32Array;
  range: { min: number; max: number };
}

/** The model Worker's methods (see src/worker/model.worker.ts). */
export interface ModelWorkerApi {
  /** Loads the digits (from the app at `base`) and the shipped model, once; later calls return the model in use. */
  init(base: string): ModelInfo;
  ptqTable(req: PtqTableRequest): PtqRow[];
  sensitivity(req: SweepRequest): Sensitivity;
  partial(req: PartialRequest): PartialRow[];
  /** Test accuracy of one configuration (e.g. the user's own keep-in-float list). */
  evaluate(config: PtqConfig, calib: CalibChoice): number;
  qat(req: QatRequest): QatSummary;
  /** Trains a new MLP from scratch and uses it (the shipped one is kept to switch back to). */
  train(req: TrainRequest): ModelInfo;
  /** Reads the user's MLP weights (safetensors, npz, tfjs); on a bad file throws and keeps the model in use. */
  loadWeights(files: File[]): ModelInfo;
  /** Switches back to the shipped, the trained or the user's model (one that was loaded before). */
  useWeights(which: ModelInfo['weights']): ModelInfo;
  /** The input activations of `layer` on the calibration digits, with the range `config`'s calibrator picks for them. */
  recorded(layer: string, config: PtqConfig, calib: CalibChoice): RecordedActivations;
}

/** How far a long call has come: `done` of `total` (configurations, layers, steps), a finished epoch's report, the step losses. */
export interface ModelProgress {
  phase: 'load' | 'ptq' | 'sensitivity' | 'partial' | 'qat' | 'train';
  done: number;
  total: number;
  epoch?: EpochReport;
  /** Training and QAT: the loss of every optimizer step so far. */
  losses?: number[];
}
