/// <reference lib="webworker" />
import { calibrateMany, codeHistogram, degenerate, degenerateMessage, histogram, initBackend, qparams, quantErrorSync } from '../core';
import { readTensor, summarize } from './summarize';
import { activationLab } from './activationLab';
import { channelHistogram, granularity } from './granularity';
import { floatFormats } from './floatFormats';
import { compareBlockFormats, MAX_REQUANT, sampleSlices, scaleStrip } from './blockFormats';
import { smoothLab } from './smoothLab';
import { openFiles, type TensorSource } from '../io';
import type { OpenStep } from '../io/types';
import { generateSample, sampleShape } from '../samples/samples';
import type { CancelMessage, Method, Progress, Request, Response, SourceListing, WorkerApi } from './api';
import { fetchFile } from './fetchFile';
import { WASM_PATHS } from './wasmPaths';

declare const self: DedicatedWorkerGlobalScope;

const backend = initBackend({ wasmPaths: WASM_PATHS });

/** The one copy of the loaded tensor's values (float32, row-major). */
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
    [held, heldShape, streamed, heldFrom] = [data, summary.shape, false, null]; // only replace what is held once the new tensor is known to be good
    return summary;
  },
  openFiles: (files) => open(files),
  openUrls: async (urls) => {
    const done = new Array<number>(urls.length).fill(0);
    const totals = new Array<number>(urls.length).fill(0);
    const files = await Promise.all(
      urls.map((url, i) =>
        fetchFile(url, self.location.href, (bytes, total) => {
          checkCancelled();
          [done[i], totals[i]] = [bytes, total];
          const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
          report({ phase: 'download', done: sum(done), total: totals.every((t) => t > 0) ? sum(totals) : 0 });
        }),
      ),
    );
    return open(files);
  },
  async loadTensor(name) {
    const from = opening ?? source;
    opening = null;
    if (!from) throw new Error('no file is open');
    const { summary, data } = await readTensor(from, name, { progress: report, checkCancelled });
    const refused = degenerate(summary.stats); // nothing to quantize: the tensor on screen stays
    if (refused) throw new Error(`${name}: ${degenerateMessage(refused)}`);
    [held, heldShape, streamed, source, heldFrom] = [
      data ?? new Float32Array(0),
      summary.shape,
      data === null,
      from,
      { source: from, name },
    ];
    return summary;
  },
  exactError: (p) => quantErrorSync(requireHeld(), p),
  calibrations: (spec, methods) => {
    const x = requireHeld();
    return calibrateMany(x, methods, spec).map((range, i) => {
      const params = qparams(range, spec);
      return { method: methods[i], range, params, stats: quantErrorSync(x, params) };
    });
  },
  codeHistogram: async (p) => {
    await backend;
    return codeHistogram(requireHeld(), p);
  },
  granularity: (req) => granularity(requireHeld(), heldShape, req),
  channelHistogram: (axis, channel, bins) => channelHistogram(requireHeld(), heldShape, axis, channel, bins),
  floatFormats: () => floatFormats(requireHeld()),
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

/** Tells the page how far the running call has come (throttled to one message per 50 ms). */
let lastReport = 0;
function report(progress: Progress): void {
  const now = performance.now();
  if (now - lastReport < 50 && progress.done < progress.total) return;
  lastReport = now;
  const message: Response = { id: running, progress };
  self.postMessage(message);
}

/** Lets queued messages (a cancel) through between chunks of a long computation, then checks for a cancel. */
async function pauseForCancel(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  checkCancelled();
}

/** Throws an AbortError when the user cancelled the running call; long loops call it between chunks. */
function checkCancelled(): void {
  if (cancelRequested) throw Object.assign(new Error('cancelled'), { name: 'AbortError' });
}

async function handle(event: MessageEvent<Request>): Promise<void> {
  const { id, method, args } = event.data;
  running = id;
  cancelRequested = false;
  let response: Response;
  try {
    const handler = handlers[method] as (...a: unknown[]) => unknown;
    response = { id, ok: true, result: await handler(...args) };
  } catch (err) {
    response = { id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(response);
}

self.onmessage = (event: MessageEvent<Request | CancelMessage | { ping: number }>) => {
  if ('ping' in event.data) {
    self.postMessage({ pong: event.data.ping }); // the heartbeat: answered between tasks, outside the call queue
    return;
  }
  if ('cancel' in event.data) {
    cancelRequested = true;
    return;
  }
  const call = event as MessageEvent<Request>;
  queue = queue.then(() => handle(call));
};
