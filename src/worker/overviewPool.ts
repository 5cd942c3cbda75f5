/**
 * Runs an overview over a small pool of Workers (one per core, at most 2 by default): each opens the file set,
 * then the pool hands out tensors one at a time to whichever Worker is free (in scanOrder: the smallest first, then
 * largest first), so rows arrive as tensors finish.
 * Cancel terminates the Workers at once.
 */
import { scanOrder, type OverviewRow } from '../overview';
import type { OverviewListing, OverviewRequest, OverviewResponse } from './overviewProtocol';

/** The part of a Worker the pool uses (tests pass in-process fakes). */
export interface WorkerLike {
  postMessage(m: OverviewRequest): void;
  onmessage: ((e: MessageEvent<OverviewResponse>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

/** What the pool reports while it runs. */
export interface PoolEvents {
  onListing(listing: OverviewListing): void;
  onRow(row: OverviewRow): void;
  /** float32 bytes scanned since the last call. */
  onBytes(bytes: number): void;
  onDone(): void;
  onError(message: string): void;
}

/** Starts scanning `files` with `size` Workers from `spawn`; returns a cancel function. */
export function runOverviewPool(files: File[], size: number, spawn: () => WorkerLike, events: PoolEvents): () => void {
  const workers = Array.from({ length: Math.max(1, size) }, spawn);
  let next = 0;
  let order: number[] = [];
  let total = -1;
  let finished = 0;
  let stopped = false;
  const stop = (): void => {
    stopped = true;
    for (const w of workers) w.terminate();
  };
  const give = (w: WorkerLike): void => {
    if (next < total) w.postMessage({ kind: 'scan', index: order[next++] });
  };
  workers.forEach((w, k) => {
    w.onmessage = (e) => {
      if (stopped) return;
      const m = e.data;
      if (m.kind === 'failed') {
        stop();
        events.onError(m.error);
      } else if (m.kind === 'opened') {
        if (k === 0) {
          total = m.listing.tensors.length;
          order = scanOrder(m.listing.tensors);
          events.onListing(m.listing);
          if (total === 0) {
            stop();
            events.onDone();
            return;
          }
          workers.forEach(give); // the others opened too, or will have by the time their first scan is read
        }
      } else if (m.kind === 'progress') events.onBytes(m.bytes);
      else {
        events.onRow(m.row);
        finished++;
        if (finished === total) {
          stop();
          events.onDone();
        } else give(w);
      }
    };
    w.onerror = (e) => {
      if (stopped) return;
      stop();
      events.onError(e.message || 'an overview worker failed');
    };
    w.postMessage({ kind: 'open', files });
  });
  return stop;
}
