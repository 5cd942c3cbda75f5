import { describe, expect, it } from 'vitest';
import type { PtqConfig, PtqRow } from '../../model/types';
import { DEFAULT_MODEL_LAB } from '../../state/modelLab';
import { baseConfig, bestRow, calibratorMethod, configCalibrator, ptqKey, sweepKey } from '../../state/modelConfig';
import type { ModelInfo, QatSummary } from '../../worker/modelApi';
import { numberChoices } from './ChoiceSelect';
import { keepFloatJson, selectedK } from './keepFloat';
import { qatSeries } from './qatSeries';
import { barFloor, barFraction, nextOrder, sortRows, tableRows } from './tableRows';
import { workflowStages } from './workflowStages';

const cfg = (w: number | null, a: number | null, method = 'max', gelu10 = false): PtqConfig => ({
  weights: w === null ? null : { bits: w, granularity: 'per-channel' },
  activations: a === null ? null : { bits: a, method, mode: 'symmetric' },
  float: [],
  gelu10,
});
const info: ModelInfo = {
  weights: 'shipped',
  name: 'mlp.safetensors',
  layers: [
    { name: 'fc1', activation: 'gelu', inDim: 784, outDim: 128 },
    { name: 'fc2', activation: 'gelu', inDim: 128, outDim: 64 },
    { name: 'fc3', activation: 'linear', inDim: 64, outDim: 10 },
  ],
  fp32: 0.963,
  trainSize: 8000,
  testSize: 2000,
};
const summary = (variant: 'recipe' | 'untuned', after: number): QatSummary => ({
  variant,
  before: 0.944,
  after,
  loss: [0.3, 0.2],
  accuracyPerEpoch: [after],
  stopped: null,
});

describe('model lab configurations', () => {
  it('map calibrator ids to the engine’s method and the GELU10 switch, and back', () => {
    expect(calibratorMethod('max-gelu10')).toEqual({ method: 'max', gelu10: true });
    expect(calibratorMethod('percentile-99.99')).toEqual({ method: 'percentile-99.99', gelu10: false });
    expect(configCalibrator(cfg(4, 4, 'max', true))).toBe('max-gelu10');
    expect(configCalibrator(cfg(4, 4, 'entropy'))).toBe('entropy');
    expect(configCalibrator(cfg(4, null))).toBeNull();
  });
  it('build the base configuration from the lab’s bits, granularity and calibrator: symmetric activations, nothing in float', () => {
    expect(baseConfig({ weightBits: 3, actBits: 6, granularity: 'per-channel', calibrator: 'max-gelu10' })).toEqual({
      weights: { bits: 3, granularity: 'per-channel' },
      activations: { bits: 6, method: 'max', mode: 'symmetric' },
      float: [],
      gelu10: true,
    });
  });
  it('mark the best row at the widths in view, among rows that quantize both weights and activations', () => {
    const rows: PtqRow[] = [
      { config: cfg(8, null), accuracy: 0.99 },
      { config: cfg(8, 8), accuracy: 0.97 },
      { config: cfg(4, 4), accuracy: 0.9 },
      { config: cfg(4, 4, 'mse'), accuracy: 0.95 },
      { config: cfg(4, 4, 'entropy'), accuracy: 0.95 },
      { config: cfg(null, 4), accuracy: 0.97 },
    ];
    expect(bestRow(rows, 4, 4)).toBe(3); // the first of the tie
    expect(bestRow(rows, 8, 8)).toBe(1);
    expect(bestRow(rows, 3, 3)).toBe(1); // no row at W3A3: the best of all rows quantizing both
    expect(bestRow([{ config: cfg(8, null), accuracy: 1 }], 8, 8)).toBe(-1);
  });
  it('key results by model, bits, calibration digits and seed, and the sweeps also by calibrator', () => {
    const other = { ...DEFAULT_MODEL_LAB, calibrator: 'mse' as const };
    expect(ptqKey(info, DEFAULT_MODEL_LAB)).toBe(ptqKey(info, other));
    expect(sweepKey(info, DEFAULT_MODEL_LAB)).not.toBe(sweepKey(info, other));
    expect(sweepKey(info, DEFAULT_MODEL_LAB)).not.toBe(sweepKey(info, { ...DEFAULT_MODEL_LAB, granularity: 'per-channel' }));
    expect(ptqKey(info, DEFAULT_MODEL_LAB)).not.toBe(ptqKey({ ...info, weights: 'trained' }, DEFAULT_MODEL_LAB));
    expect(ptqKey(info, DEFAULT_MODEL_LAB)).not.toBe(ptqKey(info, { ...DEFAULT_MODEL_LAB, seed: 2 }));
  });
});

describe('the PTQ table rows', () => {
  const ptq: PtqRow[] = [
    { config: cfg(8, null), accuracy: 0.962 },
    { config: cfg(4, 4), accuracy: 0.944 },
    { config: cfg(4, 4, 'mse'), accuracy: 0.95 },
  ];
  it('put FP32 first, then PTQ, then QAT; the best quantized row (QAT here) is marked once', () => {
    const rows = tableRows(0.963, ptq, [{ config: cfg(4, 4), summary: summary('recipe', 0.958) }], 4, 4);
    expect(rows.map((r) => r.kind)).toEqual(['fp32', 'ptq', 'ptq', 'ptq', 'qat']);
    expect(rows.filter((r) => r.best).map((r) => r.key)).toEqual(['qat-recipe']);
  });
  it('sort by accuracy both ways, keeping ties in table order, and cycle through the orders', () => {
    const rows = tableRows(0.963, [...ptq, { config: cfg(4, 4, 'entropy'), accuracy: 0.944 }], [], 4, 4);
    expect(sortRows(rows, 'desc').map((r) => r.accuracy)).toEqual([0.963, 0.962, 0.95, 0.944, 0.944]);
    const asc = sortRows(rows, 'asc');
    expect(asc.map((r) => r.accuracy)).toEqual([0.944, 0.944, 0.95, 0.962, 0.963]);
    expect(asc[0].config?.activations?.method).toBe('max'); // the earlier of the tie first
    expect(sortRows(rows, 'table')).toEqual(rows);
    expect([nextOrder('table'), nextOrder('desc'), nextOrder('asc')]).toEqual(['desc', 'asc', 'table']);
  });
});

