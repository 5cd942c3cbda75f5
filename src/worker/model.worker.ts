/// <reference lib="webworker" />
import { initBackend } from '../core';
// After tfjs-core itself (its flags must exist before a gradient registers; the dev server's pre-bundle keeps this order).
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { CodedError } from '../shared/codedError';
import { WASM_PATHS } from './wasmPaths';
import { handlers } from './modelHost';
import type { ModelProgress } from './modelApi';

declare const self: DedicatedWorkerGlobalScope;

/** The model lab's Worker: holds the digits and the models, and runs the engine off the main thread. */
const backend = initBackend({ wasmPaths: WASM_PATHS });

interface Call {
  id: number;
  method: keyof typeof handlers;
  args: unknown[];
}

/** Ids the page asked to stop (the running call is aborted; queued ones are skipped). */
const stopped = new Set<number>();
let running: { id: number; controller: AbortController } | null = null;
let queue: Promise<void> = Promise.resolve();

/** Progress of the running call, at most one message per 100 ms except epoch reports and the last step. */
let lastReport = 0;
function report(id: number, progress: ModelProgress): void {
  const now = performance.now();
  if (now - lastReport < 100 && !progress.epoch && progress.done < progress.total) return;
  lastReport = now;
  self.postMessage({ id, progress });
}

async function handle({ id, method, args }: Call): Promise<void> {
  if (stopped.delete(id)) return self.postMessage({ id, ok: false, error: 'cancelled' });
  const controller = new AbortController();
  running = { id, controller };
  try {
    await backend;
    const handler = handlers[method] as (ctx: unknown, ...a: unknown[]) => Promise<unknown>;
    const result = await handler({ report: (p: ModelProgress) => report(id, p), signal: controller.signal }, ...args);
    if (controller.signal.aborted) throw new Error('cancelled');
    const transfer =
      result && typeof result === 'object' && 'data' in result && result.data instanceof Float32Array ? [result.data.buffer] : [];
    self.postMessage({ id, ok: true, result }, transfer);
  } catch (err) {
    if (controller.signal.aborted) return self.postMessage({ id, ok: false, error: 'cancelled' });
    const coded = err instanceof CodedError ? { code: err.code, params: err.params } : undefined;
    self.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err), coded });
  } finally {
    running = null;
    stopped.delete(id);
  }
}

self.onmessage = (event: MessageEvent<Call | { cancel: true; ids?: number[] }>) => {
  const data = event.data;
  if ('cancel' in data) {
    for (const id of data.ids ?? []) stopped.add(id);
    if (running && (!data.ids || data.ids.includes(running.id))) running.controller.abort();
    return;
  }
  queue = queue.then(() => handle(data));
};
