/**
 * `npx tsx bench/overviewBrowser.ts`: the app's overview of the 2 GiB safetensors file (bench/overviewFile.ts) in
 * headless Chromium, on a production build, with the Overview tab's Worker pool, against a plain read of the same
 * File in a Worker in the same page. Three rounds; prints wall times and throughput, asserts nothing.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { ensureFile, FILE_PATH, TENSORS } from './overviewFile';

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const outDir = 'bench/out';
const PORT = Number(process.env.BENCH_PORT ?? 4189);
const ROUNDS = 3;
const WORKERS = 2;

const bytes = await ensureFile();
const gbps = (ms: number): string => (bytes / (ms * 1e6)).toFixed(2);
await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true, rollupOptions: { input: 'bench/overview.html' } } });
const server = await preview({ build: { outDir }, preview: { port: PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking', '--disable-component-update'] });
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  await page.goto(`http://127.0.0.1:${PORT}/bench/overview.html`);
  await page.locator('#file').setInputFiles(FILE_PATH);
  console.log(
    `Chromium ${browser.version()}: overview of a 2 GiB safetensors file (${TENSORS.length} F32 tensors) by the app's pool of ${WORKERS} Workers, 16 MiB reads`,
  );
  for (let round = 1; round <= ROUNDS; round++) {
    const r = await page.evaluate((w) => {
      if (!window.overviewBench) throw new Error('the bench page did not start');
      return window.overviewBench(w);
    }, WORKERS);
    const read = Math.min(...r.readMs);
    console.log(
      `round ${round}: plain read ${r.readMs.map((m) => m.toFixed(0)).join(' / ')} ms (best ${gbps(read)} GB/s); overview ${r.overviewMs.toFixed(0)} ms (${gbps(r.overviewMs)} GB/s, ${((100 * read) / r.overviewMs).toFixed(0)} % of the plain read's throughput), first row after ${r.firstRowMs.toFixed(0)} ms; ${r.rows} rows, ${r.errors} errors; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
    );
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
