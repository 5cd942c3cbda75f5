/** Page side of the browser bench: runs the suite in a Worker (as the app does) and exposes the rows. */
import type { BenchRow } from './suite';

declare global {
  interface Window {
    benchDone?: Promise<{ backend: string; rows: BenchRow[] }>;
  }
}

const worker = new Worker(new URL('./bench.worker.ts', import.meta.url), { type: 'module' });
const out = document.getElementById('out') as HTMLElement;
window.benchDone = new Promise((resolve, reject) => {
  const rows: BenchRow[] = [];
  worker.onmessage = (e: MessageEvent<{ row?: BenchRow; backend?: string; done?: boolean; error?: string }>) => {
    if (e.data.error) reject(new Error(e.data.error));
    if (e.data.row) {
      rows.push(e.data.row);
      out.textContent = rows.map((r) => `${r.op}: ${r.ms.toFixed(2)} ms`).join('\n');
    }
    if (e.data.done) resolve({ backend: e.data.backend ?? '?', rows });
  };
});
