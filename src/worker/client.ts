import { WorkerClient } from './workerClient';

export { isSuperseded, WorkerClient } from './workerClient';

/** A fresh quantization Worker. */
function spawnQuantWorker(): Worker {
  return new Worker(new URL('./quant.worker.ts', import.meta.url), { type: 'module' });
}

/** The app's single Worker (replaced by a fresh one if it dies: see watchWorker). */
export const quantWorker = new WorkerClient(spawnQuantWorker());

/** Heartbeat period, and how long the Worker may stay silent when idle / while a call runs before it counts as dead, ms. */
export const WATCH = { every: 2000, idleSilence: 8000, busySilence: 30_000 };

/**
 * Watches the quantization Worker (uncaught errors, unreadable messages, a heartbeat) and replaces it by a fresh
 * one when it dies; `onRestart` hears why, so the page can reload its tensor and say what happened.
 */
export function watchWorker(onRestart: (why: string) => void): () => void {
  const restart = (why: string) => {
    quantWorker.replace(spawnQuantWorker(), `the computing Worker stopped (${why}) and was restarted`);
    onRestart(why);
  };
  quantWorker.onFault = restart;
  const timer = setInterval(() => {
    const silent = performance.now() - quantWorker.lastSign;
    if (silent > (quantWorker.busy ? WATCH.busySilence : WATCH.idleSilence)) restart(`no answer for ${Math.round(silent / 1000)} s`);
    else quantWorker.ping();
  }, WATCH.every);
  return () => clearInterval(timer);
}

// Test hook for the end-to-end tests: ends the Worker as a crash would.
(globalThis as { quantscopeKillWorker?: () => void }).quantscopeKillWorker = () => quantWorker.kill();
