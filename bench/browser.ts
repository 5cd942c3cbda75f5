/**
 * `npx tsx bench/browser.ts`: the suite in a Worker in headless Chromium, on a production (minified) build
 * of bench/browser.html, as users would run it. Prints figures only.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { formatRows } from './suite';

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const outDir = 'bench/out';
const PORT = Number(process.env.BENCH_PORT ?? 4188);
await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true, rollupOptions: { input: 'bench/browser.html' } } });
const server = await preview({ build: { outDir }, preview: { port: PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking', '--disable-component-update'] });
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  await page.goto(`http://127.0.0.1:${PORT}/bench/browser.html`);
  await page.waitForFunction(() => window.benchDone !== undefined);
  const result = await page.evaluate(() => window.benchDone);
  if (!result) throw new Error('the bench page did not start');
  console.log(`Chromium ${browser.version()}, Worker, tfjs backend: ${result.backend}`);
  console.log(formatRows(result.rows));
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
