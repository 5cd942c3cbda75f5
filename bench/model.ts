/** `npx tsx bench/model.ts`: the model lab's speed in Node (tfjs wasm, single thread). Prints figures; asserts nothing. */
import { nodeBackend, shippedModel } from '../src/cli/nodeSetup';
import { tf } from '../src/core/tf';
import { PIXELS } from '../src/model/data/digitsFile';
import { nodeDigitsSplit } from '../src/cli/nodeSplit';
import { calibrationSubset } from '../src/model/data/split';
import { calibrateActivations, configInputParams, evaluatePtq } from '../src/model/ptq';
import { defaultPtqConfigs, ptqConfig } from '../src/model/configs';
import { ptqTable, sensitivity } from '../src/model/lab';
import { qatLogits, runQat, qatRecipe } from '../src/model/qat';
import { floatLogits } from '../src/model/train';
import { DEFAULT_LAB } from '../src/model/report';
import type { VarLayer } from '../src/model/trainLoop';
import { medianMs } from './timing';

const backend = await nodeBackend();
const model = await shippedModel();
const { train, test } = nodeDigitsSplit();
const calib = calibrationSubset(train);
const ms = (v: number): string => `${v.toFixed(0)} ms`;
console.log(`Model lab bench — Node ${process.version}, tfjs ${backend}; MLP ${model.layers.map((l) => l.inDim).join('-')}-10`);

const a8 = { bits: 8, method: 'max', mode: 'symmetric' } as const;
const w8a8 = ptqConfig({ bits: 8, granularity: 'per-channel' }, a8);
const cal = await calibrateActivations(model, calib, a8, false);
console.log(`one PTQ evaluation (W8A8 max, ${test.n} digits): ${ms(await medianMs(() => evaluatePtq(model, test, w8a8, cal), 7))}`);

const configs = defaultPtqConfigs();
let t0 = performance.now();
await ptqTable(model, calib, test, configs);
console.log(`PTQ table, ${configs.length} configs incl. calibration on ${calib.n} digits: ${ms(performance.now() - t0)}`);

t0 = performance.now();
const sens = await sensitivity(model, calib, test, DEFAULT_LAB.low);
console.log(`sensitivity sweep (${sens.length} evaluations incl. calibration): ${ms(performance.now() - t0)}`);

// Forward passes over the 8,000 train digits in training-size batches: float vs fake-quantized (QAT's forward).
const vars: VarLayer[] = model.layers.map((l) => ({
  w: tf.variable(tf.tensor2d(l.weight, [l.outDim, l.inDim])),
  b: tf.variable(tf.tensor1d(l.bias)),
  activation: l.activation,
}));
const batch = qatRecipe(DEFAULT_LAB.low).batchSize;
const low = DEFAULT_LAB.low;
const qcal = low.activations ? await calibrateActivations(model, calib, low.activations, low.gelu10) : null;
const fq = qatLogits(model, DEFAULT_LAB.low, configInputParams(model, DEFAULT_LAB.low, qcal), 'clipped');
const sweep = async (f: (l: readonly VarLayer[], x: tf.Tensor2D) => tf.Tensor2D): Promise<void> => {
  for (let s = 0; s < train.n; s += batch) {
    const y = tf.tidy(() => f(vars, tf.tensor2d(train.x.subarray(s * PIXELS, (s + batch) * PIXELS), [batch, PIXELS])));
    await y.data();
    y.dispose();
  }
};
const floatMs = await medianMs(() => sweep(floatLogits), 3);
const fqMs = await medianMs(() => sweep(fq), 3);
console.log(
  `forward over ${train.n} digits (batches of ${batch}): float ${ms(floatMs)}, fake-quant ${ms(fqMs)}, ratio ${(fqMs / floatMs).toFixed(2)}×`,
);
tf.dispose(vars.flatMap((v) => [v.w, v.b]));

t0 = performance.now();
await runQat(model, train, test, { ...qatRecipe(DEFAULT_LAB.low), epochs: 1 });
console.log(`one QAT epoch over ${train.n} digits (incl. calibration and 2 evaluations): ${ms(performance.now() - t0)}`);
console.log(`tensors alive at the end: ${tf.memory().numTensors}`);
