import { modelWorker } from '../worker/modelClient';
import { CodedError } from '../shared/codedError';
import type { ModelInfo, ModelProgress, QatVariant } from '../worker/modelApi';
import { activationSpec } from '../model/quantizers';
import type { PtqConfig } from '../model/types';
import { encodeNpy } from '../io/write/writeNpy';
import { errorMessage, openLocalFiles } from './loadSource';
import { useScene } from './scene';
import { useLink } from './url/linkStore';
import { baseConfig, calibOf, configCalibrator, ptqKey, qatKey, sweepKey, workflowConfig } from './modelConfig';
import { useModelLab, weightsId, type ModelWeights } from './modelLab';
import { weightsStep, withLoaded } from './modelWeights';
import { EMPTY_MODEL_RESULTS, useModelResults } from './modelResults';

/**
 * Runs the model lab in its Worker and puts what comes back in useModelResults. Imported only by the Model tab's
 * lazily loaded code: importing it starts the model Worker.
 */

/** Which QAT run the epoch reports belong to. */
let qatVariant: QatVariant | null = null;

modelWorker.onProgress = (p) =>
  useModelResults.setState((r) => {
    const job = p && { ...p, startedAt: r.job?.startedAt ?? performance.now() };
    const run = qatVariant && r.qat[qatVariant];
    if (p?.phase === 'qat' && p.epoch && qatVariant && run)
      return { job, qat: { ...r.qat, [qatVariant]: { ...run, epochs: [...run.epochs, p.epoch] } } };
    return { job };
  });

/**
 * Runs `call` (shown as a job of `phase` until the Worker reports its own progress), recording a failure as the
 * lab's error (a cancellation as a note); resolves to null when it failed.
 */
async function guarded<T>(phase: ModelProgress['phase'], call: () => Promise<T>): Promise<T | null> {
  useModelResults.setState({ job: { phase, done: 0, total: 0, startedAt: performance.now() } });
  try {
    const value = await call();
    useModelResults.setState({ error: null, cancelled: false });
    return value;
  } catch (err) {
    const message = errorMessage(err);
    const error = err instanceof CodedError ? { code: err.code, params: err.params } : message;
    useModelResults.setState(message === 'cancelled' ? { cancelled: true, job: null } : { error, job: null });
    return null;
  }
}

/** Loads the digits and the shipped model (once per page). */
export async function initModel(): Promise<void> {
  if (useModelResults.getState().info) return;
  const info = await guarded('load', () => modelWorker.call('init', document.baseURI));
  if (info) useModelResults.setState({ info, using: SHIPPED, loaded: [SHIPPED] });
}

const SHIPPED: ModelWeights = { kind: 'shipped' };

/** True while the inputs ask for a model the Worker is about to switch to or train: results now would be thrown away. */
function switching(): boolean {
  const { using, loaded } = useModelResults.getState();
  const step = weightsStep(useModelLab.getState().weights, using, loaded);
  return step === 'use' || step === 'train';
}

/** Bumped by every new analysis request: an older chain stops at its next step (latest wins). */
let analysis = 0;

/** The PTQ table, then sensitivity, then partial quantization for the current inputs; skips what is already current. */
export async function runAnalysis(): Promise<void> {
  const mine = ++analysis;
  const info = useModelResults.getState().info;
  if (!info || switching()) return;
  if (useModelResults.getState().job) modelWorker.cancel(); // the inputs changed: what runs now is stale
  const s = useModelLab.getState();
  const stale = () => mine !== analysis;
  const calib = calibOf(s);
  const pk = ptqKey(info, s);
  if (useModelResults.getState().ptq?.key !== pk) {
    const rows = await guarded('ptq', () => modelWorker.call('ptqTable', { w: s.weightBits, a: s.actBits, calib }));
    if (!rows || stale()) return;
    useModelResults.setState({ ptq: { key: pk, value: rows } });
  }
  const sk = sweepKey(info, s);
  const base = baseConfig(s);
  if (useModelResults.getState().sensitivity?.key !== sk) {
    const rows = await guarded('sensitivity', () => modelWorker.call('sensitivity', { base, calib }));
    if (!rows || stale()) return;
    useModelResults.setState({ sensitivity: { key: sk, value: rows } });
  }
  if (useModelResults.getState().partial?.key !== sk) {
    const order = useModelResults.getState().sensitivity?.value.order ?? [];
    const rows = await guarded('partial', () => modelWorker.call('partial', { base, calib, order }));
    if (!rows || stale()) return;
    useModelResults.setState({ partial: { key: sk, value: rows } });
  }
  await evaluateKeepFloat();
}

