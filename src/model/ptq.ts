import type { tf } from '../core/tf';
import { modelError } from './errors';
import { calibrateMany } from '../core/calib/calibrate';
import { codes, dequantizeCodes } from '../core/quant/fakeQuantize';
import type { QuantParams } from '../core/types';
import { accuracyOf, disposeLayers, layerTensor, predictClasses, recordActivations, type InputHook } from './mlp';
import { activationParams, activationSpec, calibMethod, fakeQuantWeight } from './quantizers';
import type { ActivationQuant, Calibration, Digits, Evaluation, MlpWeights, PtqConfig } from './types';

/** Inputs of every dense layer on the calibration digits (float model), in layer order. */
export type RecordedInputs = Float32Array[];

/** Records every dense layer's input on the calibration digits (float model; GELU10 when gelu10). */
export async function recordInputs(model: MlpWeights, calib: Digits, gelu10: boolean): Promise<RecordedInputs> {
  const out: Float32Array[] = [];
  for (const l of model.layers) out.push(await recordActivations(model, calib, l.name, gelu10));
  return out;
}

/** Calibrated ranges of every layer input for several methods at once (one histogram pass per layer): result[m][layer]. */
export function calibrateRecorded(
  model: MlpWeights,
  inputs: RecordedInputs,
  methods: readonly string[],
  a: Pick<ActivationQuant, 'bits' | 'mode'>,
): Calibration[] {
  const spec = activationSpec(a);
  const perLayer = inputs.map((x) => calibrateMany(x, methods.map(calibMethod), spec));
  return methods.map((_, m) => model.layers.map((l, i) => ({ layer: l.name, min: perLayer[i][m].min, max: perLayer[i][m].max })));
}

/** Calibrated clipping range of every dense layer's input on the calibration digits (float model, GELU10 if asked). */
export async function calibrateActivations(model: MlpWeights, calib: Digits, a: ActivationQuant, gelu10 = false): Promise<Calibration> {
  return calibrateRecorded(model, await recordInputs(model, calib, gelu10), [a.method], a)[0];
}

/** Fake-quantizes layer inputs with fixed per-tensor params (null = leave float), the core's tf ops (bit-identical to fakeQuantize). */
export function inputHook(params: readonly (QuantParams | null)[]): InputHook {
  return (i, x) => {
    const p = params[i];
    return p ? (dequantizeCodes(codes(x, p), p) as tf.Tensor2D) : x;
  };
}

/** Per-layer activation params of a config (null for float layers or when activations stay float). */
export function configInputParams(model: MlpWeights, cfg: PtqConfig, calibration: Calibration | null): (QuantParams | null)[] {
  const a = cfg.activations;
  return model.layers.map((l) => {
    if (!a || cfg.float.includes(l.name)) return null;
    const r = calibration?.find((c) => c.layer === l.name);
    if (!r) throw modelError('noCalibratedRange', { layer: l.name });
    return activationParams(r, a);
  });
}

/** Test accuracy of the model under a PTQ config; `calibration` holds the activation ranges (needed when cfg.activations). */
export async function evaluatePtq(model: MlpWeights, test: Digits, cfg: PtqConfig, calibration: Calibration | null): Promise<Evaluation> {
  for (const name of cfg.float) if (!model.layers.some((l) => l.name === name)) throw modelError('noKeepFloatLayer', { layer: name });
  const hook = inputHook(configInputParams(model, cfg, calibration));
  const layers = model.layers.map((l) =>
    layerTensor(l, cfg.weights && !cfg.float.includes(l.name) ? fakeQuantWeight(l, cfg.weights) : l.weight),
  );
  try {
    return { accuracy: accuracyOf(await predictClasses(layers, test, cfg.gelu10, hook), test.y) };
  } finally {
    disposeLayers(layers);
  }
}
