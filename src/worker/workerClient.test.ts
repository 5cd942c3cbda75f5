import { describe, expect, it } from 'vitest';
import type { AbandonMessage, Request, Response } from './api';
import { isSuperseded, WorkerClient, type WorkerPort } from './workerClient';

/** A Worker stand-in that records what it is sent and answers when told to. */
class FakeWorker implements WorkerPort {
  onmessage: WorkerPort['onmessage'] = null;
  onerror: WorkerPort['onerror'] = null;
  onmessageerror: WorkerPort['onmessageerror'] = null;
  terminate(): void {}
  readonly sent: (Request | AbandonMessage)[] = [];
  postMessage(message: Request | AbandonMessage): void {
    this.sent.push(message);
  }
  /** Requests sent so far, as "method:first argument". */
  calls(): string[] {
    return this.sent.filter((m): m is Request => 'method' in m).map((m) => `${m.method}:${String(m.args[0])}`);
  }
  /** The Worker answers request `id`. */
  answer(id: number, response: Omit<Response, 'id'>): void {
    this.onmessage?.call(null as unknown as Worker, new MessageEvent('message', { data: { id, ...response } }));
  }
  /** Id of the last request sent. */
  lastId(): number {
    const requests = this.sent.filter((m): m is Request => 'method' in m);
    return requests[requests.length - 1].id;
  }
}

/** Settles to 'superseded', 'error: …' or the result, so a test can read how each promise ended. */
const outcome = (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    (v) => v,
    (e: unknown) => (isSuperseded(e) ? 'superseded' : `error: ${(e as Error).message}`),
  );

