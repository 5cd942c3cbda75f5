import {
  DEFAULT_TRAIN,
  DIGITS_PATH,
  SHIPPED_WEIGHTS_URL,
  calibrateActivations,
  calibrationSubset,
  decodeDigitsFile,
  defaultPtqConfigs,
  evaluatePtq,
  evaluateFloat,
  loadMlpWeights,
  partialSweep,
  ptqTable,
  recordActivations,
  qatRecipe,
  runQat,
  sensitivity,
  sensitivityOrder,
  splitDigits,
  trainMlp,
  type Digits,
  type DigitsSplit,
  type EpochReport,
  type MlpWeights,
  type StepHook,
} from '../model';
import { modelError } from '../model/errors';
import { openFiles } from '../io';
import type { CalibChoice, ModelInfo, ModelProgress, ModelWorkerApi } from './modelApi';

/** What a handler may use while it runs: progress reports and the stop signal of its call. */
export interface CallContext {
  report(progress: ModelProgress): void;
  signal: AbortSignal;
}

type Which = ModelInfo['weights'];

/** A model the Worker holds, with what the page is told about it. */
interface Held {
  weights: MlpWeights;
  info: ModelInfo;
}

/** The Worker's state: the digits (loaded once), the models it holds, and which one is in use. */
const state: { split: DigitsSplit | null; models: Partial<Record<Which, Held>>; current: Which } = {
  split: null,
  models: {},
  current: 'shipped',
};

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const res = await fetch(url);
  if (!res.ok) throw modelError('fetchFailed', { url, status: res.status });
  return res.arrayBuffer();
}

function requireSplit(): DigitsSplit {
  if (!state.split) throw modelError('digitsNotLoaded');
  return state.split;
}

function current(): Held {
  const held = state.models[state.current];
  if (!held) throw modelError('noModel');
  return held;
}

/** Keeps `weights` as model `which`, uses it, and describes it (FP32 accuracy measured on the test digits). */
async function hold(which: Which, weights: MlpWeights, name: string): Promise<ModelInfo> {
  const split = requireSplit();
  const info: ModelInfo = {
    weights: which,
    name,
    layers: weights.layers.map(({ name, activation, inDim, outDim }) => ({ name, activation, inDim, outDim })),
    fp32: await evaluateFloat(weights, split.test),
    trainSize: split.train.n,
    testSize: split.test.n,
  };
  state.models[which] = { weights, info };
  state.current = which;
  return info;
}

/** Calibration digits: `size` train digits drawn with `seed` (cached for the last choice). */
let calibCache: { key: string; digits: Digits } | null = null;
function calibDigits(c: CalibChoice): Digits {
  const key = `${c.size}:${c.seed}`;
  if (calibCache?.key !== key) calibCache = { key, digits: calibrationSubset(requireSplit().train, c.size, c.seed) };
  return calibCache.digits;
}

type Handlers = {
  [M in keyof ModelWorkerApi]: (ctx: CallContext, ...args: Parameters<ModelWorkerApi[M]>) => Promise<ReturnType<ModelWorkerApi[M]>>;
};

/** Progress callback for the engine's (done, total) reports. */
const progressOf = (ctx: CallContext, phase: ModelProgress['phase']) => (done: number, total: number) => ctx.report({ phase, done, total });

/** Callbacks of a training run: every step's loss and each finished epoch go to the page, with the steps as progress. */
function trainingReports(ctx: CallContext, phase: 'qat' | 'train'): { onEpoch: (e: EpochReport) => void; onStep: StepHook } {
  const losses: number[] = [];
  let at = { done: 0, total: 0 };
  return {
    onStep: (step, total, loss) => {
      losses.push(loss);
      at = { done: step, total };
      ctx.report({ phase, ...at, losses });
    },
    onEpoch: (epoch) => ctx.report({ phase, ...at, epoch, losses }),
  };
}

