import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../core';
import { tf } from '../core/tf';
import { defaultPtqConfigs, ptqConfig } from './configs';
import { decodeDigitsFile } from './data/digitsFile';
import { mnistDigitsFile } from '../cli/nodeDigits';
import { calibrationSubset, headDigits, splitDigits } from './data/split';
import { partialSweep, ptqTable, sensitivity, sensitivityOrder } from './lab';
import { evaluateFloat, recordActivations } from './mlp';
import { labConfigs, DEFAULT_LAB, reportPtqRow } from './report';
import { mlpFromBytes } from './serialize';
import type { MlpWeights } from './types';
import { SHIPPED_WEIGHTS_URL } from './weights/shipped';

const { train, test: allTest } = splitDigits(decodeDigitsFile(mnistDigitsFile()));
const test = headDigits(allTest, 400);
const calib = calibrationSubset(train, 128);
const w3a3 = ptqConfig({ bits: 3, granularity: 'per-tensor' }, { bits: 3, method: 'max', mode: 'symmetric' });
let model: MlpWeights;

beforeAll(async () => {
  await initBackend({ preferGpu: false });
  model = await mlpFromBytes(readFileSync(fileURLToPath(SHIPPED_WEIGHTS_URL)));
});

describe('lab sweeps', () => {
  it('the default table has ≥ 30 distinct rows with weight-only rows at 8 and 4 bits and W8A8 with every calibrator', () => {
    const rows = defaultPtqConfigs();
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(rows.filter((r) => !r.activations && r.weights).map((r) => r.weights?.bits)).toEqual([8, 8, 4, 4]);
    expect(
      rows
        .filter(
          (r) =>
            r.weights?.bits === 8 &&
            r.activations?.bits === 8 &&
            r.activations.mode === 'symmetric' &&
            !r.gelu10 &&
            r.weights.granularity === 'per-channel',
        )
        .map((r) => r.activations?.method),
    ).toEqual(['max', 'percentile-99.9', 'percentile-99.99', 'percentile-99.999', 'percentile-99.9999', 'entropy', 'mse', 'histogram']);
    expect(labConfigs(DEFAULT_LAB).length).toBeGreaterThan(rows.length);
  });

  it('sensitivity rows agree with the table: all layers in float is FP32, no layer in float is the full config', async () => {
    const fp32 = await evaluateFloat(model, test);
    const [full] = await ptqTable(model, calib, test, [w3a3]);
    const sens = await sensitivity(model, calib, test, w3a3);
    expect(sens.map((r) => `${r.layer}:${r.kind}`)).toEqual([
      'fc1:only',
      'fc1:all-but',
      'fc2:only',
      'fc2:all-but',
      'fc3:only',
      'fc3:all-but',
    ]);
    const order = sensitivityOrder(sens);
    expect(new Set(order)).toEqual(new Set(['fc1', 'fc2', 'fc3']));
    const partial = await partialSweep(model, calib, test, w3a3, order);
    expect(partial.map((p) => p.k)).toEqual([0, 1, 2, 3]);
    expect(partial[0].accuracy).toBe(full.accuracy);
    expect(partial[3].accuracy).toBe(fp32);
    const allButMostSensitive = sens.find((r) => r.layer === order[0] && r.kind === 'all-but');
    expect(partial[1].accuracy).toBe(allButMostSensitive?.accuracy);
    const row = reportPtqRow(full);
    expect(row).toMatchObject({
      weights: { bits: 3, granularity: 'per-tensor' },
      activations: { bits: 3, method: 'max', mode: 'symmetric' },
      accuracy: full.accuracy,
    });
    expect(row.ranges?.map((r) => r.layer)).toEqual(['fc1', 'fc2', 'fc3']);
    expect(row.ranges?.[0]).toEqual({ layer: 'fc1', min: -1, max: 1 }); // pixels in [0, 1], max calibration, symmetric
  });

  it('a sweep stops with an AbortError when cancelled, and sweeps leave no tensor behind', async () => {
    const before = tf.memory().numTensors;
    const ctrl = new AbortController();
    const run = ptqTable(model, calib, test, defaultPtqConfigs(), (done) => done === 2 && ctrl.abort(), ctrl.signal);
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    await sensitivity(model, calib, test, w3a3);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('records a layer input for the Explorer ([n, inDim]) and names unknown layers', async () => {
    const x = await recordActivations(model, calib, 'fc2');
    expect(x.length).toBe(calib.n * model.layers[1].inDim);
    expect(Math.min(...x.slice(0, 5000))).toBeGreaterThan(-0.2); // GELU's minimum is ≈ −0.17
    await expect(recordActivations(model, calib, 'fc9')).rejects.toThrow('no layer named "fc9" (layers: fc1, fc2, fc3)');
  });
});
