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

/** A little-endian float32 .npy file of the given shape (C order). */
function npy(shape: number[], values: Float32Array): Buffer {
  let header = `{'descr': '<f4', 'fortran_order': False, 'shape': (${shape.join(', ')}), }`;
  header += ' '.repeat(63 - ((10 + header.length) % 64)) + '\n';
  const head = Buffer.alloc(10);
  head.write('\x93NUMPY', 0, 'latin1');
  head.writeUInt8(1, 6);
  head.writeUInt16LE(header.length, 8);
  return Buffer.concat([head, Buffer.from(header, 'latin1'), Buffer.from(values.buffer)]);
}

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
// a PyTorch-layout conv weight [out, in, 3, 3]: rows of 3 values, opened on one group per row
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(`${base}/?hide=calibration,formats,blocks,mapping,export`);
const values = Float32Array.from({ length: 32 * 16 * 9 }, (_, i) => Math.sin(i * 1.7) * (1 + (i % 5)) * (1 + (Math.floor(i / 144) % 8)));
await page
  .getByTestId('source.file-input')
  .setInputFiles({ name: 'conv.npy', mimeType: 'application/octet-stream', buffer: npy([32, 16, 3, 3], values) });
await page.locator('[data-testid="gran.panel"][data-current="true"]').waitFor();
await page.getByTestId('gran.panel').evaluate((el) => el.scrollIntoView({ block: 'start' }));
await page.waitForTimeout(500);
await page.screenshot({ path: `${out}/groups-short-row-conv-en.png` });
await browser.close();
console.log(`screenshots in ${out}/`);
