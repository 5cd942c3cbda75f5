/// <reference lib="webworker" />
/** Worker side of the browser bench: the same suite, on the backend the app would choose. */
import { initBackend } from '../src/core';
import { runSuite } from './suite';
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

declare const self: DedicatedWorkerGlobalScope;

try {
  const backend = await initBackend({
    wasmPaths: {
      'tfjs-backend-wasm.wasm': wasmUrl,
      'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
      'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
    },
  });
  await runSuite((row) => self.postMessage({ row }));
  self.postMessage({ done: true, backend });
} catch (err) {
  self.postMessage({ error: err instanceof Error ? err.message : String(err) });
}
