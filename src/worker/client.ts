import type { CancelMessage, Progress, WorkerApi } from './api';

/** Methods of a Worker's API: each takes structured-cloneable arguments and returns (a Promise of) its result. */
type Api<A> = { [M in keyof A]: (...args: never[]) => unknown };
type Args<A, M extends keyof A> = A[M] extends (...args: infer P) => unknown ? P : never;
type Result<A, M extends keyof A> = A[M] extends (...args: never[]) => infer R ? Awaited<R> : never;

/** The Worker's answer to call `id`: a result, an error message, or (any number of times before those) its progress. */
type Answer<P> = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string } | { id: number; progress: P };

/** Typed calls into a Worker (API `A`, progress reports `P`); answers come back in any order, matched by id. */
export class WorkerClient<A extends Api<A> = WorkerApi, P = Progress> {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  /** Called with the progress of long calls, and with null when a call ends. */
  onProgress: (progress: P | null) => void = () => undefined;

  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<Answer<P>>) => {
      const r = event.data;
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
    };
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

/** The app's single Worker. */
export const quantWorker = new WorkerClient(new Worker(new URL('./quant.worker.ts', import.meta.url), { type: 'module' }));
