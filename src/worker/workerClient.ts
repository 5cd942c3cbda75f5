import { CodedError, type CodedText } from '../shared/codedError';
import type { AbandonMessage, CancelMessage, Progress, WorkerApi } from './api';

/** Methods of a Worker's API: each takes structured-cloneable arguments and returns (a Promise of) its result. */
type Api<A> = { [M in keyof A]: (...args: never[]) => unknown };
type Args<A, M extends keyof A> = A[M] extends (...args: infer P) => unknown ? P : never;
type Result<A, M extends keyof A> = A[M] extends (...args: never[]) => infer R ? Awaited<R> : never;

/** A call sent to the Worker. */
interface Call {
  id: number;
  method: string;
  args: unknown[];
}

/** The Worker's answer to call `id`: a result, an error, word that it stopped because it was superseded, or its progress. */
type Answer<P> =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: string; coded?: CodedText }
  | { id: number; ok: false; superseded: true }
  | { id: number; progress: P }
  | { pong: number };

/** How a request superseded by a newer one of the same kind settles: rejected with this error, never shown to the user. */
export class Superseded extends Error {
  constructor() {
    super('superseded by a newer request');
    this.name = 'Superseded';
  }
}

/** Whether err is the settlement of a superseded request (drop it silently). */
export const isSuperseded = (err: unknown): boolean => err instanceof Superseded;

/**
 * Leaves a User Timing entry `worker <method> <outcome>` spanning a job's time in the Worker (sent → answered), for
 * the interaction bench and the browser's performance panel to show which result lands last and what each costs.
 */
function timeJob(job: Job, answer: { ok: boolean }): void {
  const outcome = job.abandoned || 'superseded' in answer ? 'superseded' : answer.ok ? 'ok' : 'failed';
  const name = `worker ${job.request.method} ${outcome}`;
  if (++timed > MAX_TIMED) {
    for (const n of timedNames) performance.clearMeasures(n); // a long class session makes thousands of jobs
    timed = 1;
  }
  timedNames.add(name);
  performance.measure(name, { start: job.sentAt, end: performance.now() });
}

/** Job timings kept before they are all cleared, and the entry names used (to clear only those). */
const MAX_TIMED = 500;
let timed = 0;
const timedNames = new Set<string>();

/** The part of a Worker the client uses (a fake one in tests). */
export type WorkerPort = Pick<Worker, 'postMessage' | 'onmessage' | 'onerror' | 'onmessageerror' | 'terminate'>;

/** One request: sent when the Worker is free; `kind`/`key` say what a newer request may supersede. */
interface Job {
  request: Call;
  kind: string | null;
  key: string;
  promise: Promise<unknown>;
  resolve(v: unknown): void;
  reject(e: Error): void;
  /** Superseded while running: its promise is settled; the Worker's answer only frees the Worker. */
  abandoned: boolean;
  /** When it was sent to the Worker (performance.now(), ms). */
  sentAt: number;
}

/**
 * Typed calls into the quantization Worker, one running at a time, the rest queued here. Requests made with
 * `latest` carry a kind and a key: a newer one of the same kind takes the place of a queued one (which settles
 * as {@link Superseded}), and a running one on another key is told to stop at its next chunk boundary. A
 * request for the key already queued or running shares that request's answer.
 */
export class WorkerClient<A extends Api<A> = WorkerApi, P = Progress> {
  private nextId = 1;
  private readonly queue: Job[] = [];
  private running: Job | null = null;
  /** Called with the progress of long calls, and with null when a call ends. */
  onProgress: (progress: P | null) => void = () => undefined;

  /** When the Worker last answered anything, a heartbeat included (or started), ms (performance.now()). */
  lastSign = performance.now();
  /** Called when the Worker fails outside any call (an uncaught error, a message it cannot read). */
  onFault: (why: string) => void = () => undefined;

  constructor(private worker: WorkerPort) {
    this.attach(worker);
  }

