/**
 * PTQ accuracies of the shipped model against an independent PyTorch 1.13 computation on the same weights and digits
 * (tests/fixtures/model/ptq_reference.json, written by scripts/fixtures/gen_model_ref.py from `npm run lab` output).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../core';
import { ptqConfig } from './configs';
import { decodeDigitsFile } from './data/digitsFile';
import { mnistDigitsFile } from '../cli/nodeDigits';
import { calibrationSubset, splitDigits } from './data/split';
import { evaluateFloat } from './mlp';
import { ptqTable } from './lab';
import { DEFAULT_LAB, labConfigs, reportPtqRow } from './report';
import { calibrateActivations, evaluatePtq } from './ptq';
import { mlpFromBytes } from './serialize';
import type { ActivationQuant, MlpWeights, WeightQuant } from './types';
import { SHIPPED_WEIGHTS_URL } from './weights/shipped';

interface RefRow {
  weights?: WeightQuant;
  activations?: ActivationQuant;
  gelu10?: boolean;
  accuracy: number;
}
const ref = JSON.parse(readFileSync(new URL('../../tests/fixtures/model/ptq_reference.json', import.meta.url), 'utf8')) as {
  n: number;
  rows: RefRow[];
  reportRows: (RefRow & { float?: string[] })[];
};

const { train, test } = splitDigits(decodeDigitsFile(mnistDigitsFile()));
const calib = calibrationSubset(train);
let model: MlpWeights;

/** The lab's accuracy for a reference row (activations max-calibrated on the default 512-digit subset). */
async function labAccuracy(r: Omit<RefRow, 'accuracy'>): Promise<number> {
  const cfg = ptqConfig(r.weights ?? null, r.activations ?? null, r.gelu10 ?? false);
  const cal = cfg.activations ? await calibrateActivations(model, calib, cfg.activations, cfg.gelu10) : null;
  return (await evaluatePtq(model, test, cfg, cal)).accuracy;
}

beforeAll(async () => {
  await initBackend({ preferGpu: false });
  model = await mlpFromBytes(readFileSync(fileURLToPath(SHIPPED_WEIGHTS_URL)));
});

describe('PTQ accuracies of the shipped model match PyTorch', () => {
  it('uses the same 2,000 test digits', () => {
    expect(ref.n).toBe(test.n);
  });
  for (const r of ref.rows) {
    const name = `${r.weights ? `W${r.weights.bits} ${r.weights.granularity}` : 'W float'}, ${r.activations ? `A${r.activations.bits} max ${r.activations.mode}` : 'A float'}${r.gelu10 ? ', GELU10' : ''}`;
    it(`${name}: within one digit of torch (${(100 * r.accuracy).toFixed(2)} %)`, async () => {
      expect(Math.abs((await labAccuracy(r)) - r.accuracy)).toBeLessThanOrEqual(1 / test.n + 1e-9);
    });
  }
});

describe("every row of the lab's PTQ table matches torch redoing it from the row's own calibrated ranges", () => {
  it(`${ref.reportRows.length} rows, every calibrator, within one digit`, async () => {
    const rows = await ptqTable(model, calib, test, labConfigs(DEFAULT_LAB));
    expect(rows.length).toBe(ref.reportRows.length);
    rows.forEach((r, i) => {
      const { accuracy, ...config } = ref.reportRows[i];
      expect(reportPtqRow(r)).toMatchObject(config);
      expect(Math.abs(r.accuracy - accuracy)).toBeLessThanOrEqual(1 / test.n + 1e-9);
    });
  });
});

describe('what the shipped model shows', () => {
  it('FP32 ≥ 95 %; W8A8 (max) within 0.5 pt of FP32; W3A3 per-tensor max drops by more than 5 pt', async () => {
    const fp32 = await evaluateFloat(model, test);
    expect(fp32).toBeGreaterThanOrEqual(0.95);
    const w8a8 = await labAccuracy({
      weights: { bits: 8, granularity: 'per-channel' },
      activations: { bits: 8, method: 'max', mode: 'symmetric' },
    });
    expect(Math.abs(fp32 - w8a8)).toBeLessThanOrEqual(0.005);
    const w3a3 = await labAccuracy({
      weights: { bits: 3, granularity: 'per-tensor' },
      activations: { bits: 3, method: 'max', mode: 'affine' },
    });
    expect(fp32 - w3a3).toBeGreaterThan(0.05);
  });
});
