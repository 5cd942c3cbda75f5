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

test('the depthwise-like sample opens with a group size that divides its rows, and channels with room for many levels', async ({
  page,
}) => {
  await openExplorer(page, '/?sample=depthwise&n=262144');
  await expect(page.getByTestId('gran.panel')).toHaveAttribute('data-current', 'true');
  await expect(page.getByTestId('gran.axis')).toHaveValue('0');
  await expect(page.getByTestId('gran.group')).toHaveValue('64'); // rows of 64 values: the largest of 128, 64, … dividing them
  await expect(page.getByTestId('gran.row.group')).toBeVisible();
  await expect(page.getByTestId('gran.group-hint')).toHaveCount(0); // rows of 64 values: group-wise has something to show
  const perChannel = (await page.getByTestId('gran.row.channel').locator('td').last().textContent()) ?? '';
  expect(Number(perChannel.split('…')[1])).toBeGreaterThan(200); // a channel's own range uses most of the 256 levels
});

test('a TensorFlow.js depthwise kernel [3, 3, C, 1] opens on its channel axis, 2', async ({ page }) => {
  await openExplorer(page);
  await page.getByTestId('source.kind').selectOption('model:blazeface');
  await page.getByTestId('tensor.filter').fill('3x3x48x1');
  await page.getByTestId('tensor.option').first().click();
  await expect(page.getByTestId('sample.status')).toContainText('[3 × 3 × 48 × 1]');
  await expect(page.getByTestId('gran.axis')).toHaveValue('2');
  await expect(page.getByTestId('gran.row.group')).toBeVisible();
  // its last axis is the depthwise multiplier, 1 long: groups of 1 are said to show next to nothing, in both languages
  await expect(page.getByTestId('gran.group')).toHaveValue('1');
  await expect(page.getByTestId('gran.group-hint')).toContainText('only 1 value');
  await page.getByTestId('lang.ko').click();
  await expect(page.getByTestId('gran.group-hint')).toContainText('값이 1개뿐');
});

/** A little-endian float32 .npy file of the given shape (C order). */
function npy(shape: number[], values: Float32Array): Buffer {
  let header = `{'descr': '<f4', 'fortran_order': False, 'shape': (${shape.join(', ')}), }`;
  header += ' '.repeat(63 - ((10 + header.length) % 64)) + '\n'; // magic, version and length: 10 bytes; 64-byte aligned
  const head = Buffer.alloc(10);
  head.write('\x93NUMPY', 0, 'latin1');
  head.writeUInt8(1, 6);
  head.writeUInt16LE(header.length, 8);
  return Buffer.concat([head, Buffer.from(header, 'latin1'), Buffer.from(values.buffer)]);
}

test('a PyTorch conv weight [out, in, 3, 3] opens on one group per 3-value row, and says why group-wise shows little', async ({ page }) => {
  await openExplorer(page);
  const values = Float32Array.from({ length: 8 * 4 * 9 }, (_, i) => Math.sin(i * 1.7) * (1 + (i % 5)));
  await page
    .getByTestId('source.file-input')
    .setInputFiles({ name: 'conv.npy', mimeType: 'application/octet-stream', buffer: npy([8, 4, 3, 3], values) });
  await expect(page.getByTestId('sample.status')).toContainText('[8 × 4 × 3 × 3]');
  await expect(page.getByTestId('gran.group')).toHaveValue('3');
  await expect(page.getByTestId('gran.row.group')).toBeVisible();
  expect(Number(await page.getByTestId('gran.row.group').getAttribute('data-mse'))).toBeGreaterThan(0);
  await expect(page.getByTestId('gran.group-hint')).toContainText('only 3 values');
  await expect(page.locator('#group-sizes option')).toHaveCount(2); // the divisors of 3
  await page.getByTestId('gran.group').fill('1'); // still allowed: groups of 1
  await page.getByTestId('gran.group').press('Enter');
  await expect(page.getByTestId('gran.row.group')).toContainText('group-wise, 1 value per group');
  await page.getByTestId('gran.group').fill('3');
  await page.getByTestId('gran.group').press('Enter');
  await expect(page.getByTestId('gran.row.group')).toContainText('group-wise, 3 values per group');
  await page.getByTestId('lang.ko').click();
  await expect(page.getByTestId('gran.row.group')).toContainText('그룹당 3개');
});
