/**
 * Screenshots of the layout at each target viewport, for the README: `npx tsx scripts/screenshot-layout.ts [out-dir]`
 * (expects `npx vite preview --port 4181` running, or BASE_URL). Uses Debian's Chromium or CHROMIUM_PATH.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const out = process.argv[2] ?? 'docs';
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4181';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
mkdirSync(out, { recursive: true });

/** [file, viewport, query]: a projector in presenter mode, a laptop, a desktop, a phone opening a shared link. */
const SHOTS: [string, { width: number; height: number }, string][] = [
  ['layout-1280x720-presenter', { width: 1280, height: 720 }, 'presenter=1&hide=source,calibration,export&bits=3&sample=gaussian&lang=ko'],
  ['layout-1440x900', { width: 1440, height: 900 }, 'sample=relu&calib=own&range=0.5,3&hide=source,view'],
  ['layout-1920x1080', { width: 1920, height: 1080 }, 'sample=depthwise&n=262144&hide=calibration,export'],
  ['layout-390x844', { width: 390, height: 844 }, 'bits=4&hide=source,calibration&lang=ko'],
];

const browser = await chromium.launch({ executablePath });
for (const [name, viewport, query] of SHOTS) {
  const page = await browser.newPage({ viewport });
  await page.goto(`${base}/?${query}`);
  await page.getByTestId('hist.bars').waitFor();
  await page.locator('[data-testid="error.panel"][data-exact="true"]').waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}/${name}.png` });
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}/`);
