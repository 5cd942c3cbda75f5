import { test, expect, exactMetric, handleValue, openExplorer } from './fixtures';

test('on GELU with outliers, entropy sits far left of max, and adopting it lowers the MSE', async ({ page }) => {
  await openExplorer(page);
  await page.getByTestId('source.kind').selectOption('sample:gelu-outliers');
  await expect(page.getByTestId('sample.status')).toContainText('gelu-outliers');
  await expect(page.getByTestId('calib.row.entropy')).toBeVisible();
  await expect(page.getByTestId('calib.panel')).toHaveAttribute('data-current', 'true');
  const maxX = Number(await page.getByTestId('calib.marker.max.hi').getAttribute('data-x'));
  const entropyX = Number(await page.getByTestId('calib.marker.entropy.hi').getAttribute('data-x'));
  expect(entropyX).toBeLessThan(maxX - 300); // pixels: far left on a 1400 px wide page
  const mseMax = await exactMetric(page, 'mse');
  const entropyMse = Number(await page.getByTestId('calib.row.entropy').getAttribute('data-mse'));
  await page.getByTestId('calib.row.entropy').click();
  await expect(page.getByTestId('calib.row.entropy')).toHaveAttribute('aria-selected', 'true');
  expect(await handleValue(page, 'hi')).toBeLessThan(20);
  await expect.poll(() => exactMetric(page, 'mse')).toBeLessThan(mseMax);
  expect(await exactMetric(page, 'mse')).toBeCloseTo(entropyMse, 12);
});

test('a percentile outside (0, 100] is refused at the input', async ({ page }) => {
  await openExplorer(page);
  const input = page.getByTestId('calib.percentile');
  await input.fill('150');
  await expect(page.getByTestId('calib.percentile.error')).toBeVisible();
  await expect(page.locator('[data-testid="calib.row.p150"]')).toHaveCount(0);
  await input.fill('97.5');
  await expect(page.getByTestId('calib.percentile.error')).toHaveCount(0);
  await input.press('Enter');
  await expect(page.getByTestId('calib.row.p97.5')).toBeVisible();
});

test('dragging a handle adds "your range" to the table; the table sorts by a column', async ({ page }) => {
  await openExplorer(page);
  await page.getByTestId('hist.handle.hi').press('PageDown');
  await expect(page.getByTestId('calib.row.own')).toBeVisible();
  const column = (attr: string) =>
    page.locator('[data-testid="calib.panel"] tbody tr').evaluateAll((rows, a) => rows.map((r) => Number(r.getAttribute(a))), attr);
  const ascending = (v: number[]) => v.every((x, i) => i === 0 || v[i - 1] <= x);
  await expect(page.getByTestId('calib.panel')).toHaveAttribute('data-current', 'true');
  await expect.poll(async () => ascending(await column('data-mse'))).toBe(true); // sorted by MSE at first
  expect(ascending(await column('data-clipped'))).toBe(false); // …which is not the clipped order on this tensor
  await page.getByTestId('calib.sort.clipped').click();
  await expect(page.getByTestId('calib.sort.clipped').locator('..')).toHaveAttribute('aria-sort', 'ascending');
  expect(ascending(await column('data-clipped'))).toBe(true);
});
