/**
 * Screenshots of the built app for the README and for review: `npx tsx scripts/screenshot.ts [out-dir]`
 * (expects `npx vite preview --port 4181` running, or BASE_URL). Uses Debian's Chromium or CHROMIUM_PATH.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';

const out = process.argv[2] ?? 'docs';
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4181';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
mkdirSync(out, { recursive: true });

/** Waits until the error panel and the calibration table show exact figures for what is on screen. */
async function settled(page: Page, withTable = true): Promise<void> {
  await page.getByTestId('hist.bars').waitFor();
  await page.locator('[data-testid="error.panel"][data-exact="true"]').waitFor();
  if (withTable) await page.locator('[data-testid="calib.panel"][data-current="true"]').waitFor();
  await page.waitForTimeout(400);
}

const browser = await chromium.launch({ executablePath });
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
page.on('console', (m) => {
  if (m.type() === 'error') console.error('console:', m.text());
});
page.on('pageerror', (e) => console.error('pageerror:', e.message));

await page.goto(`${base}/?lang=en`);
await settled(page);
await page.screenshot({ path: `${out}/explorer.png` });

await page.goto(`${base}/?lang=en&bits=4&range=-1.989,0.9`);
await settled(page);
await page.screenshot({ path: `${out}/explorer-4bit.png` });

await page.goto(`${base}/?lang=en&sample=gelu-outliers&calib=entropy`);
await settled(page);
await page.locator('[data-testid="calib.panel"]').scrollIntoViewIfNeeded();
await page.screenshot({ path: `${out}/calibration.png`, fullPage: true });

await page.goto(`${base}/?lang=ko&model=blazeface&tensor=unknown_93&mode=symmetric`);
await settled(page);
await page.screenshot({ path: `${out}/real-weights-ko.png` });

await page.goto(`${base}/?lang=en&presenter=1&hide=source,view,calibration,export&bits=3&sample=gaussian`);
await settled(page, false);
await page.screenshot({ path: `${out}/presenter.png` });

await page.goto(`${base}/?lang=en&sample=depthwise&n=262144&hide=calibration,mapping,export`);
await settled(page, false);
await page.locator('[data-testid="gran.panel"][data-current="true"]').waitFor();
await page.locator('[data-testid="formats.panel"][data-current="true"]').waitFor();
await page.locator('.range-bar').nth(40).click();
await page.getByTestId('gran.panel').scrollIntoViewIfNeeded();
await page.screenshot({ path: `${out}/granularity-formats.png`, fullPage: true });

await page.goto(`${base}/?lang=en&panel=activations`);
await page.locator('[data-testid="lab.panel"][data-current="true"]').waitFor();
await page.locator('[data-testid="smooth.panel"][data-current="true"]').waitFor();
await page.screenshot({ path: `${out}/activations.png`, fullPage: true });

// A Q4_K tensor of a GGUF file: the block-format view with its stored block scales (1280×720, and Korean at 1440×900).
for (const [width, height, lang, name] of [
  [1280, 720, 'en', 'gguf-blocks'],
  [1440, 900, 'ko', 'gguf-blocks-ko'],
] as const) {
  await page.setViewportSize({ width, height });
  await page.goto(`${base}/?lang=${lang}&hide=calibration,granularity,formats,mapping,export`);
  await settled(page, false);
  await page.getByTestId('source.file-input').setInputFiles('tests/fixtures/gguf/demo.gguf');
  await page.getByTestId('tensor.filter').fill('attn_q');
  await page.getByTestId('tensor.option').first().click();
  await page.locator('[data-testid="blocks.stored"][data-format="Q4_K"]').waitFor();
  await page.getByTestId('blocks.panel').scrollIntoViewIfNeeded();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}/${name}.png` });
}

await browser.close();
console.log(`screenshots in ${out}/`);
