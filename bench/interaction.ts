/**
 * `npx tsx bench/interaction.ts [--dist DIR] [--sizes 4194304,16777216]`: how the built app feels while a
 * handle moves, in headless Chromium with every panel shown, on the depthwise-like sample (4M and 16M values).
 * Two gestures: a 30-frame mouse drag of α, and 20 held ArrowLeft presses on α. Prints, per gesture: main-thread
 * long tasks during the gesture (PerformanceObserver 'longtask', ms in total), the time from release to the
 * exact figures on screen (error panel and granularity panel current, ms), and history entries added.
 * Without --dist it builds the app first (into bench/out-app). Prints figures only; nothing is asserted.
 */
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const PORT = Number(process.env.BENCH_PORT ?? 4189);
/** Longest wait (ms) for the app to load a sample or settle after a gesture. */
const TIMEOUT_MS = 120_000;

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

/** What one gesture cost. */
interface GestureFigures {
  longTaskMs: number;
  longTasks: number;
  /** Long tasks from the gesture's start until the exact figures are on screen. */
  longTaskToExactMs: number;
  releaseToExactMs: number;
  historyEntries: number;
  /** Worker jobs that ended between the release and the exact figures, in order: `method outcome duration`. */
  jobsAfterRelease: string[];
}

declare global {
  interface Window {
    benchLongTasks?: { start: number; duration: number }[];
  }
}

/** Records every main-thread long task from the first script on. */
function observeLongTasks(): void {
  window.benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.benchLongTasks?.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));

const now = (page: Page): Promise<number> => page.evaluate(() => performance.now());
const nextFrame = (page: Page): Promise<void> => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())));

/** Resolves with the page time (ms) at which the error panel shows exact figures and the granularity panel is current. */
function exactOnScreen(page: Page): Promise<number> {
  return page
    .waitForFunction(
      () => {
        const exact = document.querySelector('[data-testid="error.panel"]')?.getAttribute('data-exact') === 'true';
        const gran = document.querySelector('[data-testid="gran.panel"]')?.getAttribute('data-current') === 'true';
        return exact && gran ? performance.now() : false;
      },
      undefined,
      { polling: 'raf', timeout: TIMEOUT_MS },
    )
    .then((h) => h.jsonValue() as Promise<number>);
}

/** Runs `gesture` (which returns the page time of its release) and measures what it cost. */
async function measure(page: Page, gesture: () => Promise<number>): Promise<GestureFigures> {
  const historyBefore = await page.evaluate(() => history.length);
  const start = await now(page);
  const release = await gesture();
  const exactAt = await exactOnScreen(page);
  await page.waitForTimeout(1000); // anything written late (a timer) shows in the history count
  const tasks = await page.evaluate(() => window.benchLongTasks ?? []);
  const jobs = await page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((e) => e.name.startsWith('worker '))
      .map((e) => ({ name: e.name.slice(7), start: e.startTime, end: e.startTime + e.duration })),
  );
  const during = tasks.filter((t) => t.start >= start && t.start < release);
  const toExact = tasks.filter((t) => t.start >= start && t.start < exactAt);
  const sum = (list: { duration: number }[]) => list.reduce((a, t) => a + t.duration, 0);
  return {
    longTaskMs: sum(during),
    longTasks: during.length,
    longTaskToExactMs: sum(toExact),
    releaseToExactMs: Math.max(0, exactAt - release),
    historyEntries: (await page.evaluate(() => history.length)) - historyBefore,
    jobsAfterRelease: jobs
      .filter((j) => j.end >= release && j.end <= exactAt)
      .sort((a, b) => a.end - b.end)
      .map((j) => `${j.name} ${fmt(j.end - j.start)} ms (ends +${fmt(j.end - release)})`),
  };
}

/** A 30-frame mouse drag of α, 10 px to the left per frame; returns the page time of the release. */
async function drag(page: Page): Promise<number> {
  const box = await page.getByTestId('hist.handle.hi').boundingBox();
  if (!box) throw new Error('α handle not visible');
  const x0 = box.x + box.width / 2;
  const y0 = box.y + box.height / 2;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) {
    await page.mouse.move(x0 - 10 * i, y0);
    await nextFrame(page);
  }
  const release = await now(page);
  await page.mouse.up();
  return release;
}

/** ArrowLeft held on α for 20 key repeats, one per frame; returns the page time of the key-up. */
async function holdArrow(page: Page): Promise<number> {
  await page.getByTestId('hist.handle.hi').focus();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.down('ArrowLeft');
    await nextFrame(page);
  }
  const release = await now(page);
  await page.keyboard.up('ArrowLeft');
  return release;
}

/** Opens the depthwise sample of `size` values with every panel shown and waits until everything is computed. */
async function open(page: Page, size: number): Promise<number> {
  const t0 = Date.now();
  await page.goto(`http://127.0.0.1:${PORT}/?sample=depthwise&n=${size}`);
  await page.getByTestId('hist.bars').waitFor({ timeout: TIMEOUT_MS });
  await exactOnScreen(page);
  await page.locator('[data-testid="calib.panel"][data-current="true"]').waitFor({ timeout: TIMEOUT_MS });
  await page.locator('[data-testid="formats.panel"][data-current="true"]').waitFor({ timeout: TIMEOUT_MS });
  const loaded = Date.now() - t0;
  await page.waitForTimeout(1500); // let the link write and the Worker go idle
  return loaded;
}

const dist = arg('dist') ?? 'bench/out-app';
const sizes = (arg('sizes') ?? '4194304,16777216').split(',').map(Number);
if (!arg('dist')) await build({ logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
const server = await preview({ build: { outDir: dist }, preview: { port: PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking', '--disable-component-update'] });
try {
  console.log(`Chromium ${browser.version()}, build in ${dist}, 1440×900, every panel shown, depthwise-like sample`);
  console.log('gesture        | values | long tasks during (ms, count) | to exact: long tasks | release → exact | history entries');
  for (const size of sizes) {
    for (const [name, gesture] of [
      ['30-frame drag ', drag],
      ['20 × ArrowLeft', holdArrow],
    ] as const) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      page.on('pageerror', (e) => console.error('pageerror:', e.message));
      await page.addInitScript(observeLongTasks);
      const loadMs = await open(page, size);
      const f = await measure(page, () => gesture(page));
      console.log(
        `${name} | ${`${(size / 2 ** 20).toFixed(0)}M`.padEnd(6)} | ${fmt(f.longTaskMs)} ms (${f.longTasks})`.padEnd(55) +
          ` | ${fmt(f.longTaskToExactMs)} ms`.padEnd(22) +
          ` | ${fmt(f.releaseToExactMs)} ms`.padEnd(18) +
          ` | ${f.historyEntries}   (load ${(loadMs / 1000).toFixed(1)} s)`,
      );
      console.log(`    Worker jobs ending after the release: ${f.jobsAfterRelease.join('; ') || 'none'}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
