import { test, expect, handleValue, linkParam, openExplorer } from './fixtures';

test('Back after a local file and a built-in model returns to the file with its range, then to the sample', async ({ page }) => {
  await openExplorer(page);
  const status = page.getByTestId('sample.status');
  const sampleStatus = await status.textContent();
  await page.getByTestId('source.file-input').setInputFiles('tests/fixtures/io/f4.npy');
  await expect(status).toContainText('f4');
  await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');
  await expect.poll(() => linkParam(page.url(), 'file')).toBe('f4.npy');
  const hi = page.getByTestId('hist.handle.hi');
  await hi.press('PageDown');
  await expect.poll(() => linkParam(page.url(), 'calib')).toBe('own');
  const fileAlpha = await handleValue(page, 'hi');

  await page.getByTestId('source.kind').selectOption('model:blazeface');
  await expect(status).toContainText('[');
  await expect.poll(() => linkParam(page.url(), 'model')).toBe('blazeface');
  await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');

  await page.goBack(); // the file, with the range the user set on it
  await expect(status).toContainText('f4');
  await expect(page.getByTestId('source.kind')).toHaveValue('open');
  await expect.poll(() => handleValue(page, 'hi')).toBeCloseTo(fileAlpha, 5);
  await expect.poll(() => linkParam(page.url(), 'file')).toBe('f4.npy');

  await page.goBack(); // the file as it opened
  await expect.poll(() => linkParam(page.url(), 'calib')).toBeNull();
  await expect(status).toContainText('f4');
  await page.goBack(); // the sample the page opened with
  await expect(page.getByTestId('source.kind')).toHaveValue('sample:laplace-outliers');
  await expect(status).toHaveText(sampleStatus ?? '');
  await expect.poll(() => linkParam(page.url(), 'file')).toBeNull();

  await page.goForward();
  await page.goForward();
  await page.goForward(); // and Forward all the way to the model again
  await expect.poll(() => linkParam(page.url(), 'model')).toBe('blazeface');
  await expect(page.getByTestId('source.kind')).toHaveValue('model:blazeface');
});

test('Back to an address shown in this visit shows it again without asking, and Forward still works', async ({ page, context }) => {
  const body = await import('node:fs/promises').then((fs) => fs.readFile('tests/fixtures/io/model.safetensors'));
  await context.route('https://tensors.example/model.safetensors', (route) =>
    route.fulfill({ status: 200, body, headers: { 'content-type': 'application/octet-stream', 'access-control-allow-origin': '*' } }),
  );
  await openExplorer(page);
  const status = page.getByTestId('sample.status');
  await page.getByTestId('source.url').fill('https://tensors.example/model.safetensors');
  await page.getByTestId('source.url-load').click();
  await expect(status).toContainText('fp8.e4m3_all_codes');
  await expect.poll(() => linkParam(page.url(), 'src')).toBe('https://tensors.example/model.safetensors');
  await page.getByTestId('source.kind').selectOption('model:blazeface');
  await expect.poll(() => linkParam(page.url(), 'model')).toBe('blazeface');
  await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');

  await page.goBack();
  await expect(status).toContainText('fp8.e4m3_all_codes');
  await expect(page.getByTestId('notice.pending-url')).toHaveCount(0);
  await page.goForward();
  await expect(page.getByTestId('source.kind')).toHaveValue('model:blazeface');
});

test('Back to an entry whose file is not at hand shows the sample and leaves the entries after it in place', async ({ page }) => {
  await openExplorer(page);
  await page.evaluate(() => {
    history.pushState(null, '', '#v=1&file=gone.npy&tensor=x&bits=5'); // a file of an earlier visit
    history.pushState(null, '', '#v=1&sample=relu');
  });
  await page.goBack();
  await expect(page.getByTestId('notice.pending-file')).toContainText('gone.npy');
  await expect(page.getByTestId('quant.bits.value')).toHaveText('5');
  await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');
  await page.waitForTimeout(300); // the link of what is shown is written now
  await page.goForward(); // the entry after it is still there
  await expect(page.getByTestId('source.kind')).toHaveValue('sample:relu');
  await expect.poll(() => linkParam(page.url(), 'sample')).toBe('relu');
});
