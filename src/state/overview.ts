import { create } from 'zustand';
import type { OverviewRow } from '../overview';
import { fetchWithCompanions } from '../worker/fetchSource';
import { runOverviewPool, type WorkerLike } from '../worker/overviewPool';
import type { OverviewListing } from '../worker/overviewProtocol';
import { containerKey, sourceUrls, type Source } from './source';

/** Where a scan is: never started, running, finished, cancelled by the user, or stopped by an error. */
export type OverviewStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** The overview's derived state: rows as they arrive and the scan's progress (its view options live in the scene). */
export interface OverviewState {
  /** Local files of the open file set, by container key (files are never in the link; kept for the overview Workers). */
  files: { key: string; files: File[] } | null;
  /** Container key of the file set scanned (or being scanned). */
  key: string | null;
  status: OverviewStatus;
  listing: OverviewListing | null;
  rows: OverviewRow[];
  /** float32 bytes scanned so far, and in all. */
  bytesDone: number;
  bytesTotal: number;
  elapsedMs: number;
  error: string | null;
}

export const useOverview = create<OverviewState>()(() => ({
  files: null,
  key: null,
  status: 'idle',
  listing: null,
  rows: [],
  bytesDone: 0,
  bytesTotal: 0,
  elapsedMs: 0,
  error: null,
}));

/** Keeps the local files just opened, so the overview can hand them to its Workers. */
export function rememberFiles(key: string, files: File[]): void {
  useOverview.setState({ files: { key, files } });
}

/** Workers used: one per core, at most two. */
function poolSize(): number {
  const cores = typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency || 2;
  return Math.max(1, Math.min(2, cores));
}

const spawn = (): WorkerLike => new Worker(new URL('../worker/overview.worker.ts', import.meta.url), { type: 'module' });

let stopPool: (() => void) | null = null;
let timer: ReturnType<typeof setInterval> | null = null;

/** Rows (and scanned bytes) not yet in the store: they are added in batches, at most every FLUSH_MS, so a model of
 * hundreds of small tensors re-renders the table a few times a second, not once per tensor. */
const FLUSH_MS = 200;
let pendingRows: OverviewRow[] = [];
let pendingBytes = 0;
let flushTimer: ReturnType<typeof setTimeout> | null = null;

function flush(): void {
  if (flushTimer !== null) clearTimeout(flushTimer);
  flushTimer = null;
  if (pendingRows.length === 0 && pendingBytes === 0) return;
  const [rows, bytes] = [pendingRows, pendingBytes];
  [pendingRows, pendingBytes] = [[], 0];
  useOverview.setState((s) => ({ rows: rows.length > 0 ? [...s.rows, ...rows] : s.rows, bytesDone: s.bytesDone + bytes }));
}

function later(): void {
  flushTimer ??= setTimeout(flush, FLUSH_MS);
}

/** Drops what a stopped scan had not yet shown. */
function dropPending(): void {
  if (flushTimer !== null) clearTimeout(flushTimer);
  [flushTimer, pendingRows, pendingBytes] = [null, [], 0];
}

function endTimer(startedAt: number): void {
  if (timer !== null) clearInterval(timer);
  timer = null;
  useOverview.setState({ elapsedMs: performance.now() - startedAt });
}

/** The files of a non-sample source: the local files kept at opening, or the model's / URL's files fetched. */
async function filesOf(source: Exclude<Source, { kind: 'sample' }>): Promise<File[]> {
  if (source.kind === 'file') {
    const kept = useOverview.getState().files;
    if (kept?.key !== containerKey(source)) throw new Error(`open ${source.files.join(', ')} again: files are not kept between visits`);
    return kept.files;
  }
  return fetchWithCompanions(sourceUrls(source), document.baseURI);
}

/** Scans every tensor of the source's file set in the overview Workers (cancelling a scan still running). */
export async function startOverview(source: Source): Promise<void> {
  if (source.kind === 'sample') return;
  cancelOverview();
  dropPending();
  const key = containerKey(source);
  const startedAt = performance.now();
  useOverview.setState({ key, status: 'running', listing: null, rows: [], bytesDone: 0, bytesTotal: 0, elapsedMs: 0, error: null });
  const fail = (error: string): void => {
    stopPool = null;
    flush();
    endTimer(startedAt);
    useOverview.setState({ status: 'failed', error });
  };
  let files: File[];
  try {
    files = await filesOf(source);
  } catch (err) {
    fail(err instanceof Error ? err.message : String(err));
    return;
  }
  if (useOverview.getState().key !== key || useOverview.getState().status !== 'running') return; // superseded meanwhile
  timer = setInterval(() => useOverview.setState({ elapsedMs: performance.now() - startedAt }), 250);
  stopPool = runOverviewPool(files, poolSize(), spawn, {
    onListing: (listing) =>
      useOverview.setState({ listing, bytesTotal: listing.tensors.reduce((s, t) => s + 4 * t.shape.reduce((a, b) => a * b, 1), 0) }),
    onRow: (row) => {
      pendingRows.push(row);
      if (useOverview.getState().rows.length === 0)
        flush(); // the first row shows at once
      else later();
    },
    onBytes: (bytes) => {
      pendingBytes += bytes;
      later();
    },
    onDone: () => {
      stopPool = null;
      flush();
      endTimer(startedAt);
      useOverview.setState({ status: 'done' });
    },
    onError: fail,
  });
}

/** Stops a running scan at once; rows already in stay. */
export function cancelOverview(): void {
  if (!stopPool) return;
  stopPool();
  stopPool = null;
  flush(); // rows already finished stay
  if (timer !== null) clearInterval(timer);
  timer = null;
  useOverview.setState({ status: 'cancelled' });
}
