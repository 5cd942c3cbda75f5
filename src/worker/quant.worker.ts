/// <reference lib="webworker" />
import { calibrateEach, degenerate, degenerateMessage, histogram, initBackend, qparams, quantErrorCounts, quantErrorSync } from '../core';
import { allocTensor } from '../core/kernels';
import { readTensor, summarize } from './summarize';
import { activationLab } from './activationLab';
import { channelHistogram, granularity, perTensorRow } from './granularity';
import { floatFormats } from './floatFormats';
import { compareBlockFormats, MAX_REQUANT, sampleSlices, scaleStrip } from './blockFormats';
import { smoothLab } from './smoothLab';
import { openFiles, type TensorSource } from '../io';
import type { OpenStep } from '../io/types';
import { generateSample, sampleShape } from '../samples/samples';
import type { AbandonMessage, CalibrationRow, CancelMessage, Method, Progress, Request, Response, SourceListing, WorkerApi } from './api';
import { fetchWithCompanions } from './fetchSource';
import { WASM_PATHS } from './wasmPaths';

declare const self: DedicatedWorkerGlobalScope;

const backend = initBackend({ wasmPaths: WASM_PATHS });

/**
 * The one copy of the loaded tensor's values (float32, row-major), resident in the WebAssembly kernels' memory
 * (allocTensor) so that every exact pass reads it in place instead of copying it through in chunks.
 */
let held: Float32Array = new Float32Array(0);
/** Shape of the held tensor (row-major, outermost first). */
let heldShape: number[] = [0];
/** Whether the tensor on screen was summarised in streaming mode (then `held` is empty). */
let streamed = false;
/** The open file set, whose tensors are read on demand. */
let source: TensorSource | null = null;
/** A newly opened file set; it replaces `source` once one of its tensors has loaded (so a cancelled or failed first load keeps the old one). */
let opening: TensorSource | null = null;
/** Where the held tensor came from (its source and name), or null for a sample. */
let heldFrom: { source: TensorSource; name: string } | null = null;

function listing(s: TensorSource): SourceListing {
  return { format: s.format, tensors: s.tensors, metadata: s.metadata ?? {}, ...(s.missing ? { missing: s.missing } : {}) };
}

/** Reports an opening step and, at most every 50 ms, yields to the event loop so that a Cancel can arrive. */
let lastYield = 0;
async function openStep(phase: OpenStep, done: number, total: number): Promise<void> {
  report({ phase, done, total });
  if (performance.now() - lastYield < 50) return;
  await new Promise((resolve) => setTimeout(resolve, 0));
  lastYield = performance.now();
  checkCancelled();
}

/** Opens files and keeps them only if they open cleanly: a bad file never replaces a good one. */
async function open(files: File[]): Promise<SourceListing> {
  lastYield = performance.now();
  const opened = await openFiles(files, openStep);
  opening = opened;
  return listing(opened);
}

/** Holds a tensor known to be good: copies it into the kernels' tensor slot (the previous one is overwritten there). */
function hold(data: Float32Array | null, shape: number[], from: { source: TensorSource; name: string } | null): void {
  const slot = allocTensor(data?.length ?? 0);
  if (data) slot.set(data);
  [held, heldShape, streamed, heldFrom] = [slot, shape, data === null, from];
}

/** The held values, or an error when the tensor on screen was only streamed. */
function requireHeld(): Float32Array {
  if (streamed) throw new Error('this tensor is too large to hold: its figures are estimated from the histogram');
  return held;
}

type Handlers = { [M in Method]: (...args: Parameters<WorkerApi[M]>) => ReturnType<WorkerApi[M]> | Promise<ReturnType<WorkerApi[M]>> };

