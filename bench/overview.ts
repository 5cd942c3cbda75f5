/**
 * `npx tsx bench/overview.ts`: the overview of a 2 GiB safetensors file (written once to the temp folder, never
 * committed) in two worker threads running the app's overview Worker code, against a plain read of the same
 * file in the same run. Prints throughput, time to the first row and peak memory; asserts nothing.
 */
import { openAsBlob } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ensureFile, FILE_PATH, TENSORS, VALUES } from './overviewFile';
import { scanOrder, type OverviewRow } from '../src/overview';
import type { OverviewResponse } from '../src/worker/overviewProtocol';

const CHUNK = 16 * 2 ** 20;
const WORKERS = 2;
const path = FILE_PATH;

/** CPU time (user + system, every thread of the process) in ms. */
const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;
const readCpuMs: number[] = [];

/** Reads every byte of the file once in 16 MiB slices (the same Blob reads the overview makes), nothing else. */
async function plainRead(): Promise<number> {
  const blob = await openAsBlob(path);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let sum = 0;
  for (let s = 0; s < blob.size; s += CHUNK) sum += new Uint8Array(await blob.slice(s, Math.min(blob.size, s + CHUNK)).arrayBuffer())[0];
  if (Number.isNaN(sum)) throw new Error('unreachable');
  readCpuMs.push(cpuMs(process.cpuUsage(c0)));
  return performance.now() - t0;
}

/** A worker thread running bench/overview.worker.ts under tsx. */
function spawn(): Worker {
  const url = new URL('./overview.worker.ts', import.meta.url).href;
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); });`, {
    eval: true,
  });
}

type Reply = OverviewResponse & { peakHeap: number; peakBuffers: number };

/**
 * The overview in WORKERS threads, tensors handed out one at a time in the app pool's order (scanOrder). The
 * scan starts once every worker has started (tsx compiles the sources in each: a cost the app's bundled Workers do
 * not pay) and opened the file; times and CPU are reported from the start and from that moment.
 */
async function overview(): Promise<{
  ms: number;
  cpu: number;
  scanCpu: number;
  firstRowMs: number;
  readyMs: number;
  rows: OverviewRow[];
  peakHeap: number;
  peakBuffers: number;
}> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const workers = Array.from({ length: WORKERS }, spawn);
  const rows: OverviewRow[] = [];
  const heaps = new Array<number>(WORKERS).fill(0);
  const buffers = new Array<number>(WORKERS).fill(0);
  const order = scanOrder(TENSORS);
  let next = 0;
  let firstRowMs = 0;
  let readyMs = 0;
  let readyCpu = c0;
  let opened = 0;
  const gives: (() => void)[] = [];
  await new Promise<void>((resolve, reject) => {
    workers.forEach((w, k) => {
      const give = () => {
        if (next < TENSORS.length) w.postMessage({ kind: 'scan', index: order[next++] });
      };
      gives.push(give);
      w.on('error', reject);
      w.on('message', (m: Reply) => {
        heaps[k] = Math.max(heaps[k], m.peakHeap);
        buffers[k] = Math.max(buffers[k], m.peakBuffers);
        if (m.kind === 'failed') reject(new Error(m.error));
        else if (m.kind === 'opened') {
          if (++opened < WORKERS) return;
          readyMs = performance.now() - t0;
          readyCpu = process.cpuUsage();
          gives.forEach((g) => g());
        } else if (m.kind === 'row') {
          if (rows.length === 0) firstRowMs = performance.now() - t0;
          rows.push(m.row);
          if (rows.length === TENSORS.length) resolve();
          else give();
        }
      });
      w.postMessage({ kind: 'openPath', path });
    });
  });
  const ms = performance.now() - t0;
  const cpu = cpuMs(process.cpuUsage(c0));
  const scanCpu = cpuMs(process.cpuUsage(readyCpu));
  await Promise.all(workers.map((w) => w.terminate()));
  return {
    ms,
    cpu,
    scanCpu,
    firstRowMs,
    readyMs,
    rows,
    peakHeap: heaps.reduce((a, b) => a + b, 0),
    peakBuffers: buffers.reduce((a, b) => a + b, 0),
  };
}

const bytes = await ensureFile();
const gbps = (ms: number) => (bytes / (ms * 1e6)).toFixed(2);
const mib = (b: number) => (b / 2 ** 20).toFixed(0);
const readMs = [await plainRead()];
const o = await overview();
readMs.push(await plainRead());
const read = Math.min(...readMs);
console.log(`overview of a 2 GiB safetensors file (${TENSORS.length} F32 tensors), ${WORKERS} worker threads, 16 MiB chunks`);
console.log(`plain read of the same file: ${readMs.map((m) => m.toFixed(0)).join(' / ')} ms (best ${gbps(read)} GB/s)`);
console.log(
  `overview: ${o.ms.toFixed(0)} ms from spawning the workers (${gbps(o.ms)} GB/s, ${((100 * read) / o.ms).toFixed(0)} % of the plain read's throughput); first row after ${o.firstRowMs.toFixed(0)} ms`,
);
const scanMs = o.ms - o.readyMs;
console.log(
  `  of which starting the workers under tsx and opening the file ${o.readyMs.toFixed(0)} ms; the scan itself ${scanMs.toFixed(0)} ms (${gbps(scanMs)} GB/s, ${((100 * read) / scanMs).toFixed(0)} % of the read's throughput), its first row after ${(o.firstRowMs - o.readyMs).toFixed(0)} ms`,
);
console.log(
  `CPU time (all threads): plain read ${readCpuMs.map((m) => m.toFixed(0)).join(' / ')} ms; overview ${o.cpu.toFixed(0)} ms (${((o.cpu * 1e6) / VALUES).toFixed(1)} ns per value), the scan itself ${o.scanCpu.toFixed(0)} ms (${((o.scanCpu * 1e6) / VALUES).toFixed(1)} ns per value, the plain read ${((Math.min(...readCpuMs) * 1e6) / VALUES).toFixed(1)}); load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
);
console.log(
  `peak JS heap ${mib(o.peakHeap)} MiB (sum over the workers), peak ArrayBuffers ${mib(o.peakBuffers)} MiB; ${o.rows.filter((r) => 'error' in r).length} errors`,
);
