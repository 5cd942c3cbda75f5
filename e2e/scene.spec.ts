import { test, expect, handleValue, linkParam, openExplorer } from './fixtures';

test('one drag of α adds one history entry, and Back undoes the whole drag', async ({ page }) => {
  await openExplorer(page);
  await expect.poll(() => page.url()).toContain('v=1');
  const before = await handleValue(page, 'hi');
  const entries = await page.evaluate(() => history.length);
  const box = await page.getByTestId('hist.handle.hi').boundingBox();
  if (!box) throw new Error('α handle not visible');
  const [x0, y0] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(x0 - 15 * i, y0);
    await page.waitForTimeout(i % 4 === 0 ? 450 : 30); // a teacher pauses mid-drag: a link written on a timer lands there
  }
  await page.mouse.up();
  const after = await handleValue(page, 'hi');
  expect(after).toBeLessThan(before);
  await expect.poll(() => linkParam(page.url(), 'calib')).toBe('own');
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => history.length)).toBe(entries + 1);
  await page.goBack();
  await expect.poll(() => handleValue(page, 'hi')).toBeCloseTo(before, 5);
  await page.goForward();
  await expect.poll(() => handleValue(page, 'hi')).toBeCloseTo(after, 5);
});

test('a failed load keeps the scene and the link exactly as they were', async ({ page, context }) => {
  await context.route('https://blocked.example/**', (route) => route.abort('failed'));
  await openExplorer(page);
  const hi = page.getByTestId('hist.handle.hi');
  await hi.press('PageDown');
  await hi.press('PageDown');
  await expect.poll(() => linkParam(page.url(), 'calib')).toBe('own');
  await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');
  const link = page.url();
  const range = [await handleValue(page, 'lo'), await handleValue(page, 'hi')];
  const mse = await page.getByTestId('error.mse').getAttribute('data-value');
  await expect(page.getByTestId('calib.row.own')).toHaveAttribute('aria-selected', 'true');

  await page.getByTestId('source.url').fill('https://blocked.example/w.safetensors');
  await page.getByTestId('source.url-load').click();
  await expect(page.getByTestId('notice.error')).toBeVisible();
  await page.waitForTimeout(500);
  expect([await handleValue(page, 'lo'), await handleValue(page, 'hi')]).toEqual(range);
  await expect(page.getByTestId('calib.row.own')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('calib.row.max')).toHaveAttribute('aria-selected', 'false');
  await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');
  expect(await page.getByTestId('error.mse').getAttribute('data-value')).toBe(mse);
  expect(page.url()).toBe(link);
});
