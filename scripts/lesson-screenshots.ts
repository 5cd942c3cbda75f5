/**
 * Screenshots of the lessons for the README and for review: `npx tsx scripts/lesson-screenshots.ts [out-dir]`
 * (expects `npx vite preview` running at BASE_URL, default http://127.0.0.1:4181). Also saves the handout as PDF.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';

const out = process.argv[2] ?? 'docs';
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4181';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
mkdirSync(out, { recursive: true });

/** Waits until the step's panels are current and every figure in its card is computed. */
async function settled(page: Page): Promise<void> {
  await page.getByTestId('lesson.card').waitFor();
  await page.waitForFunction(
    () =>
      !document.querySelector('main [data-current="false"], [data-testid="error.panel"][data-exact="false"]') &&
      [...document.querySelectorAll('.lesson-card .live-number')].every((el) => el.textContent !== '…'),
  );
  await page.waitForTimeout(600);
}

const browser = await chromium.launch({ executablePath });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e.message));

for (const lang of ['en', 'ko']) {
  await page.goto(`${base}/?lesson=activations&step=3&presenter=1&lang=${lang}`);
  await settled(page);
  await page.getByTestId('lesson.answer-toggle').click();
  await page.screenshot({ path: `${out}/lesson-presenter-${lang}.png` });
}

await page.setViewportSize({ width: 1440, height: 900 });
await page.goto(`${base}/?panel=lessons&lang=en`);
await page.getByTestId('lesson.list').waitFor();
await page.screenshot({ path: `${out}/lesson-list.png` });

await page.goto(`${base}/?lesson=calibration&step=1&lang=en`);
await settled(page);
await page.getByTestId('lesson.handout').click();
await page.getByTestId('handout').waitFor({ timeout: 180_000 });
await page.emulateMedia({ media: 'print' });
await page.pdf({ path: `${out}/lesson-handout.pdf`, format: 'A4' });
await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
await page.screenshot({ path: `${out}/lesson-handout.png`, fullPage: true });

await browser.close();
console.log(`lesson screenshots in ${out}/`);
