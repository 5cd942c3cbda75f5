import { test, expect, openExplorer } from './fixtures';

test('on the depthwise-like sample, per-channel MSE is lower than per-tensor', async ({ page }) => {
  await openExplorer(page, '/?sample=depthwise&n=16384');
  await expect(page.getByTestId('gran.panel')).toHaveAttribute('data-current', 'true');
  const mse = async (id: string) => Number(await page.getByTestId(`gran.row.${id}`).getAttribute('data-mse'));
  expect(await mse('channel')).toBeLessThan(await mse('tensor'));
  await page.getByTestId('gran.group').fill('4'); // groups along the last axis, a 4-wide kernel row
  await page.getByTestId('gran.group').press('Enter');
  await expect(page.getByTestId('gran.row.group')).toBeVisible();
  expect(await mse('group')).toBeLessThan(await mse('tensor'));
  await page.locator('.range-bar').first().click();
  await expect(page.getByTestId('gran.selected')).toContainText('Channel 0');
  await expect(page.getByTestId('gran.channel-histogram')).toBeVisible();
});

test('a 1-D tensor asks for no axis, and a group size that does not divide the last axis is explained', async ({ page }) => {
  await openExplorer(page);
  await expect(page.getByTestId('gran.panel')).toContainText('1-D');
  await page.getByTestId('source.kind').selectOption('sample:depthwise');
  await expect(page.getByTestId('gran.table')).toBeVisible();
  await page.getByTestId('gran.group').fill('3');
  await page.getByTestId('gran.group').press('Enter');
  await expect(page.getByTestId('gran.group-error')).toContainText('3');
  await expect(page.getByTestId('gran.row.group')).toHaveCount(0);
});
