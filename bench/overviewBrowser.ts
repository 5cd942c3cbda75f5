/**
 * `npx tsx bench/overviewBrowser.ts`: the app's overview of the 2 GiB safetensors file (bench/overviewFile.ts) in
 * headless Chromium, on a production build, with the Overview tab's Worker pool, against a plain read of the same
 * File in a Worker in the same page. Three rounds; prints wall times, throughput and Chromium's CPU time (from
 * /proc, so the figures hold under other load too); asserts nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { ensureFile, FILE_PATH, TENSORS, VALUES } from './overviewFile';

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const outDir = 'bench/out';
const PORT = Number(process.env.BENCH_PORT ?? 4189);
const ROUNDS = 3;
const WORKERS = Number(process.env.OVERVIEW_WORKERS ?? 2);

/** CPU seconds (user + system) of this process's descendants (Chromium and its helpers), from /proc; 0 elsewhere. */
function childCpuSeconds(): number {
  if (!existsSync('/proc/self/stat')) return 0;
  const procs = new Map<number, { parent: number; ticks: number }>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const fields = readFileSync(`/proc/${d}/stat`, 'utf8')
        .replace(/^.*\) /, '')
        .split(' '); // after "pid (comm) "
      procs.set(Number(d), { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the process ended while listed
    }
  }
  const isOurs = (pid: number): boolean => {
    for (let p = procs.get(pid)?.parent; p !== undefined && p > 1; p = procs.get(p)?.parent) if (p === process.pid) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, p] of procs) if (isOurs(pid)) ticks += p.ticks;
  return ticks / 100; // USER_HZ
}

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
  const nsPerValue = (seconds: number): string => ((seconds * 1e9) / VALUES).toFixed(1);
  /** Runs `step` in the page; its wall time (as the page measured it) and Chromium's CPU time meanwhile. */
  const timed = async <T>(step: () => Promise<T>): Promise<{ result: T; cpu: number }> => {
    const c0 = childCpuSeconds();
    const result = await step();
    return { result, cpu: childCpuSeconds() - c0 };
  };
  for (let round = 1; round <= ROUNDS; round++) {
    const read = () =>
      timed(() =>
        page.evaluate(() => {
          if (!window.plainReadBench) throw new Error('the bench page did not start');
          return window.plainReadBench();
        }),
      );
    const before = await read();
    const o = await timed(() =>
      page.evaluate((w) => {
        if (!window.overviewBench) throw new Error('the bench page did not start');
        return window.overviewBench(w);
      }, WORKERS),
    );
    const after = await read();
    const readMs = Math.min(before.result, after.result);
    const r = o.result;
    console.log(
      `round ${round}: plain read ${before.result.toFixed(0)} / ${after.result.toFixed(0)} ms (best ${gbps(readMs)} GB/s); overview ${r.overviewMs.toFixed(0)} ms (${gbps(r.overviewMs)} GB/s, ${((100 * readMs) / r.overviewMs).toFixed(0)} % of the plain read's throughput), first row after ${r.firstRowMs.toFixed(0)} ms; ${r.rows} rows, ${r.errors} errors`,
    );
    console.log(
      `  Chromium CPU time (all its processes): plain read ${nsPerValue(before.cpu)} / ${nsPerValue(after.cpu)} ns per value, overview ${nsPerValue(o.cpu)}; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
    );
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
