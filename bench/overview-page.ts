/**
 * Page side of the browser overview bench: a plain read of the chosen File in a Worker, and the app's overview (its
 * Worker pool and overview Worker, as the Overview tab runs them); the Node side calls them in turn.
 */
import { runOverviewPool, type WorkerLike } from '../src/worker/overviewPool';
import { SCAN_CHUNK_BYTES } from '../src/overview';

/** One overview's wall times in ms, its rows and their errors. */
export interface OverviewRun {
  overviewMs: number;
  firstRowMs: number;
  rows: number;
  errors: number;
}

declare global {
  interface Window {
    /** Wall time in ms of a plain read of the chosen file. */
    plainReadBench?: () => Promise<number>;
    overviewBench?: (workers: number) => Promise<OverviewRun>;
  }
}

/** Reads every byte of `file` once in a fresh Worker; resolves with the read's wall time in ms. */
function plainRead(file: File): Promise<number> {
  const w = new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<number>((resolve, reject) => {
    w.onmessage = (e: MessageEvent<{ ms: number }>) => {
      w.terminate();
      resolve(e.data.ms);
    };
    w.onerror = (e) => reject(new Error(e.message));
    w.postMessage({ file, chunk: SCAN_CHUNK_BYTES });
  });
}

/** The overview of `file` in `workers` Workers, timed from spawning them to the last row. */
function overview(file: File, workers: number): Promise<OverviewRun> {
  const spawn = (): WorkerLike => new Worker(new URL('../src/worker/overview.worker.ts', import.meta.url), { type: 'module' });
  const t0 = performance.now();
  let firstRowMs = 0;
  let rows = 0;
  let errors = 0;
  return new Promise((resolve, reject) => {
    runOverviewPool([file], workers, spawn, {
      onListing() {},
      onRow(row) {
        if (rows++ === 0) firstRowMs = performance.now() - t0;
        if ('error' in row) errors++;
      },
      onBytes() {},
      onDone: () => resolve({ overviewMs: performance.now() - t0, firstRowMs, rows, errors }),
      onError: (message) => reject(new Error(message)),
    });
  });
}

const input = document.getElementById('file') as HTMLInputElement;
const out = document.getElementById('out') as HTMLElement;
/** The chosen file. */
function chosen(): File {
  const file = input.files?.[0];
  if (!file) throw new Error('choose a file first');
  return file;
}
window.plainReadBench = () => plainRead(chosen());
window.overviewBench = async (workers) => {
  out.textContent = 'running…';
  const result = await overview(chosen(), workers);
  out.textContent = JSON.stringify(result, null, 2);
  return result;
};
