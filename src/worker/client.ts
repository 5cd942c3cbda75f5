import type { CancelMessage, Method, Progress, Request, Response, WorkerApi } from './api';

type Result<M extends Method> = Awaited<ReturnType<WorkerApi[M]>>;

/** Typed calls into the quantization Worker; answers come back in any order, matched by id. */
export class WorkerClient {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  /** Called with the progress of long calls, and with null when a call ends. */
  onProgress: (progress: Progress | null) => void = () => undefined;

  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<Response>) => {
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

  /** Asks the running call to stop at its next checkpoint. */
  cancel(): void {
    const message: CancelMessage = { cancel: true };
    this.worker.postMessage(message);
  }

  /** Runs `method` in the Worker. */
  call<M extends Method>(method: M, ...args: Parameters<WorkerApi[M]>): Promise<Result<M>> {
    const id = this.nextId++;
    const request: Request<M> = { id, method, args };
    return new Promise<Result<M>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage(request);
    });
  }
}

/** The app's single Worker. */
export const quantWorker = new WorkerClient(new Worker(new URL('./quant.worker.ts', import.meta.url), { type: 'module' }));
