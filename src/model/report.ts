import { calibrationSubset } from './data/split';
import { defaultPtqConfigs, ptqConfig, uniqueConfigs } from './configs';
import { partialSweep, ptqTable, sensitivity, sensitivityOrder } from './lab';
import { evaluateFloat } from './mlp';
import { qatRecipe, runQat } from './qat';
import type { DigitsSplit, MlpWeights, PtqConfig, PtqRow, QatOptions } from './types';

/** One report.json PTQ row: weights and activations as configured (null = float), accuracy; `float`/`gelu10` only when used. */
export interface ReportPtqRow {
  weights: { bits: number; granularity: 'per-channel' | 'per-tensor' } | null;
  activations: { bits: number; method: string; mode: 'symmetric' | 'affine' } | null;
  float?: string[];
  gelu10?: boolean;
  /** The calibrated clipping range of each quantized layer input (real units), so numpy can redo the row. */
  ranges?: { layer: string; min: number; max: number }[];
  accuracy: number;
}

/** report.json (the format; `ranges`/`float`/`gelu10` on PTQ rows, `kind` on sensitivity rows and `qat.schedule/ste/untuned` are additions). */
export interface LabReport {
  fp32: { accuracy: number };
  ptq: ReportPtqRow[];
  sensitivity: { layer: string; bits: number; kind: 'only' | 'all-but'; accuracy: number }[];
  partial: { float: string[]; accuracy: number }[];
  qat: {
    bits: number;
    epochs: number;
    lr: number;
    schedule: string;
    ste: string;
    before: number;
    after: number;
    loss: number[];
    untuned: { lr: number; after: number; loss: number[] };
  };
}

/** A PTQ row in report.json's shape. */
export function reportPtqRow(row: PtqRow): ReportPtqRow {
  const c = row.config;
  return {
    weights: c.weights ? { ...c.weights } : null,
    activations: c.activations ? { ...c.activations } : null,
    ...(c.float.length ? { float: c.float.slice() } : {}),
    ...(c.gelu10 ? { gelu10: true } : {}),
    ...(row.calibration ? { ranges: row.calibration.filter((r) => !c.float.includes(r.layer)).map((r) => ({ ...r })) } : {}),
    accuracy: row.accuracy,
  };
}

/** What the headless lab runs: the table's low widths, the config the later stages use, QAT epochs cap and train subset. */
export interface LabOptions {
  wLow: number;
  aLow: number;
  /** The low-width configuration for sensitivity, partial quantization and QAT. */
  low: PtqConfig;
  calibSize: number;
  qat?: Partial<QatOptions>;
  log?: (line: string) => void;
}

/** Default: the 4-bit table plus the 3-bit rows, and W3A3 (per-tensor weights, max-calibrated symmetric activations) as the stage config. */
export const DEFAULT_LAB: LabOptions = {
  wLow: 4,
  aLow: 4,
  low: ptqConfig({ bits: 3, granularity: 'per-tensor' }, { bits: 3, method: 'max', mode: 'symmetric' }),
  calibSize: 512,
};

/** The table's rows: the default rows at the low widths, then the low-width rows of the stage config's widths. */
export function labConfigs(opts: Pick<LabOptions, 'wLow' | 'aLow' | 'low'>): PtqConfig[] {
  const wb = opts.low.weights?.bits ?? opts.wLow;
  const ab = opts.low.activations?.bits ?? opts.aLow;
  return uniqueConfigs([...defaultPtqConfigs(opts.wLow, opts.aLow), ...defaultPtqConfigs(wb, ab), opts.low]);
}

/** The whole workflow on one model: FP32 → PTQ table → sensitivity → partial → QAT (recipe and untuned), as report.json. */
export async function runLab(model: MlpWeights, data: DigitsSplit, opts: LabOptions = DEFAULT_LAB): Promise<LabReport> {
  const log = opts.log ?? (() => undefined);
  const calib = calibrationSubset(data.train, opts.calibSize);
  const fp32 = await evaluateFloat(model, data.test);
  log(`fp32 ${fp32}`);
  const table = await ptqTable(model, calib, data.test, labConfigs(opts));
  log(`ptq ${table.length} rows`);
  const sens = await sensitivity(model, calib, data.test, opts.low);
  const partial = await partialSweep(model, calib, data.test, opts.low, sensitivityOrder(sens));
  log('sensitivity, partial done');
  const recipe = { ...qatRecipe(opts.low, 'recipe'), calibSize: opts.calibSize, ...opts.qat };
  const tuned = await runQat(model, data.train, data.test, recipe, (e) => log(`qat epoch ${e.epoch}: loss ${e.loss} acc ${e.accuracy}`));
  const untunedOpts = { ...qatRecipe(opts.low, 'untuned'), calibSize: opts.calibSize, ...opts.qat, lr: qatRecipe(opts.low, 'untuned').lr };
  const untuned = await runQat(model, data.train, data.test, untunedOpts);
  log(`qat ${tuned.before} -> ${tuned.after} (untuned ${untuned.after})`);
  return {
    fp32: { accuracy: fp32 },
    ptq: table.map(reportPtqRow),
    sensitivity: sens.map((r) => ({ layer: r.layer, bits: r.bits, kind: r.kind, accuracy: r.accuracy })),
    partial: partial.map((r) => ({ float: r.float, accuracy: r.accuracy })),
    qat: {
      bits: opts.low.weights?.bits ?? opts.low.activations?.bits ?? 32,
      epochs: recipe.epochs,
      lr: recipe.lr,
      schedule: recipe.schedule,
      ste: recipe.ste,
      before: tuned.before,
      after: tuned.after,
      loss: tuned.loss,
      untuned: { lr: untunedOpts.lr, after: untuned.after, loss: untuned.loss },
    },
  };
}
