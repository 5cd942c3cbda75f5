import { test, expect, linkParam, openExplorer } from './fixtures';

test('the lab’s σ field takes 0.5 and 12 as they are typed, and refuses 0 with a message', async ({ page }) => {
  await openExplorer(page);
  await page.getByTestId('tab.activations').click();
  const sigma = page.getByTestId('lab.sigma');
  await sigma.click();
  await sigma.press('ControlOrMeta+a');
  await sigma.press('Backspace');
  await sigma.pressSequentially('0.5');
  await sigma.press('Enter');
  await expect(sigma).toHaveValue('0.5');
  await expect.poll(() => linkParam(page.url(), 'sigma')).toBe('0.5');

  await sigma.press('ControlOrMeta+a');
  await sigma.press('Backspace');
  await sigma.pressSequentially('12');
  await sigma.blur();
  await expect(sigma).toHaveValue('12');
  await expect.poll(() => linkParam(page.url(), 'sigma')).toBe('12');

  await sigma.fill('0');
  await sigma.press('Enter');
  await expect(page.getByTestId('lab.sigma.error')).toBeVisible();
  await sigma.press('Escape');
  await expect(sigma).toHaveValue('12');
  await expect(page.getByTestId('lab.sigma.error')).toHaveCount(0);
  expect(linkParam(page.url(), 'sigma')).toBe('12');
});

test('the mouse wheel over the histogram zooms it and does not scroll the page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openExplorer(page);
  const svg = page.getByTestId('hist.svg');
  const box = await svg.boundingBox();
  if (!box) throw new Error('histogram not visible');
  const scrolled = () => page.evaluate(() => window.scrollY);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height + 60); // the legend under the chart: the page scrolls
  await page.mouse.wheel(0, 200);
  await expect.poll(scrolled).toBeGreaterThan(0);
  const scrollBefore = await scrolled();
  const chart = await svg.boundingBox();
  if (!chart) throw new Error('histogram not visible');
  await page.mouse.move(chart.x + chart.width / 2, chart.y + chart.height / 2);
  await page.mouse.wheel(0, -300);
  await expect.poll(() => linkParam(page.url(), 'zoom')).not.toBeNull();
  await page.waitForTimeout(300);
  expect(await scrolled()).toBe(scrollBefore);
});
