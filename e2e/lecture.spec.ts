import { test, expect, openExplorer } from './fixtures';

test('an all-NaN file is refused with a clear message, and the tensor on screen stays', async ({ page }) => {
  await openExplorer(page);
  const bars = await page.getByTestId('hist.bars').getAttribute('d');
  const mse = await page.getByTestId('error.mse').getAttribute('data-value');
  await page
    .getByTestId('source.file-input')
    .setInputFiles({ name: 'nan.csv', mimeType: 'text/csv', buffer: Buffer.from('nan\nnan\ninf\n') });
  await expect(page.getByTestId('notice.error')).toContainText('no finite value (2 NaN, 1 infinite)');
  await expect(page.getByTestId('notice.error')).toContainText('The tensor on screen stays');
  expect(await page.getByTestId('hist.bars').getAttribute('d')).toBe(bars);
  await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');
  expect(await page.getByTestId('error.mse').getAttribute('data-value')).toBe(mse);
  await expect(page.getByTestId('error.sqnr')).not.toHaveText('∞ dB');
});

test('a file the readers do not know is explained in Korean in the Korean UI', async ({ page }) => {
  await openExplorer(page, '/?lang=ko');
  await page
    .getByTestId('source.file-input')
    .setInputFiles({ name: 'weights.dat', mimeType: 'application/octet-stream', buffer: Buffer.alloc(64, 7) });
  await expect(page.getByTestId('notice.error')).toContainText('weights.dat: 알 수 없는 파일 형식입니다');
  await expect(page.getByTestId('notice.error')).not.toContainText('unrecognised');
});

test('a notice can be dismissed', async ({ page }) => {
  await openExplorer(page, '/?bits=9x');
  await expect(page.getByTestId('notice.link')).toBeVisible();
  await page.getByTestId('notice.link.dismiss').click();
  await expect(page.getByTestId('notice.link')).toHaveCount(0);
});

test('affine β = 0.5 above 0: the chart and the words show the range widened to 0, and z stays inside the codes', async ({ page }) => {
  await openExplorer(page, '/?sample=relu&calib=own&range=0.5,3');
  await expect(page.getByTestId('hist.widened')).toBeVisible();
  await expect(page.getByTestId('hist.widened-note')).toContainText('uses [0, 3]');
  await expect(page.getByTestId('mapping.affine.z')).toHaveText('-128');
  await expect(page.getByTestId('mapping.affine.zp')).toHaveText('-128');
  await expect(page.getByTestId('mapping.affine.raw-z')).toContainText('outside the codes [-128, 127]');
  await expect(page.getByTestId('mapping.affine.effective')).toContainText('[0, 3]');
});

test('unsigned codes: z and zero_point agree, and the formula says how z maps', async ({ page }) => {
  await openExplorer(page, '/?signed=0&mode=symmetric');
  await expect(page.getByTestId('mapping.symmetric.zp')).toHaveText('128');
  await expect(page.getByTestId('mapping.symmetric.z')).toHaveText('128');
  await expect(page.getByTestId('mapping.symmetric')).toContainText('2^(b−1)');
});

test('the class view picks the panels in the app and gives the link that reopens that view', async ({ page }) => {
  await openExplorer(page);
  await page.getByTestId('classview.toggle').click();
  for (const id of ['source', 'quant', 'view', 'calibration']) await page.getByTestId(`classview.${id}`).uncheck();
  await page.getByTestId('classview.presenter').check();
  await expect(page.getByTestId('calib.panel')).toHaveCount(0);
  const link = await page.getByTestId('classview.link').inputValue();
  const scene = new URLSearchParams(new URL(link).hash.slice(1)); // the scene travels in the fragment, as Copy link writes it
  expect(scene.get('hide')).toBe('source,quant,view,calibration');
  expect(scene.get('presenter')).toBe('1');
  await page.getByTestId('classview.close').click();
  const width = (await page.getByTestId('hist.svg').boundingBox())?.width ?? 0;
  expect(width).toBeGreaterThan(0.6 * (page.viewportSize()?.width ?? 0));
  await page.goto(link);
  await expect(page.getByTestId('hist.bars')).toBeVisible();
  await expect(page.getByTestId('calib.panel')).toHaveCount(0);
  await expect(page.locator('aside.controls')).toHaveCount(0);
  await expect(page.getByTestId('presenter')).toHaveAttribute('aria-pressed', 'true');
});
