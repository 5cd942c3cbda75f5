import { test, expect, exactMetric, handleValue, openExplorer } from './fixtures';

test('opens on the default sample with a histogram and exact error figures', async ({ page }) => {
  await openExplorer(page);
  await expect(page.getByTestId('source.kind')).toHaveValue('sample:laplace-outliers');
  const path = await page.getByTestId('hist.bars').getAttribute('d');
  expect(path?.length ?? 0).toBeGreaterThan(1000);
  expect(await exactMetric(page, 'levels')).toBeGreaterThan(100);
  await expect(page.getByTestId('app.backend')).toContainText('wasm');
});

test('dragging α to the left clips more values and changes the MSE', async ({ page }) => {
  await openExplorer(page);
  const clippedBefore = await exactMetric(page, 'clipped');
  const mseBefore = await exactMetric(page, 'mse');
  const grip = page.getByTestId('hist.handle.hi').locator('rect');
  const box = await grip.boundingBox();
  if (!box) throw new Error('α handle is not on screen');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) await page.mouse.move(x - step * 40, y);
  await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'false'); // the estimate while moving
  await page.mouse.up();
  expect(await handleValue(page, 'hi')).toBeLessThan(1);
  await expect.poll(() => exactMetric(page, 'clipped')).toBeGreaterThan(clippedBefore);
  expect(await exactMetric(page, 'mse')).not.toBe(mseBefore);
});

test('arrow keys, PageDown and Home move a handle', async ({ page }) => {
  await openExplorer(page);
  const handle = page.getByTestId('hist.handle.lo');
  const start = await handleValue(page, 'lo');
  await handle.focus();
  await handle.press('ArrowRight');
  const afterArrow = await handleValue(page, 'lo');
  expect(afterArrow).toBeGreaterThan(start);
  await handle.press('PageUp');
  expect(await handleValue(page, 'lo')).toBeGreaterThan(afterArrow);
  await handle.press('Home');
  expect(await handleValue(page, 'lo')).toBe(Number(await handle.getAttribute('aria-valuemin')));
});

test('the symmetric lock keeps α = −β while a handle moves', async ({ page }) => {
  await openExplorer(page);
  await page.getByTestId('quant.lock').check();
  const hi = page.getByTestId('hist.handle.hi');
  for (let i = 0; i < 25; i++) await hi.press('ArrowLeft');
  const lo = await handleValue(page, 'lo');
  const hiValue = await handleValue(page, 'hi');
  expect(hiValue).toBeLessThan(1.9);
  expect(lo).toBeCloseTo(-hiValue, 5);
  await page.getByTestId('hist.handle.lo').press('PageUp');
  expect(await handleValue(page, 'hi')).toBeCloseTo(-(await handleValue(page, 'lo')), 5);
});

test('symmetric mode gives zero point 0 and equal-magnitude bounds', async ({ page }) => {
  await openExplorer(page);
  await page.locator('label', { has: page.getByTestId('quant.mode.symmetric') }).click();
  await expect(page.getByTestId('quant.mode.symmetric')).toBeChecked();
  await expect(page.getByTestId('quant.lock')).toBeDisabled();
  expect(await handleValue(page, 'lo')).toBeCloseTo(-(await handleValue(page, 'hi')), 5);
  await expect(page.getByTestId('mapping.symmetric.zp')).toHaveText('0');
});

test('going from 8 to 4 bits raises the MSE', async ({ page }) => {
  await openExplorer(page);
  const mse8 = await exactMetric(page, 'mse');
  await page.getByTestId('quant.bits').fill('4');
  await expect(page.getByTestId('quant.bits.value')).toHaveText('4');
  await expect.poll(() => exactMetric(page, 'mse')).toBeGreaterThan(mse8 * 10);
  await expect(page.getByTestId('quant.codes')).toContainText('-8 … 7');
});

test('the explorer speaks Korean', async ({ page }) => {
  await openExplorer(page);
  await page.getByTestId('lang.ko').click();
  await expect(page.getByRole('heading', { name: '양자화 오차' })).toBeVisible();
  await expect(page.getByTestId('hist.handle.lo')).toHaveAttribute('aria-label', /클리핑 하한/);
});

test('another sample and seed load and replace the histogram', async ({ page }) => {
  await openExplorer(page);
  const before = await page.getByTestId('hist.bars').getAttribute('d');
  await page.getByTestId('source.kind').selectOption('sample:gelu-outliers');
  await expect(page.getByTestId('sample.status')).toContainText('gelu-outliers');
  await expect.poll(() => page.getByTestId('hist.bars').getAttribute('d')).not.toBe(before);
  expect(await handleValue(page, 'hi')).toBeGreaterThan(90); // fitted to the outliers near 100
});
