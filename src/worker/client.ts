import type { CancelMessage, Progress, WorkerApi } from './api';

/** Methods of a Worker's API: each takes structured-cloneable arguments and returns (a Promise of) its result. */
type Api<A> = { [M in keyof A]: (...args: never[]) => unknown };
type Args<A, M extends keyof A> = A[M] extends (...args: infer P) => unknown ? P : never;
type Result<A, M extends keyof A> = A[M] extends (...args: never[]) => infer R ? Awaited<R> : never;

/** The Worker's answer to call `id`: a result, an error message, or (any number of times before those) its progress. */
type Answer<P> =
  { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string } | { id: number; progress: P } | { pong: number };

/** Typed calls into a Worker (API `A`, progress reports `P`); answers come back in any order, matched by id. */
export class WorkerClient<A extends Api<A> = WorkerApi, P = Progress> {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  /** Called with the progress of long calls, and with null when a call ends. */
  onProgress: (progress: P | null) => void = () => undefined;

  /** When the Worker last answered a heartbeat (or started), ms (performance.now()). */
  lastSign = performance.now();

  constructor(private worker: Worker) {
    this.attach(worker);
  }

  /** Calls sent and not yet answered. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  /** Replaces a dead Worker by `worker`: calls still waiting fail with `why`; later calls go to the new Worker. */
  replace(worker: Worker, why: string): void {
    this.worker.terminate();
    const error = new Error(why);
    for (const w of this.pending.values()) w.reject(error);
    this.pending.clear();
    this.onProgress(null);
    this.worker = worker;
    this.lastSign = performance.now();
    this.attach(worker);
  }

  /** Sends a heartbeat; the Worker answers it between tasks (see `lastSign`). */
  ping(): void {
    this.worker.postMessage({ ping: Date.now() });
  }

  /** Ends the Worker at once, as a crash would (a test hook: the watchdog must notice and replace it). */
  kill(): void {
    this.worker.terminate();
  }

  /** Called when the Worker fails outside any call (an uncaught error, a message it cannot read). */
  onFault: (why: string) => void = () => undefined;

  private attach(worker: Worker): void {
    worker.onmessage = (event: MessageEvent<Answer<P>>) => {
      const r = event.data;
      this.lastSign = performance.now();
      if ('pong' in r) return;
      if ('progress' in r) return this.onProgress(r.progress);
      const waiter = this.pending.get(r.id);
      if (!waiter) return;
      this.pending.delete(r.id);
      this.onProgress(null);
      if (r.ok) waiter.resolve(r.result);
      else waiter.reject(new Error(r.error));
    };
    worker.onerror = (event) => {
      const error = new Error(event.message || 'the quantization worker failed');
      for (const w of this.pending.values()) w.reject(error);
      this.pending.clear();
      this.onFault(event.message || 'an uncaught error');
    };
    worker.onmessageerror = () => this.onFault('a message it could not read');
  }

  /** Asks the running call to stop at its next checkpoint (and a Worker that queues calls to skip the others sent so far). */
  cancel(): void {
    const message: CancelMessage = { cancel: true, ids: [...this.pending.keys()] };
    this.worker.postMessage(message);
  }

  /** Runs `method` in the Worker. */
  call<M extends keyof A & string>(method: M, ...args: Args<A, M>): Promise<Result<A, M>> {
    const id = this.nextId++;
    const request = { id, method, args };
    return new Promise<Result<A, M>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage(request);
    });
  }
}

/** A fresh quantization Worker. */
function spawnQuantWorker(): Worker {
  return new Worker(new URL('./quant.worker.ts', import.meta.url), { type: 'module' });
}

/** The app's single Worker (replaced by a fresh one if it dies: see watchWorker). */
export const quantWorker = new WorkerClient(spawnQuantWorker());

/** Heartbeat period, and how long the Worker may stay silent when idle / while a call runs before it counts as dead, ms. */
export const WATCH = { every: 2000, idleSilence: 8000, busySilence: 120_000 };

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