describe('WorkerClient', () => {
  it('sends one request at a time, in order', async () => {
    const w = new FakeWorker();
    const client = new WorkerClient(w);
    const a = client.call('histogram', 0, 1, 8);
    const b = client.call('histogram', 1, 2, 8);
    expect(w.calls()).toEqual(['histogram:0']);
    w.answer(w.lastId(), { ok: true, result: 'A' });
    expect(w.calls()).toEqual(['histogram:0', 'histogram:1']);
    w.answer(w.lastId(), { ok: true, result: 'B' });
    expect(await a).toBe('A');
    expect(await b).toBe('B');
  });

  it('lets a newer request of the same kind take the place of a queued one, which settles as superseded', async () => {
    const w = new FakeWorker();
    const client = new WorkerClient(w);
    const load = client.call('histogram', 0, 1, 8); // keeps the Worker busy
    const results = [1, 2, 3].map((v) => outcome(client.latest('zoom', `k${v}`, 'histogram', v, 9, 8)));
    const other = outcome(client.latest('exact', 'e', 'histogram', 7, 9, 8));
    w.answer(w.lastId(), { ok: true, result: 'load' });
    expect(w.calls()).toEqual(['histogram:0', 'histogram:3']); // 1 and 2 never reach the Worker
    w.answer(w.lastId(), { ok: true, result: 'zoom 3' });
    w.answer(w.lastId(), { ok: true, result: 'exact' });
    expect(await load).toBe('load');
    expect(await Promise.all(results)).toEqual(['superseded', 'superseded', 'zoom 3']);
    expect(await other).toBe('exact');
  });

  it('abandons a running request of the same kind: it settles at once, and the next runs once the Worker stops', async () => {
    const w = new FakeWorker();
    const client = new WorkerClient(w);
    const first = outcome(client.latest('gran', 'a', 'histogram', 1, 2, 8));
    const firstId = w.lastId();
    const second = outcome(client.latest('gran', 'b', 'histogram', 2, 3, 8));
    expect(await first).toBe('superseded');
    expect(w.sent[w.sent.length - 1]).toEqual({ abandon: firstId });
    expect(w.calls()).toEqual(['histogram:1']); // the Worker is still busy with the first
    w.answer(firstId, { ok: false, superseded: true });
    expect(w.calls()).toEqual(['histogram:1', 'histogram:2']);
    w.answer(w.lastId(), { ok: true, result: 'b' });
    expect(await second).toBe('b');
    expect(client.backlog).toBe(0);
  });

  it('shares the answer of a queued or running request for the same key instead of asking twice', async () => {
    const w = new FakeWorker();
    const client = new WorkerClient(w);
    const a = client.latest('exact', 'k', 'histogram', 1, 2, 8);
    const b = client.latest('exact', 'k', 'histogram', 1, 2, 8);
    expect(w.calls()).toEqual(['histogram:1']);
    w.answer(w.lastId(), { ok: true, result: 'once' });
    expect(await Promise.all([a, b])).toEqual(['once', 'once']);
  });

  it('reports errors as errors, and a Worker crash fails every waiting request', async () => {
    const w = new FakeWorker();
    const client = new WorkerClient(w);
    const bad = outcome(client.call('histogram', 1, 2, 8));
    w.answer(w.lastId(), { ok: false, error: 'no tensor' });
    expect(await bad).toBe('error: no tensor');
    const coded = client.call('histogram', 1, 2, 8).catch((e: unknown) => e);
    w.answer(w.lastId(), { ok: false, error: 'no model is loaded yet', coded: { code: 'noModel', params: { n: 1 } } });
    expect(await coded).toMatchObject({ name: 'CodedError', message: 'no model is loaded yet', code: 'noModel', params: { n: 1 } });
    const running = outcome(client.call('histogram', 1, 2, 8));
    const queued = outcome(client.latest('zoom', 'z', 'histogram', 2, 3, 8));
    w.onerror?.call(null as unknown as Worker, { message: 'boom' } as ErrorEvent);
    expect(await Promise.all([running, queued])).toEqual(['error: boom', 'error: boom']);
  });
  it('drops the result of an abandoned request that finished before the Worker saw the abandon', async () => {
    const w = new FakeWorker();
    const client = new WorkerClient(w);
    const first = outcome(client.latest('gran', 'a', 'histogram', 1, 2, 8));
    const firstId = w.lastId();
    const second = outcome(client.latest('gran', 'b', 'histogram', 2, 3, 8));
    w.answer(firstId, { ok: true, result: 'a, too late' });
    expect(await first).toBe('superseded');
    expect(w.calls()).toEqual(['histogram:1', 'histogram:2']);
    w.answer(w.lastId(), { ok: true, result: 'b' });
    expect(await second).toBe('b');
  });

  it('abandons a running request once: later requests of its kind only replace the queued one', async () => {
    const w = new FakeWorker();
    const client = new WorkerClient(w);
    const runs = outcome(client.latest('gran', 'a', 'histogram', 1, 2, 8));
    const firstId = w.lastId();
    const queued = outcome(client.latest('gran', 'b', 'histogram', 2, 3, 8));
    const last = outcome(client.latest('gran', 'c', 'histogram', 3, 4, 8));
    expect(w.sent.filter((m) => 'abandon' in m)).toEqual([{ abandon: firstId }]);
    expect(await Promise.all([runs, queued])).toEqual(['superseded', 'superseded']);
    w.answer(firstId, { ok: false, superseded: true });
    expect(w.calls()).toEqual(['histogram:1', 'histogram:3']); // b never reaches the Worker
    w.answer(w.lastId(), { ok: true, result: 'c' });
    expect(await last).toBe('c');
    expect(client.backlog).toBe(0);
  });

  it('asked again for a queued key, keeps its answer but moves behind the requests made since', async () => {
    const w = new FakeWorker();
    const client = new WorkerClient(w);
    void client.call('histogram', 0, 1, 8); // keeps the Worker busy
    const zoom = client.latest('zoom', 'k', 'histogram', 5, 6, 8);
    void client.call('histogram', 7, 8, 8);
    const again = client.latest('zoom', 'k', 'histogram', 5, 6, 8);
    for (const result of ['load', 'other']) w.answer(w.lastId(), { ok: true, result });
    expect(w.calls()).toEqual(['histogram:0', 'histogram:7', 'histogram:5']);
    w.answer(w.lastId(), { ok: true, result: 'zoom' });
    expect(await Promise.all([zoom, again])).toEqual(['zoom', 'zoom']);
  });

  it('a replaced Worker fails what was waiting with the reason, and later requests go to the new one', async () => {
    const dead = new FakeWorker();
    const client = new WorkerClient(dead);
    const running = outcome(client.call('histogram', 1, 2, 8));
    const queued = outcome(client.latest('zoom', 'z', 'histogram', 2, 3, 8));
    const fresh = new FakeWorker();
    client.replace(fresh, 'the Worker stopped answering');
    expect(await Promise.all([running, queued])).toEqual(['error: the Worker stopped answering', 'error: the Worker stopped answering']);
    const next = client.latest('zoom', 'z', 'histogram', 2, 3, 8);
    expect(fresh.calls()).toEqual(['histogram:2']);
    fresh.answer(fresh.lastId(), { ok: true, result: 'again' });
    expect(await next).toBe('again');
    expect(dead.calls()).toEqual(['histogram:1']);
  });
  it('leaves a User Timing entry per job, named by method and outcome, spanning its time in the Worker', async () => {
    performance.clearMeasures();
    const w = new FakeWorker();
    const client = new WorkerClient(w);
    const a = outcome(client.latest('exact', 'k1', 'histogram', 0, 1, 8));
    const b = outcome(client.latest('exact', 'k2', 'histogram', 1, 2, 8)); // supersedes the running k1
    w.answer(1, { ok: false, superseded: true });
    w.answer(w.lastId(), { ok: true, result: 'B' });
    expect([await a, await b]).toEqual(['superseded', 'B']);
    const entries = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('worker '));
    expect(entries.map((e) => e.name)).toEqual(['worker histogram superseded', 'worker histogram ok']);
    expect(entries.every((e) => e.duration >= 0)).toBe(true);
  });
  it('keeps at most 500 job timings (a long session does not grow the timeline without end)', async () => {
    const w = new FakeWorker();
    const client = new WorkerClient(w);
    for (let i = 0; i < 1200; i++) {
      const p = client.call('histogram', i, i + 1, 8);
      w.answer(w.lastId(), { ok: true, result: i });
      await p;
    }
    const kept = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('worker ')).length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThanOrEqual(500);
  });
});