export const handlers: Handlers = {
  async init(ctx, base) {
    if (!state.split) {
      ctx.report({ phase: 'load', done: 0, total: 2 });
      state.split = splitDigits(decodeDigitsFile(await fetchBytes(new URL(DIGITS_PATH, base).href)));
      ctx.report({ phase: 'load', done: 1, total: 2 });
    }
    if (!state.models.shipped) {
      const file = new File([await fetchBytes(SHIPPED_WEIGHTS_URL.href)], 'mlp-digits.safetensors');
      await hold('shipped', await loadMlpWeights(await openFiles([file])), 'mlp-digits.safetensors');
      state.current = 'shipped';
    }
    return current().info;
  },
  async ptqTable(ctx, { w, a, calib }) {
    return ptqTable(
      current().weights,
      calibDigits(calib),
      requireSplit().test,
      defaultPtqConfigs(w, a),
      progressOf(ctx, 'ptq'),
      ctx.signal,
    );
  },
  async sensitivity(ctx, { base, calib }) {
    const rows = await sensitivity(
      current().weights,
      calibDigits(calib),
      requireSplit().test,
      base,
      progressOf(ctx, 'sensitivity'),
      ctx.signal,
    );
    return { rows, order: sensitivityOrder(rows) };
  },
  async partial(ctx, { base, calib, order }) {
    return partialSweep(current().weights, calibDigits(calib), requireSplit().test, base, order, progressOf(ctx, 'partial'), ctx.signal);
  },
  async evaluate(_ctx, config, calib) {
    const model = current().weights;
    const calibration = config.activations
      ? await calibrateActivations(model, calibDigits(calib), config.activations, config.gelu10)
      : null;
    return (await evaluatePtq(model, requireSplit().test, config, calibration)).accuracy;
  },
  async qat(ctx, req) {
    const split = requireSplit();
    const { onEpoch, onStep } = trainingReports(ctx, 'qat');
    const opts = {
      ...qatRecipe(req.config, req.variant),
      epochs: req.epochs,
      lr: qatRecipe(req.config, 'untuned').lr * req.lrFactor, // the original learning rate times the lab's factor
      schedule: req.schedule,
      seed: req.calib.seed,
      ste: req.ste,
      limit: req.subset,
      calibSize: req.calib.size,
    };
    const r = await runQat(current().weights, split.train, split.test, opts, onEpoch, ctx.signal, onStep);
    const { before, after, loss, accuracyPerEpoch, stopped, message } = r;
    return { variant: req.variant, before, after, loss, accuracyPerEpoch, stopped, message };
  },
  async train(ctx, { epochs, seed }) {
    const split = requireSplit();
    const { onEpoch, onStep } = trainingReports(ctx, 'train');
    const r = await trainMlp(split.train, split.test, { ...DEFAULT_TRAIN, epochs, seed }, onEpoch, ctx.signal, onStep);
    if (r.stopped === 'cancelled') throw new Error('cancelled');
    const info = await hold('trained', r.weights, '');
    return r.stopped === 'diverged' ? { ...info, message: r.message } : info;
  },
  async loadWeights(_ctx, files) {
    const weights = await loadMlpWeights(await openFiles(files)); // throws before anything held is replaced
    return hold('own', weights, files.map((f) => f.name).join(', '));
  },
  async useWeights(_ctx, which) {
    const held = state.models[which];
    if (!held) throw modelError('notHeld', { which });
    state.current = which;
    return held.info;
  },
  async recorded(_ctx, layer, config, calib) {
    const model = current().weights;
    const digits = calibDigits(calib);
    const index = model.layers.findIndex((l) => l.name === layer);
    if (index < 0) throw modelError('noLayer', { layer, layers: model.layers.map((l) => l.name).join(', ') });
    if (!config.activations) throw modelError('activationsInFloat');
    const data = await recordActivations(model, digits, layer, config.gelu10);
    const { min, max } = (await calibrateActivations(model, digits, config.activations, config.gelu10))[index];
    return { name: `${layer} input`, shape: [digits.n, model.layers[index].inDim], data, range: { min, max } };
  },
};