describe('accuracy bars', () => {
  it('start 5 points below the lowest accuracy, so a 73.8 % row is much shorter than a 96.9 % one', () => {
    const floor = barFloor([0.9685, 0.738, 0.97]);
    expect(floor).toBeCloseTo(0.688, 12);
    expect(barFraction(0.738, floor)).toBeCloseTo(0.05 / 0.312, 12);
    expect(barFraction(1, floor)).toBe(1);
    expect(barFloor([0.02])).toBe(0);
    expect(barFraction(0.5, 1)).toBe(1);
  });
});

describe('partial quantization helpers', () => {
  const rows = [
    { k: 0, float: [], accuracy: 0.944 },
    { k: 1, float: ['fc3'], accuracy: 0.958 },
    { k: 2, float: ['fc3', 'fc2'], accuracy: 0.963 },
  ];
  it('find the row whose list is the keep-in-float list, in any order', () => {
    expect(selectedK(rows, ['fc2', 'fc3'])).toBe(2);
    expect(selectedK(rows, [])).toBe(0);
    expect(selectedK(rows, ['fc1'])).toBeNull();
  });
  it('export the list as JSON with the quantization it is kept out of', () => {
    const doc = JSON.parse(
      keepFloatJson({ ...DEFAULT_MODEL_LAB, keepFloat: ['fc2'], calibrator: 'max-gelu10', granularity: 'per-channel' }, info),
    );
    expect(doc).toEqual({
      float: ['fc2'],
      layers: ['fc1', 'fc2', 'fc3'],
      weights: { bits: 4, granularity: 'per-channel' },
      activations: { bits: 4, method: 'max', mode: 'symmetric', gelu10: true },
    });
  });
});

describe('the workflow stages', () => {
  const words = { stage: (id: string) => id, all: 'all', keep: (l: string[]) => `keep ${l.join('+')}` };
  const inputs = DEFAULT_MODEL_LAB;
  const results = {
    ptq: {
      key: ptqKey(info, inputs),
      value: [
        { config: cfg(8, 8), accuracy: 0.96 },
        { config: baseConfig(inputs), accuracy: 0.944 },
      ],
    },
    partial: {
      key: sweepKey(info, inputs),
      value: [
        { k: 0, float: [], accuracy: 0.944 },
        { k: 1, float: ['fc2'], accuracy: 0.958 },
        { k: 2, float: ['fc2', 'fc3'], accuracy: 0.963 },
        { k: 3, float: ['fc2', 'fc3', 'fc1'], accuracy: 0.963 },
      ],
    },
    keepFloat: null,
    qat: {},
  };
  it('take PTQ from the base row, sensitivity from k = 1, partial from the best k short of all layers, QAT not run', () => {
    const stages = workflowStages(info, inputs, results, words);
    expect(stages.map((s) => [s.id, s.accuracy, s.detail])).toEqual([
      ['ptq', 0.944, 'all'],
      ['sensitivity', 0.958, 'keep fc2'],
      ['partial', 0.963, 'keep fc2+fc3'],
      ['qat', null, 'all'],
    ]);
  });
  it('show nothing for results of other inputs', () => {
    const stages = workflowStages(info, { ...inputs, weightBits: 3 }, results, words);
    expect(stages.map((s) => s.accuracy)).toEqual([null, null, null, null]);
  });
  it('use the user’s keep-in-float list once it is evaluated', () => {
    const mine = { ...inputs, keepFloat: ['fc1'] };
    const stages = workflowStages(info, mine, { ...results, keepFloat: { key: `${sweepKey(info, mine)}|fc1`, value: 0.95 } }, words);
    expect(stages[2]).toMatchObject({ accuracy: 0.95, detail: 'keep fc1' });
  });
});

describe('QAT series', () => {
  it('come from the step losses and epoch reports while running, then from the summary', () => {
    const running = {
      key: 'k',
      config: cfg(4, 4),
      epochs: [{ epoch: 1, epochs: 2, loss: 0.3, accuracy: 0.95, stepLosses: [0.4, 0.2] }],
      losses: [0.4, 0.2, 0.25],
      summary: null,
    };
    expect(qatSeries({ recipe: running }, (v) => v)).toEqual([{ id: 'recipe', label: 'recipe', loss: [0.4, 0.2, 0.25], accuracy: [0.95] }]);
    const done = { ...running, summary: summary('recipe', 0.958) };
    expect(qatSeries({ recipe: done, untuned: undefined }, (v) => v)[0]).toMatchObject({ loss: [0.3, 0.2], accuracy: [0.958] });
  });
});

describe('numberChoices', () => {
  it('lists the choices ascending, with a linked value that is not among them, each once', () => {
    expect(numberChoices([0.01, 0.001, 1], 0.005).map((o) => o.value)).toEqual([0.001, 0.005, 0.01, 1]);
    expect(numberChoices([256, 1000], 1000)).toEqual([
      { value: 256, text: '256' },
      { value: 1000, text: '1000' },
    ]);
  });
});
