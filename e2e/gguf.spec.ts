import { test, expect, openExplorer } from './fixtures';

const demo = 'tests/fixtures/gguf/demo.gguf';

test('a GGUF file opens, a Q4_K tensor shows its histogram, block-format errors and stored block scales', async ({ page }) => {
  await openExplorer(page);
  await page.getByTestId('source.file-input').setInputFiles(demo);
  await expect(page.getByTestId('tensor.list')).toBeVisible();
  await page.getByTestId('tensor.filter').fill('attn_q');
  const option = page.getByTestId('tensor.option').filter({ hasText: 'Q4_K' });
  await expect(option).toHaveCount(1);
  await option.click();
  await expect(page.getByTestId('sample.status')).toContainText('blk.0.attn_q.weight [128 × 512]');
  await expect(page.getByTestId('hist.bars')).toBeVisible();
  await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');
  const stored = page.getByTestId('blocks.stored');
  await expect(stored).toHaveAttribute('data-format', 'Q4_K');
  await expect(stored).toHaveAttribute('data-steps', String((128 * 512) / 32));
  await expect(page.getByTestId('blocks.strip').locator('rect')).toHaveCount(2 * 512);
  // The values already sit on a Q4_K grid: requantizing them into Q4_K nearly returns them (beating even Q8_0),
  // while Q4_0's grid does not fit them.
  const sqnr = async (id: string) => Number(await page.getByTestId(`blocks.row.${id}`).getAttribute('data-sqnr'));
  expect(await sqnr('Q4_K')).toBeGreaterThan(await sqnr('Q8_0'));
  expect(await sqnr('Q4_0')).toBeLessThan(30);
});

test('the block-format view compares nine schemes on a float tensor and can be hidden by a link', async ({ page }) => {
  await openExplorer(page);
  await expect(page.getByTestId('blocks.panel')).toHaveAttribute('data-current', 'true');
  await expect(page.getByTestId('blocks.bars').locator('g')).toHaveCount(9);
  await expect(page.getByTestId('blocks.stored')).toHaveCount(0);
  await openExplorer(page, '/?hide=blocks');
  await expect(page.getByTestId('blocks.panel')).toHaveCount(0);
});