  /** Replaces a dead Worker by `worker`: requests queued or running fail with `why`; later ones go to the new Worker. */
  replace(worker: WorkerPort, why: string): void {
    this.worker.terminate();
    this.failAll(new Error(why));
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

  private attach(worker: WorkerPort): void {
    worker.onmessage = (event: MessageEvent<Answer<P>>) => {
      const r = event.data;
      this.lastSign = performance.now();
      if ('pong' in r) return;
      if ('progress' in r) return this.onProgress(r.progress);
      const job = this.running;
      if (!job || job.request.id !== r.id) return;
      this.running = null;
      this.onProgress(null);
      timeJob(job, r);
      if (!job.abandoned) {
        if (r.ok) job.resolve(r.result);
        else if ('superseded' in r) job.reject(new Superseded());
        else job.reject(r.coded ? new CodedError(r.error, r.coded.code, r.coded.params) : new Error(r.error));
      }
      this.pump();
    };
    worker.onerror = (event) => {
      this.failAll(new Error(event.message || 'the quantization worker failed'));
      this.onFault(event.message || 'an uncaught error');
    };
    worker.onmessageerror = () => this.onFault('a message it could not read');
  }

  /** Settles every request queued or running with `error`. */
  private failAll(error: Error): void {
    for (const job of [...(this.running ? [this.running] : []), ...this.queue.splice(0)]) if (!job.abandoned) job.reject(error);
    this.running = null;
  }

  /** Asks the running call to stop at its next checkpoint (it then fails with "cancelled"). */
  cancel(): void {
    const message: CancelMessage = { cancel: true, ids: this.running ? [this.running.request.id] : [] };
    this.worker.postMessage(message);
  }

  /** Runs `method` in the Worker, after every request made before it. */
  call<M extends keyof A & string>(method: M, ...args: Args<A, M>): Promise<Result<A, M>> {
    return this.enqueue(null, '', method, args);
  }

  /**
   * Runs `method` for `key`; a later `latest` call of the same `kind` with another key supersedes this one
   * (it settles as {@link Superseded}). The same kind and key as a queued or running request returns that request's answer.
   */
  latest<M extends keyof A & string>(kind: string, key: string, method: M, ...args: Args<A, M>): Promise<Result<A, M>> {
    const same = (j: Job | null) => j !== null && !j.abandoned && j.kind === kind;
    if (same(this.running) && this.running?.key === key) return this.running.promise as Promise<Result<A, M>>;
    const queued = this.queue.findIndex(same);
    if (queued >= 0) {
      const [old] = this.queue.splice(queued, 1);
      if (old.key === key) {
        this.queue.push(old); // keeps its answer, and its place behind newer requests of other kinds
        return old.promise as Promise<Result<A, M>>;
      }
      old.reject(new Superseded());
    }
    if (this.running && same(this.running)) {
      this.running.abandoned = true;
      this.running.reject(new Superseded());
      const message: AbandonMessage = { abandon: this.running.request.id };
      this.worker.postMessage(message);
    }
    return this.enqueue(kind, key, method, args);
  }

  /** Number of requests queued or running (for tests and the bench). */
  get backlog(): number {
    return this.queue.length + (this.running ? 1 : 0);
  }

  /** Requests sent or queued and not yet answered. */
  get busy(): boolean {
    return this.backlog > 0;
  }

  private enqueue<M extends keyof A & string>(kind: string | null, key: string, method: M, args: Args<A, M>): Promise<Result<A, M>> {
    const request: Call = { id: this.nextId++, method, args };
    let settle: Pick<Job, 'resolve' | 'reject'> = { resolve: () => undefined, reject: () => undefined };
    const promise = new Promise<unknown>((resolve, reject) => (settle = { resolve, reject }));
    this.queue.push({ request, kind, key, promise, ...settle, abandoned: false, sentAt: 0 });
    this.pump();
    return promise as Promise<Result<A, M>>;
  }

  /** Sends the next queued request when the Worker is free. */
  private pump(): void {
    if (this.running) return;
    const next = this.queue.shift();
    if (!next) return;
    this.running = next;
    next.sentAt = performance.now();
    this.worker.postMessage(next.request);
  }
}
