/**
 * The granularity panel on a tensor whose last axis is short (BlazeFace's depthwise kernel [3, 3, 48, 1]), in English
 * and Korean at 1440×900, for the README: `npx tsx scripts/screenshot-groups.ts [out-dir]` (expects
 * `npx vite preview --port 4181` running, or BASE_URL). Uses Debian's Chromium or CHROMIUM_PATH.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const out = process.argv[2] ?? 'docs';
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4181';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath });
for (const lang of ['en', 'ko']) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${base}/?model=blazeface&lang=${lang}&hide=calibration,formats,blocks,mapping,export`);
  await page.getByTestId('tensor.filter').fill('3x3x48x1');
  await page.getByTestId('tensor.option').first().click();
  await page.locator('[data-testid="gran.panel"][data-current="true"]').waitFor();
  await page.getByTestId('gran.group-hint').scrollIntoViewIfNeeded();
  await page.getByTestId('gran.panel').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/groups-short-row-${lang}.png` });
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}/`);
