/**
 * Screenshots of the built app for the README and for review: `npx tsx scripts/screenshot.ts [out-dir]`
 * (expects `npx vite preview --port 4179` running). Uses Debian's Chromium or CHROMIUM_PATH.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const out = process.argv[2] ?? 'docs';
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4179';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath });
const page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
page.on('console', (m) => { if (m.type() === 'error') console.error('console:', m.text()); });
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(base);
await page.getByTestId('hist.bars').waitFor();
await page.getByTestId('error.kind').filter({ hasText: /exact|정확/ }).waitFor();
await page.screenshot({ path: `${out}/explorer.png`, fullPage: true });
const hi = page.getByTestId('hist.handle.hi');
for (let i = 0; i < 60; i++) await hi.press('ArrowLeft');
await page.getByTestId('quant.bits').fill('4');
await page.getByTestId('error.kind').filter({ hasText: /exact|정확/ }).waitFor();
await page.screenshot({ path: `${out}/explorer-4bit.png`, fullPage: true });
await page.getByTestId('lang.ko').click();
await page.screenshot({ path: `${out}/explorer-ko.png`, fullPage: true });
await browser.close();
console.log(`screenshots in ${out}/`);
