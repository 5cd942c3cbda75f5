/**
 * Screenshots of the Model tab for the README: `npx tsx scripts/screenshot-model.ts [out-dir]` (expects
 * `npx vite preview --port 4181` running, or BASE_URL). Runs the real engine: takes a few minutes on a busy machine.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';

const out = process.argv[2] ?? 'docs';
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4181';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
mkdirSync(out, { recursive: true });

/** Opens the Model tab at 3 bits (where this MLP's drop shows) and waits for the table and both sweeps. */
async function open(page: Page, lang: string): Promise<void> {
  await page.goto(`${base}/?panel=model&lang=${lang}&mw=3&ma=3&mqn=2000`);
  await page.locator('[data-testid="model.partial"][data-current="true"] svg').waitFor({ timeout: 600_000 });
}

/** Runs both QAT variants, one after the other. */
async function runQat(page: Page): Promise<void> {
  for (const v of ['recipe', 'untuned']) {
    await page.getByTestId(`model.qat.run.${v}`).click();
    await page.getByTestId(`model.qat.result.${v}`).waitFor({ timeout: 600_000 });
  }
}

const browser = await chromium.launch({ executablePath });
for (const lang of ['en', 'ko']) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  await open(page, lang);
  await runQat(page);
  await page.waitForTimeout(400);
  if (lang === 'en') {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${out}/model.png` });
    await page.locator('.model-pair').screenshot({ path: `${out}/model-sensitivity.png` });
    await page.getByTestId('model.qat').screenshot({ path: `${out}/model-qat.png` });
  } else await page.getByTestId('model.workflowPanel').screenshot({ path: `${out}/model-workflow-ko.png` });
  await page.close();
}
// presenter mode on a 1280×720 projector: the sweep charts (English) and the workflow (Korean), no QAT run needed
for (const lang of ['en', 'ko']) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${base}/?panel=model&lang=${lang}&presenter=1&mw=3&ma=3&mqn=2000`);
  await page.locator('[data-testid="model.partial"][data-current="true"] svg').waitFor({ timeout: 600_000 });
  await page.waitForTimeout(400);
  if (lang === 'en') await page.locator('.model-pair').screenshot({ path: `${out}/model-presenter-en.png` });
  else await page.getByTestId('model.workflowPanel').screenshot({ path: `${out}/model-workflow-presenter-ko.png` });
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}/`);