/** Accuracy with the user's keep-in-float list (when it is not empty). */
export async function evaluateKeepFloat(): Promise<void> {
  const { info } = useModelResults.getState();
  const s = useModelLab.getState();
  if (!info || s.keepFloat.length === 0 || switching()) return;
  const key = `${sweepKey(info, s)}|${s.keepFloat.join('+')}`;
  if (useModelResults.getState().keepFloat?.key === key) return;
  const accuracy = await guarded('partial', () => modelWorker.call('evaluate', workflowConfig(s), calibOf(s)));
  if (accuracy !== null && key === `${sweepKey(info, useModelLab.getState())}|${useModelLab.getState().keepFloat.join('+')}`)
    useModelResults.setState({ keepFloat: { key, value: accuracy } });
}

/** A QAT run (the recipe, or the untuned one at the original learning rate) on the workflow's configuration. */
export async function runQat(variant: QatVariant): Promise<void> {
  const { info } = useModelResults.getState();
  if (!info) return;
  const s = useModelLab.getState();
  const key = qatKey(info, s);
  qatVariant = variant;
  useModelResults.setState((r) => ({
    qat: { ...r.qat, [variant]: { key, config: workflowConfig(s), epochs: [], losses: [], summary: null } },
    cancelled: false,
  }));
  const summary = await guarded('qat', () =>
    modelWorker.call('qat', {
      variant,
      config: workflowConfig(s),
      epochs: s.qat.epochs,
      lrFactor: variant === 'recipe' ? s.qat.lrFactor : 1,
      schedule: s.qat.schedule,
      ste: s.qat.ste,
      subset: s.qat.subset,
      calib: calibOf(s),
    }),
  );
  qatVariant = null;
  useModelResults.setState((r) => {
    const run = r.qat[variant];
    if (!run || run.key !== key) return {};
    return { qat: { ...r.qat, [variant]: summary ? { ...run, summary } : undefined } };
  });
}

/** Stops whatever the model Worker is doing; results already on screen stay. */
export function cancelModelJob(): void {
  analysis++;
  modelWorker.cancel();
}

/** Uses another model: everything derived from the previous one is dropped. */
function switchTo(info: ModelInfo, weights: ModelWeights): void {
  const { loaded } = useModelResults.getState();
  useModelResults.setState({ ...EMPTY_MODEL_RESULTS, info, using: weights, loaded: withLoaded(loaded, weights) });
}

/**
 * Makes the Worker run on the weights the inputs ask for: switches to a model it holds, or trains one from scratch
 * (deterministic from epochs and seed, so a link retrains the same model). When that fails or is cancelled, the
 * inputs go back to the model still in use, so that the link says what is on screen.
 */
export async function syncWeights(): Promise<void> {
  const want = useModelLab.getState().weights;
  const step = weightsStep(want, useModelResults.getState().using, useModelResults.getState().loaded);
  if (step !== 'use' && step !== 'train') return;
  const info = await guarded(step === 'train' ? 'train' : 'load', () =>
    step === 'train' && want.kind === 'trained'
      ? modelWorker.call('train', { epochs: want.epochs, seed: want.seed })
      : modelWorker.call('useWeights', want.kind),
  );
  if (info) return switchTo(info, want); // the Worker uses it now, whatever was asked since
  const using = useModelResults.getState().using;
  if (using && weightsId(useModelLab.getState().weights) === weightsId(want)) useModelLab.getState().setModelLab({ weights: using });
}

/** Reads the user's MLP weights and uses them; a bad file leaves the model in use (the message names the tensor and shape). */
export async function loadOwnWeights(files: File[]): Promise<void> {
  if (!files.length) return;
  const info = await guarded('load', () => modelWorker.call('loadWeights', files));
  if (!info) return;
  const weights: ModelWeights = { kind: 'own', name: info.name };
  switchTo(info, weights);
  useModelLab.getState().setModelLab({ weights });
}

/**
 * Opens the input activations `layer` recorded on the calibration digits in the Explorer, with the range `config`'s
 * calibrator chose and its bits and mapping: handed over one way, as an .npy file opened like a user's file.
 */
export async function openInExplorer(config: PtqConfig, layer: string): Promise<void> {
  const a = config.activations;
  if (!a) return;
  const rec = await guarded('load', () => modelWorker.call('recorded', layer, config, calibOf(useModelLab.getState())));
  if (!rec) return;
  const name = `${layer}-input-${configCalibrator(config)}-a${a.bits}`;
  const file = new File([encodeNpy({ data: rec.data, shape: rec.shape }) as Uint8Array<ArrayBuffer>], `${name}.npy`);
  useScene.getState().setSpec(activationSpec(a));
  useScene.setState({ clip: { kind: 'manual', range: rec.range }, zoom: null, panel: 'explorer' });
  useLink.setState({ pendingFile: { files: [file.name], tensor: name } }); // opened as the file a link names: its range stays
  await openLocalFiles([file]);
}
