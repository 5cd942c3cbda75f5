/** `npx tsx bench/model.ts`: the model lab's speed in Node (tfjs wasm, single thread). Prints figures; asserts nothing. */
import { cpus, loadavg } from 'node:os';
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
import { transpose } from '../src/model/mlp';
import { DEFAULT_LAB } from '../src/model/report';
import type { VarLayer } from '../src/model/trainLoop';

const backend = await nodeBackend();
const model = await shippedModel();
const { train, test } = nodeDigitsSplit();
const calib = calibrationSubset(train);
const ms = (v: number): string => `${v.toFixed(0)} ms`;
/** Median wall time and median CPU time (this process, user + system) of `runs` awaited calls after a warm-up: on a shared, loaded machine the CPU time is what a run takes alone (wasm here is single-threaded). */
async function timed(run: () => Promise<unknown>, runs = 1): Promise<{ wall: number; cpu: number; text: string }> {
  await run();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await run();
    walls.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  const median = (v: number[]): number => v.sort((x, y) => x - y)[Math.floor(v.length / 2)];
  const [wall, cpu] = [median(walls), median(cpus)];
  return { wall, cpu, text: `${ms(wall)} wall, ${ms(cpu)} CPU` };
}
console.log(
  `Model lab bench (load average ${loadavg()
    .map((v) => v.toFixed(1))
    .join(
      ' ',
    )} on ${cpus().length} cores) — Node ${process.version}, tfjs ${backend}; MLP ${model.layers.map((l) => l.inDim).join('-')}-10`,
);

const a8 = { bits: 8, method: 'max', mode: 'symmetric' } as const;
const w8a8 = ptqConfig({ bits: 8, granularity: 'per-channel' }, a8);
const cal = await calibrateActivations(model, calib, a8, false);
console.log(`one PTQ evaluation (W8A8 max, ${test.n} digits): ${(await timed(() => evaluatePtq(model, test, w8a8, cal), 7)).text}`);

const configs = defaultPtqConfigs();
const table = await timed(() => ptqTable(model, calib, test, configs));
console.log(`PTQ table, ${configs.length} configs incl. calibration on ${calib.n} digits: ${table.text}`);
const sens = await timed(() => sensitivity(model, calib, test, DEFAULT_LAB.low));
console.log(`sensitivity sweep (6 evaluations incl. calibration): ${sens.text}`);

// Forward passes over the 8,000 train digits in training-size batches: float vs fake-quantized (QAT's forward).
const vars: VarLayer[] = model.layers.map((l) => ({
  wT: tf.tidy(() => tf.variable(tf.tensor2d(transpose(l.weight, l.outDim, l.inDim), [l.inDim, l.outDim]))),
  b: tf.tidy(() => tf.variable(tf.tensor1d(l.bias))),
  activation: l.activation,
}));
const low = DEFAULT_LAB.low;
const qcal = low.activations ? await calibrateActivations(model, calib, low.activations, low.gelu10) : null;
const fq = qatLogits(model, DEFAULT_LAB.low, configInputParams(model, DEFAULT_LAB.low, qcal), 'clipped');
const sweep = async (f: (l: readonly VarLayer[], x: tf.Tensor2D) => tf.Tensor2D, batch: number): Promise<void> => {
  for (let s = 0; s < train.n; s += batch) {
    const k = Math.min(batch, train.n - s);
    const y = tf.tidy(() => f(vars, tf.tensor2d(train.x.subarray(s * PIXELS, (s + k) * PIXELS), [k, PIXELS])));
    await y.data();
    y.dispose();
  }
};
for (const batch of [qatRecipe(DEFAULT_LAB.low).batchSize, 256]) {
  const plain = await timed(() => sweep(floatLogits, batch), 3);
  const faked = await timed(() => sweep(fq, batch), 3);
  console.log(
    `forward over ${train.n} digits (batches of ${batch}): float ${plain.text}; fake-quant ${faked.text}; ratio ${(faked.wall / plain.wall).toFixed(2)}× wall, ${(faked.cpu / plain.cpu).toFixed(2)}× CPU`,
  );
}
tf.dispose(vars.flatMap((v) => [v.wT, v.b]));

const epoch = await timed(() => runQat(model, train, test, { ...qatRecipe(DEFAULT_LAB.low), epochs: 1 }));
console.log(`one QAT epoch over ${train.n} digits (incl. calibration and 2 evaluations): ${epoch.text}`);
console.log(`tensors alive at the end: ${tf.memory().numTensors}`);
