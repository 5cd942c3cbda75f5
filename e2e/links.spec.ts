import type { Page } from '@playwright/test';
import { test, expect, exactMetric, handleValue, openExplorer, linkParam } from './fixtures';

/** Everything a viewer reads off the scene: controls, handles and exact figures. */
async function snapshot(page: Page) {
  await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');
  await expect(page.getByTestId('calib.panel')).toHaveAttribute('data-current', 'true');
  return {
    source: await page.getByTestId('source.kind').inputValue(),
    bits: await page.getByTestId('quant.bits').inputValue(),
    symmetric: await page.getByTestId('quant.mode.symmetric').isChecked(),
    lo: await handleValue(page, 'lo'),
    hi: await handleValue(page, 'hi'),
    mse: await exactMetric(page, 'mse'),
    sqnr: await exactMetric(page, 'sqnr'),
    clipped: await exactMetric(page, 'clipped'),
    levels: await exactMetric(page, 'levels'),
    inUse: await page.locator('.calib-table tr[aria-selected="true"]').getAttribute('data-testid'),
  };
}

test('a copied link reopens the same scene with the same numbers', async ({ page, context }) => {
  await openExplorer(page);
  await page.getByTestId('source.kind').selectOption('sample:gelu-outliers');
  await page.getByTestId('quant.bits').fill('4');
  await page.locator('label', { has: page.getByTestId('quant.mode.symmetric') }).click();
  await expect(page.getByTestId('calib.panel')).toHaveAttribute('data-current', 'true');
  await page.getByTestId('calib.row.entropy').click();
  for (let i = 0; i < 3; i++) await page.getByTestId('hist.handle.hi').press('ArrowLeft'); // then drag a little
  const before = await snapshot(page);
  await page.getByTestId('share.copy').click();
  const link = await page.getByTestId('share.link').inputValue();
  expect(link).toContain('v=1');

  const fresh = await context.newPage();
  await fresh.goto(link);
  await expect(fresh.getByTestId('hist.bars')).toBeVisible();
  expect(await snapshot(fresh)).toEqual(before);
  await expect(fresh.getByTestId('notice.link')).toHaveCount(0);
});

const GARBAGE = [
  '?v=1&bits=NaN',
  '?bits=1e309',
  '?n=-5',
  '?n=1000000000',
  '?seed=-1&sample=gaussian',
  '?range=1e309,2',
  '?range=NaN,NaN',
  '?range=5,1',
  '?sample=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '?tensor=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&model=nope',
  '?colour=red&size=huge',
  '?v=999&bits=3',
  '?v=abc',
  '?bits=4&bits=5&bits=6',
  '?src=javascript:alert(1)',
  '?src=file:///etc/passwd',
  '?calib=p0&pct=-3',
  '?hide=everything&lang=xx',
  '?zoom=3,3&mode=diagonal',
  '?%E0%A4%A=1&&&=',
];

for (const query of GARBAGE) {
  test(`a garbage or tampered link opens a valid scene with a notice and no page error: ${query}`, async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`/${query}`);
    await expect(page.getByTestId('hist.bars')).toBeVisible();
    await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');
    await expect(page.getByTestId('notice.link')).toBeVisible();
    const bits = Number(await page.getByTestId('quant.bits').inputValue());
    expect(bits >= 2 && bits <= 16).toBe(true);
    expect(await handleValue(page, 'lo')).toBeLessThan(await handleValue(page, 'hi'));
    expect(dialogs).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
  });
}

test('Back restores the previous range', async ({ page }) => {
  await openExplorer(page);
  const hi = page.getByTestId('hist.handle.hi');
  await hi.press('PageDown');
  await expect.poll(() => page.url()).toContain('range=');
  const first = await handleValue(page, 'hi');
  await expect.poll(() => linkParam(page.url(), 'range')).toContain(String(first).slice(0, 5));
  await hi.press('PageDown');
  const second = await handleValue(page, 'hi');
  expect(second).toBeLessThan(first);
  await expect.poll(() => linkParam(page.url(), 'range')).toContain(String(second).slice(0, 5));
  await page.goBack();
  await expect.poll(() => handleValue(page, 'hi')).toBeCloseTo(first, 5);
});

test('a link can hide panels for a class and turn on presenter mode', async ({ page }) => {
  await openExplorer(page, '/?hide=mapping,calibration,view&presenter=1&lang=ko');
  await expect(page.getByTestId('mapping.panel')).toHaveCount(0);
  await expect(page.getByTestId('calib.panel')).toHaveCount(0);
  await expect(page.getByTestId('view.log')).toHaveCount(0);
  await expect(page.getByTestId('presenter')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { name: '양자화 오차' })).toBeVisible();
});

test('a link naming a local file asks for it, then restores its tensor', async ({ page }) => {
  await openExplorer(page, '/?file=model.safetensors&tensor=model.bf16&bits=6');
  await expect(page.getByTestId('notice.pending-file')).toContainText('model.safetensors');
  await page.getByTestId('notice.pending-file.input').setInputFiles('tests/fixtures/io/model.safetensors');
  await expect(page.getByTestId('sample.status')).toContainText('model.bf16');
  await expect(page.getByTestId('quant.bits.value')).toHaveText('6');
  await expect(page.getByTestId('notice.pending-file')).toHaveCount(0);
});

test('?src= loads a tensor file from a URL, and an unreachable one is explained', async ({ page, context }) => {
  const body = await import('node:fs/promises').then((fs) => fs.readFile('tests/fixtures/io/model.safetensors'));
  await context.route('https://tensors.example/model.safetensors', (route) =>
    route.fulfill({ status: 200, body, headers: { 'content-type': 'application/octet-stream', 'access-control-allow-origin': '*' } }),
  );
  await context.route('https://blocked.example/**', (route) => route.abort('failed'));
  let fetched = 0;
  page.on('request', (r) => void (r.url().startsWith('https://tensors.example/') && fetched++));
  await openExplorer(page, `/?src=${encodeURIComponent('https://tensors.example/model.safetensors')}&tensor=model.f32`);
  await expect(page.getByTestId('notice.pending-url')).toContainText('tensors.example');
  expect(fetched).toBe(0); // nothing is fetched before the click
  await page.getByTestId('notice.pending-url.load').click();
  await expect(page.getByTestId('sample.status')).toContainText('model.f32 [3 × 4]');
  await expect(page.getByTestId('tensor.list')).toBeVisible();

  await page.getByTestId('source.url').fill('https://blocked.example/w.safetensors');
  await page.getByTestId('source.url-load').click();
  await expect(page.getByTestId('notice.error')).toContainText('CORS');
  await expect(page.getByTestId('sample.status')).toContainText('model.f32 [3 × 4]');
});
