/// <reference lib="webworker" />
import { codeHistogram, histogram, histogramDomain, initBackend, quantErrorSync, tensorStats } from '../core';
import { generateSample } from '../samples/samples';
import { OVERVIEW_BINS, type Method, type Request, type Response, type TensorSummary, type WorkerApi } from './api';
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

declare const self: DedicatedWorkerGlobalScope;

const backend = initBackend({
  // tfjs wants all three listed; the threaded one is never fetched (multithreading is switched off).
  wasmPaths: { 'tfjs-backend-wasm.wasm': wasmUrl, 'tfjs-backend-wasm-simd.wasm': wasmSimdUrl, 'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl },
});

/** The one copy of the loaded tensor's values (float32, row-major). */
let held: Float32Array = new Float32Array(0);

function summarize(name: string, shape: number[], data: Float32Array): TensorSummary {
  const stats = tensorStats(data);
  const { lo, hi } = histogramDomain(stats.min, stats.max);
  return { name, shape, stats, overview: histogram(data, lo, hi, OVERVIEW_BINS) };
}

type Handlers = { [M in Method]: (...args: Parameters<WorkerApi[M]>) => ReturnType<WorkerApi[M]> | Promise<ReturnType<WorkerApi[M]>> };

const handlers: Handlers = {
  backend: () => backend,
  loadSample(spec) {
    const data = generateSample(spec);
    const summary = summarize(spec.id, [data.length], data);
    held = data; // only replace what is held once the new tensor is known to be good
    return summary;
  },
  exactError: (p) => quantErrorSync(held, p),
  codeHistogram: async (p) => {
    await backend;
    return codeHistogram(held, p);
  },
  histogram: (lo, hi, bins) => histogram(held, lo, hi, bins),
};

self.onmessage = async (event: MessageEvent<Request>) => {
  const { id, method, args } = event.data;
  let response: Response;
  try {
    const handler = handlers[method] as (...a: unknown[]) => unknown;
    response = { id, ok: true, result: await handler(...args) };
  } catch (err) {
    response = { id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(response);
};
