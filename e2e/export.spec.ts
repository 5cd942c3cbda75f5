import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, openExplorer } from './fixtures';

/** Clicks a button that downloads a file and returns the file's bytes and name. */
async function downloadOf(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

test('charts export as SVG and PNG, the table as CSV, the scene as JSON, and a PyTorch snippet', async ({ page }) => {
  await openExplorer(page);
  await expect(page.getByTestId('calib.panel')).toHaveAttribute('data-current', 'true');

  const svg = await downloadOf(page, 'export.histogram.svg');
  expect(svg.name).toBe('histogram.svg');
  expect(svg.bytes.toString()).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);

  const png = await downloadOf(page, 'export.mapping-symmetric.png');
  expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.bytes.length).toBeGreaterThan(2000);

  const csv = (await downloadOf(page, 'export.csv')).bytes.toString().trim().split('\n');
  expect(csv[0]).toBe('method,beta,alpha,scale,zero_point,qmin,qmax,mse,sqnr_db,max_abs_error,clipped,levels_used,exact');
  expect(csv.some((line) => line.startsWith('entropy'))).toBe(true);

  const json = JSON.parse((await downloadOf(page, 'export.json')).bytes.toString()) as {
    spec: { bits: number };
    link: string;
    results: unknown[];
  };
  expect(json.spec.bits).toBe(8);
  expect(json.link).toContain('v=1');
  expect(json.results.length).toBeGreaterThan(5);

  const shownScale = await page.getByTestId('mapping.affine.scale').textContent();
  const snippet = (await page.getByTestId('export.snippet').textContent()) ?? '';
  const scale = Number(/scale, zero_point = ([^,]+),/.exec(snippet)?.[1]);
  expect(scale.toPrecision(5)).toBe(Number(shownScale).toPrecision(5));
});
