/**
 * Screenshots of the Overview tab for the README: `npx tsx scripts/screenshot-overview.ts [out-dir]` (expects
 * `npx vite preview --port 4181` running, or BASE_URL). English at 1440×900, Korean at 1280×720 and English and Korean in
 * presenter mode at 1280×720 (the table scrolled into view), on the MediaPipe Iris model shipped in the build, a point hovered.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const out = process.argv[2] ?? 'docs';
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4181';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
mkdirSync(out, { recursive: true });

const shots = [
  { file: 'overview.png', lang: 'en', width: 1440, height: 900, query: 'osort=-spread&ometric=spread', hover: 30 },
  { file: 'overview-ko.png', lang: 'ko', width: 1280, height: 720, query: 'osort=-kurtosis&ometric=int8', hover: 60 },
  {
    file: 'overview-presenter-en.png',
    lang: 'en',
    width: 1280,
    height: 720,
    query: 'presenter=1&osort=-kurtosis&ometric=int8ch',
    hover: 60,
  },
  {
    file: 'overview-presenter-ko-1280x720.png',
    lang: 'ko',
    width: 1280,
    height: 720,
    query: 'presenter=1&osort=-kurtosis&ometric=kurtosis',
    hover: 60,
  },
];
const browser = await chromium.launch({ executablePath });
for (const s of shots) {
  const page = await browser.newPage({ viewport: { width: s.width, height: s.height } });
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  await page.goto(`${base}/?lang=${s.lang}&model=iris&panel=overview&${s.query}`);
  await page.locator('[data-testid="overview.status"][data-status="done"]').waitFor({ timeout: 120_000 });
  await page.getByTestId('overview.point').nth(s.hover).hover();
  if (s.query.includes('presenter')) await page.evaluate(() => window.scrollBy(0, 240));
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${out}/${s.file}` });
  await page.close();
}
await browser.close();
