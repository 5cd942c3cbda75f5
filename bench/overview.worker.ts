/** A worker_threads stand-in for the app's overview Worker (bench only): same handler, the file opened by path. */
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { overviewHandler } from '../src/worker/overviewHandler';
import type { OverviewRequest } from '../src/worker/overviewProtocol';

const port = parentPort;
if (!port) throw new Error('run as a worker thread');
let peakHeap = 0;
let peakBuffers = 0;
const sample = (): void => {
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakBuffers = Math.max(peakBuffers, m.arrayBuffers);
};
const handle = overviewHandler((m) => {
  sample();
  port.postMessage({ ...m, peakHeap, peakBuffers });
});
let queue: Promise<void> = Promise.resolve();
port.on('message', (m: OverviewRequest | { kind: 'openPath'; path: string }) => {
  queue = queue.then(async () => {
    if (m.kind === 'openPath') await handle({ kind: 'open', files: [new File([await openAsBlob(m.path)], basename(m.path))] });
    else await handle(m);
  });
});
