import { test, expect, openExplorer } from './fixtures';

const io = 'tests/fixtures/io';

test('an .npy file opens through the file chooser and its histogram shows', async ({ page }) => {
  await openExplorer(page);
  const before = await page.getByTestId('hist.bars').getAttribute('d');
  await page.getByTestId('source.file-input').setInputFiles(`${io}/f4.npy`);
  await expect(page.getByTestId('sample.status')).toContainText('f4');
  await expect.poll(() => page.getByTestId('hist.bars').getAttribute('d')).not.toBe(before);
  await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');
});

test('a BF16 tensor of a .safetensors file can be picked', async ({ page }) => {
  await openExplorer(page);
  await page.getByTestId('source.file-input').setInputFiles(`${io}/model.safetensors`);
  await expect(page.getByTestId('tensor.list')).toBeVisible();
  await page.getByTestId('tensor.filter').fill('bf16');
  const option = page.getByTestId('tensor.option').filter({ hasText: 'BF16' });
  await expect(option).toHaveCount(1);
  await option.click();
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('sample.status')).toContainText('model.bf16 [2 × 3]');
  await expect(page.getByTestId('hist.bars')).toBeVisible();
});

test('a corrupt file gets a message and the previous tensor stays on screen', async ({ page }) => {
  await openExplorer(page);
  const status = await page.getByTestId('sample.status').textContent();
  const bars = await page.getByTestId('hist.bars').getAttribute('d');
  await page.getByTestId('source.file-input').setInputFiles({
    name: 'broken.npy',
    mimeType: 'application/octet-stream',
    buffer: Buffer.concat([
      Buffer.from('\x93NUMPY\x01\x00\x76\x00', 'latin1'),
      Buffer.from("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }".padEnd(117) + '\n'),
      Buffer.alloc(40),
    ]),
  });
  await expect(page.getByTestId('notice.error')).toContainText('broken.npy');
  await expect(page.getByTestId('notice.error')).toContainText('48 bytes');
  await expect(page.getByTestId('sample.status')).toHaveText(status ?? '');
  expect(await page.getByTestId('hist.bars').getAttribute('d')).toBe(bars);
});

test('the real-model sample opens and a depthwise kernel can be picked', async ({ page }) => {
  await openExplorer(page);
  await page.getByTestId('source.kind').selectOption('model:blazeface');
  await expect(page.getByTestId('tensor.list')).toBeVisible();
  await page.getByTestId('tensor.filter').fill('3x3x48x1');
  const depthwise = page.getByTestId('tensor.option').first();
  await depthwise.click();
  await expect(page.getByTestId('sample.status')).toContainText('[3 × 3 × 48 × 1]');
  await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');
});

test('NaN and infinite values are counted, left out, and reported', async ({ page }) => {
  await openExplorer(page);
  await page
    .getByTestId('source.file-input')
    .setInputFiles({ name: 'acts.csv', mimeType: 'text/csv', buffer: Buffer.from('0.5\n-1.25\nnan\n2\ninf\n-inf\n0.75\n') });
  await expect(page.getByTestId('notice.nonfinite')).toContainText('1 NaN and 2 infinite');
  await expect(page.getByTestId('sample.status')).toContainText('min -1.250 · max 2.000');
  await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');
});

test('a constant tensor gets a valid scale and a notice', async ({ page }) => {
  await openExplorer(page);
  await page
    .getByTestId('source.file-input')
    .setInputFiles({ name: 'const.csv', mimeType: 'text/csv', buffer: Buffer.from('3\n3\n3\n3\n') });
  await expect(page.getByTestId('notice.constant')).toBeVisible();
  await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');
  await expect(page.getByTestId('error.mse')).not.toHaveText('NaN');
});
