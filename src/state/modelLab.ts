import { create } from 'zustand';
import { ACTIVATION_METHODS } from '../model/methods';

/** Bit widths the model lab offers for weights and activations (each chosen independently). */
export const MODEL_MIN_BITS = 2;
export const MODEL_MAX_BITS = 8;

/** Calibrators the model lab offers (the engine's method names), plus max after replacing GELU by GELU10. */
export const MODEL_CALIBRATORS = [...ACTIVATION_METHODS, 'max-gelu10'] as const;
export type ModelCalibrator = (typeof MODEL_CALIBRATORS)[number];

export const WEIGHT_GRANULARITIES = ['per-tensor', 'per-channel'] as const;
export type WeightGranularity = (typeof WEIGHT_GRANULARITIES)[number];

/** Most epochs a model may be trained from scratch for in the tab. */
export const MAX_TRAIN_EPOCHS = 50;

/**
 * Which weights the lab runs on: the shipped MLP, one trained here from scratch (epochs, seed: deterministic, so a
 * link retrains the same model), or the user's own files (named only: files never travel with links).
 */
export type ModelWeights = { kind: 'shipped' } | { kind: 'trained'; epochs: number; seed: number } | { kind: 'own'; name: string };

/** The text a link carries for `w`: `shipped`, `trained-<epochs>-<seed>` or `own-<file names>`. */
export function weightsId(w: ModelWeights): string {
  if (w.kind === 'trained') return `trained-${w.epochs}-${w.seed}`;
  return w.kind === 'own' ? `own-${w.name}` : 'shipped';
}

export type SteKind = 'clipped' | 'identity';
export type LrSchedule = 'cosine' | 'linear';

/** QAT settings: epochs of fine-tuning, learning rate, its annealing, the STE, and how many train digits per epoch. */
export interface QatSettings {
  epochs: number;
  /** Starting learning rate as a fraction of the original training's (the article's recipe: about 0.01). */
  lrFactor: number;
  schedule: LrSchedule;
  ste: SteKind;
  /** Train digits per epoch (a subset makes a classroom run quick); at most 8,000. */
  subset: number;
}

/** The model lab's inputs: everything that shapes its results and goes into a link; results live in useModelResults. */
export interface ModelLabInputs {
  /** The model whose weights the lab quantizes. */
  weights: ModelWeights;
  weightBits: number;
  actBits: number;
  /** Weight granularity of the workflow's configuration (the PTQ table shows both). */
  granularity: WeightGranularity;
  /** The calibrator used by sensitivity, partial quantization and QAT (the PTQ table shows them all). */
  calibrator: ModelCalibrator;
  /** Train digits drawn for calibration. */
  calibSize: number;
  /** Layer names kept in float (partial quantization), in the order the user chose them. */
  keepFloat: string[];
  qat: QatSettings;
  /** Seed of the calibration subset, the QAT shuffling and training from scratch. */
  seed: number;
}

export interface ModelLabActions {
  setModelLab(inputs: Partial<Omit<ModelLabInputs, 'qat'>>): void;
  setQat(qat: Partial<QatSettings>): void;
  /** Adds a layer to the keep-in-float list, or removes it when already there. */
  toggleKeepFloat(layer: string): void;
}

export const DEFAULT_MODEL_LAB: ModelLabInputs = {
  weights: { kind: 'shipped' },
  weightBits: 4,
  actBits: 4,
  granularity: 'per-tensor',
  calibrator: 'max',
  calibSize: 512,
  keepFloat: [],
  qat: { epochs: 1, lrFactor: 0.01, schedule: 'cosine', ste: 'clipped', subset: 8000 },
  seed: 1,
};

export const useModelLab = create<ModelLabInputs & ModelLabActions>()((set) => ({
  ...DEFAULT_MODEL_LAB,
  setModelLab: (inputs) => set(inputs),
  setQat: (qat) => set((s) => ({ qat: { ...s.qat, ...qat } })),
  toggleKeepFloat: (layer) =>
    set((s) => ({ keepFloat: s.keepFloat.includes(layer) ? s.keepFloat.filter((l) => l !== layer) : [...s.keepFloat, layer] })),
}));

/** The inputs alone (no actions), e.g. for the link. */
export function modelLabInputs(s: ModelLabInputs): ModelLabInputs {
  const { weights, weightBits, actBits, granularity, calibrator, calibSize, keepFloat, qat, seed } = s;
  return { weights, weightBits, actBits, granularity, calibrator, calibSize, keepFloat, qat, seed };
}
