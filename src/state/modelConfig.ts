import { ptqConfig } from '../model/configs';
import type { PtqConfig, PtqRow } from '../model/types';
import type { ModelCalibrator, ModelLabInputs } from './modelLab';
import type { CalibChoice, ModelInfo } from '../worker/modelApi';

/** The engine's activation method and GELU10 switch a calibrator id stands for. */
export function calibratorMethod(c: ModelCalibrator): { method: string; gelu10: boolean } {
  return c === 'max-gelu10' ? { method: 'max', gelu10: true } : { method: c, gelu10: false };
}

/** The calibrator id of a PTQ configuration's activations, or null when they stay in float. */
export function configCalibrator(cfg: PtqConfig): ModelCalibrator | null {
  if (!cfg.activations) return null;
  return (cfg.gelu10 && cfg.activations.method === 'max' ? 'max-gelu10' : cfg.activations.method) as ModelCalibrator;
}

/**
 * The configuration the workflow builds on: weights at the chosen bits and granularity, symmetric activations at the
 * chosen bits calibrated by the chosen calibrator, every layer quantized (`float` empty).
 */
export function baseConfig(inputs: Pick<ModelLabInputs, 'weightBits' | 'actBits' | 'granularity' | 'calibrator'>): PtqConfig {
  const { method, gelu10 } = calibratorMethod(inputs.calibrator);
  return ptqConfig(
    { bits: inputs.weightBits, granularity: inputs.granularity },
    { bits: inputs.actBits, method, mode: 'symmetric' },
    gelu10,
  );
}

/**
 * Index of the best row: the highest accuracy among rows that quantize weights to `w` bits and activations to `a`
 * bits (the widths the lab is looking at; the first of a tie); among all rows quantizing both when none does; -1 when
 * no row quantizes both.
 */
export function bestRow(rows: readonly Pick<PtqRow, 'config' | 'accuracy'>[], w: number, a: number): number {
  const both = (r: Pick<PtqRow, 'config'>) => r.config.weights !== null && r.config.activations !== null;
  const atWidth = (r: Pick<PtqRow, 'config'>) => both(r) && r.config.weights?.bits === w && r.config.activations?.bits === a;
  const eligible = rows.some(atWidth) ? atWidth : both;
  let best = -1;
  rows.forEach((r, i) => {
    if (eligible(r) && (best < 0 || r.accuracy > rows[best].accuracy)) best = i;
  });
  return best;
}

/** Identity of the model in use: results computed on another model are never shown as current. */
export const modelKey = (info: ModelInfo): string => `${info.weights}:${info.name}:${info.fp32}`;
/** Identity of the PTQ table's inputs. */
export const ptqKey = (info: ModelInfo, s: ModelLabInputs): string =>
  `${modelKey(info)}|W${s.weightBits}A${s.actBits}|${s.calibSize}:${s.seed}`;
/** Identity of the sweeps' inputs (the table's plus the granularity and calibrator they use). */
export const sweepKey = (info: ModelInfo, s: ModelLabInputs): string => `${ptqKey(info, s)}|${s.granularity}|${s.calibrator}`;
/** Identity of a QAT run's inputs. */
export const qatKey = (info: ModelInfo, s: ModelLabInputs): string =>
  `${sweepKey(info, s)}|${s.keepFloat.join('+')}|${JSON.stringify(s.qat)}`;

/** The calibration digits the inputs ask for. */
export const calibOf = (s: ModelLabInputs): CalibChoice => ({ size: s.calibSize, seed: s.seed });

/** The configuration sensitivity, partial quantization and QAT start from, with the user's keep-in-float list. */
export const workflowConfig = (s: ModelLabInputs): PtqConfig => ({ ...baseConfig(s), float: s.keepFloat });