const handlers: Handlers = {
  backend: () => backend,
  loadSample(spec) {
    const data = generateSample(spec);
    const summary = summarize(spec.id, sampleShape(spec), data);
    hold(data, summary.shape, null); // only replace what is held once the new tensor is known to be good
    return summary;
  },
  openFiles: (files) => open(files),
  openUrls: async (urls) => {
    const files = await fetchWithCompanions(urls, self.location.href, (done, total) => {
      checkCancelled();
      report({ phase: 'download', done, total });
    });
    return open(files);
  },
  async loadTensor(name) {
    const from = opening ?? source;
    opening = null;
    if (!from) throw new Error('no file is open');
    const { summary, data } = await readTensor(from, name, { progress: report, checkCancelled });
    const refused = degenerate(summary.stats); // nothing to quantize: the tensor on screen stays
    if (refused) throw new Error(`${name}: ${degenerateMessage(refused)}`);
    hold(data, summary.shape, { source: from, name });
    source = from;
    return summary;
  },
  exact: (p) => quantErrorCounts(requireHeld(), p),
  calibrations: async (spec, methods) => {
    const x = requireHeld();
    const rows: CalibrationRow[] = [];
    for (const range of calibrateEach(x, methods, spec)) {
      const params = qparams(range, spec);
      rows.push({ method: methods[rows.length], range, params, stats: quantErrorSync(x, params) });
      await pauseForCancel();
    }
    return rows;
  },
  granularity: (req) => granularity(requireHeld(), heldShape, req, pauseForCancel),
  granularityPerTensor: (axis, p) => perTensorRow(requireHeld(), heldShape, axis, p),
  channelHistogram: (axis, channel, bins) => channelHistogram(requireHeld(), heldShape, axis, channel, bins),
  floatFormats: () => floatFormats(requireHeld(), pauseForCancel),
  blockFormats: async (bins) => {
    const x = requireHeld();
    const from = heldFrom;
    const part = sampleSlices(x, heldShape, MAX_REQUANT);
    const rows = await compareBlockFormats(part.x, part.shape, pauseForCancel);
    const scales = from ? await from.source.blockScales?.(from.name) : undefined;
    return { rows, sampled: part.sampled, stored: scales ? scaleStrip(scales, x, bins) : null };
  },
  activationLab: (req) => activationLab(req, req.input === 'loaded' ? requireHeld() : new Float32Array(0)),
  smoothLab: async (alpha, seed, own) => {
    if (!own) return smoothLab(alpha, seed);
    if (!source) throw new Error('no file is open: open one with X and W in it');
    const [x, w] = await Promise.all([source.read(own.x), source.read(own.w)]);
    return smoothLab(alpha, seed, { X: x.data, xShape: x.shape, W: w.data, wShape: w.shape });
  },
  histogram: (lo, hi, bins) => histogram(requireHeld(), lo, hi, bins),
};

/** Calls run one at a time, in the order they were sent: a slow load can never land after a newer one. */
let queue: Promise<void> = Promise.resolve();
/** Id of the call running now, for progress messages; whether the user asked it to stop. */
let running = 0;
let cancelRequested = false;
/** Ids of calls the page has superseded: they stop at their next checkpoint (or before they start). */
const abandoned = new Set<number>();
/** Thrown at a checkpoint of an abandoned call. */
const ABANDONED = new Error('abandoned');

/** Tells the page how far the running call has come (throttled to one message per 50 ms). */
let lastReport = 0;
function report(progress: Progress): void {
  const now = performance.now();
  if (now - lastReport < 50 && progress.done < progress.total) return;
  lastReport = now;
  const message: Response = { id: running, progress };
  self.postMessage(message);
}

/** A chunk boundary of a long computation: lets queued messages (cancel, abandon) through, then checks for them. */
async function pauseForCancel(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  checkCancelled();
}

/** Throws an AbortError when the user cancelled the running call, or ABANDONED when the page superseded it; long loops call it between chunks. */
function checkCancelled(): void {
  if (cancelRequested) throw Object.assign(new Error('cancelled'), { name: 'AbortError' });
  if (abandoned.has(running)) throw ABANDONED;
}

async function handle(event: MessageEvent<Request>): Promise<void> {
  const { id, method, args } = event.data;
  running = id;
  cancelRequested = false;
  let response: Response;
  try {
    checkCancelled();
    const handler = handlers[method] as (...a: unknown[]) => unknown;
    response = { id, ok: true, result: await handler(...args) };
  } catch (err) {
    if (err === ABANDONED) response = { id, ok: false, superseded: true };
    else response = { id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  abandoned.delete(id);
  self.postMessage(response);
}

self.onmessage = (event: MessageEvent<Request | CancelMessage | AbandonMessage | { ping: number }>) => {
  if ('ping' in event.data) {
    self.postMessage({ pong: event.data.ping }); // the heartbeat: answered between tasks, outside the call queue
    return;
  }
  if ('cancel' in event.data) {
    cancelRequested = true;
    return;
  }
  if ('abandon' in event.data) {
    abandoned.add(event.data.abandon);
    return;
  }
  const call = event as MessageEvent<Request>;
  queue = queue.then(() => handle(call));
};
