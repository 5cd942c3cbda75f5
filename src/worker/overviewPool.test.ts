import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OverviewRow } from '../overview';
import { overviewHandler } from './overviewHandler';
import { runOverviewPool, type WorkerLike } from './overviewPool';
import type { OverviewListing, OverviewRequest, OverviewResponse } from './overviewProtocol';

const fixture = (rel: string): File =>
  new File([readFileSync(new URL(`../../tests/fixtures/overview/${rel}`, import.meta.url))], rel.split('/').pop() ?? rel);

/** An in-process stand-in for a Worker running the real handler; records which tensors it scanned. */
class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<OverviewResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  scanned: number[] = [];
  terminated = false;
  private queue: Promise<void> = Promise.resolve();
  private readonly handle = overviewHandler((m) => {
    if (!this.terminated) this.onmessage?.({ data: m } as MessageEvent<OverviewResponse>);
  });
  postMessage(m: OverviewRequest): void {
    if (m.kind === 'scan') this.scanned.push(m.index);
    this.queue = this.queue.then(() => this.handle(m));
  }
  terminate(): void {
    this.terminated = true;
  }
}

function run(files: File[], size: number) {
  const workers: FakeWorker[] = [];
  const rows: OverviewRow[] = [];
  let listing: OverviewListing | null = null;
  let bytes = 0;
  let cancel = (): void => undefined;
  const done = new Promise<string | null>((resolve) => {
    cancel = runOverviewPool(
      files,
      size,
      () => {
        const w = new FakeWorker();
        workers.push(w);
        return w;
      },
      {
        onListing: (l) => (listing = l),
        onRow: (r) => rows.push(r),
        onBytes: (b) => (bytes += b),
        onDone: () => resolve(null),
        onError: (e) => resolve(e),
      },
    );
  });
  return { workers, rows, done, cancel, listing: () => listing, bytes: () => bytes };
}

describe('overview pool', () => {
  it('spreads the tensors over both workers, each scanned once, every row arriving', async () => {
    const r = run([fixture('model.safetensors')], 2);
    expect(await r.done).toBeNull();
    expect(r.rows.map((x) => x.index).sort()).toEqual([0, 1, 2, 3, 4, 5]);
    const scanned = r.workers.flatMap((w) => w.scanned).sort();
    expect(scanned).toEqual([0, 1, 2, 3, 4, 5]);
    expect(r.workers.every((w) => w.scanned.length > 0)).toBe(true);
    expect(r.workers.every((w) => w.terminated)).toBe(true);
    const listing = r.listing();
    const values = listing ? listing.tensors.reduce((s, t) => s + t.shape.reduce((a, b) => a * b, 1), 0) : 0;
    expect(r.bytes()).toBe(4 * values);
  });

  it('reports the shards an index names that were not selected, and scans the rest', async () => {
    const r = run([fixture('sharded/model.safetensors.index.json'), fixture('sharded/model-00002-of-00002.safetensors')], 2);
    expect(await r.done).toBeNull();
    expect(r.listing()?.missing).toEqual(['model-00001-of-00002.safetensors']);
    expect(r.rows).toHaveLength(3);
  });

  it('a file that does not open ends the scan with its message', async () => {
    const r = run([new File([new Uint8Array([1, 2, 3])], 'x.safetensors')], 2);
    expect(await r.done).toContain('x.safetensors');
  });

  it('cancel stops every worker and no row arrives after it', async () => {
    const r = run([fixture('model.safetensors')], 2);
    r.cancel();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(r.workers.every((w) => w.terminated)).toBe(true);
    expect(r.rows).toHaveLength(0);
  });
});
