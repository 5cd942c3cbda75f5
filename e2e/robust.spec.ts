import { Zip, ZipDeflate } from 'fflate';
import { test, expect, linkParam, openExplorer } from './fixtures';

/** An .npz whose one member holds `values` float32 zeros: a few hundred KB that take seconds to inflate and read. */
function zerosNpz(values: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Uint8Array[] = [];
    const zip = new Zip((err, chunk, final) => {
      if (err) return reject(err);
      parts.push(chunk);
      if (final) resolve(Buffer.concat(parts));
    });
    const member = new ZipDeflate('big.npy', { level: 1 });
    zip.add(member);
    const dict = `{'descr': '<f4', 'fortran_order': False, 'shape': (${values},), }`;
    member.push(Buffer.from('\x93NUMPY\x01\x00\x76\x00' + dict.padEnd(117) + '\n', 'latin1'));
    const block = new Uint8Array(16 << 20);
    for (let left = values * 4; left > 0; left -= block.length)
      member.push(block.subarray(0, Math.min(left, block.length)), left <= block.length);
    zip.end();
  });
}

test('cancelling the read of a newly opened file restores the previous file and its tensor list', async ({ page }) => {
  test.setTimeout(180_000); // building the 300 MB member takes a while on a busy machine
  await openExplorer(page);
  await page.getByTestId('source.file-input').setInputFiles('tests/fixtures/io/model.safetensors');
  await expect(page.getByTestId('sample.status')).toContainText('e4m3');
  const status = await page.getByTestId('sample.status').textContent();
  const options = await page.getByTestId('tensor.option').allTextContents();
  await page
    .getByTestId('source.file-input')
    .setInputFiles({ name: 'slow.npz', mimeType: 'application/zip', buffer: await zerosNpz(80 << 20) });
  await expect(page.getByTestId('progress')).toBeVisible();
  await page.getByTestId('progress.cancel').click();
  await expect(page.getByTestId('notice.error')).toContainText('cancelled');
  await expect(page.getByTestId('sample.status')).toHaveText(status ?? '');
  expect(await page.getByTestId('tensor.option').allTextContents()).toEqual(options);
  await page.getByTestId('tensor.option').filter({ hasText: 'BF16' }).click();
  await expect(page.getByTestId('sample.status')).toContainText('model.bf16 [2 × 3]');
});

test('a link whose tensor cannot be loaded shows the default sample and says so', async ({ page }) => {
  await page.goto('/?model=blazeface&tensor=no-such-tensor');
  await expect(page.getByTestId('notice.error')).toContainText('The built-in sample is shown instead');
  await expect(page.getByTestId('hist.bars')).toBeVisible();
  await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');
  await expect(page.getByTestId('notice.error')).toContainText('no-such-tensor');
});

/** Hostile links beyond the garbage of links.spec.ts: each must open a drawable scene with no console error and no NaN in any SVG. */
const HOSTILE = [
  '?range=-3.4e38,3.4e38',
  '?zoom=-1e-300,1e-300',
  '?zoom=0,5e-324',
  '?range=1e-320,2e-320&bits=16',
  '?zoom=-1e308,1e308&range=-1e308,1e308',
  `?file=${'x'.repeat(1000)}.npy&tensor=${'y'.repeat(500)}`,
  '?src=http%3A%2F%2F127.0.0.1%3A9%2Fw.npy',
  '?src=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data',
  '?model=blazeface&tensor=%00%0A%E2%80%AE',
];

for (const query of HOSTILE) {
  test(`a hostile link opens a drawable scene: ${query.slice(0, 80)}`, async ({ page }) => {
    await page.goto(`/${query}`);
    await expect(page.getByTestId('hist.bars')).toBeVisible();
    await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');
    const withNaN = await page.locator('svg').evaluateAll((svgs) => svgs.filter((s) => /NaN|Infinity/.test(s.outerHTML)).length);
    expect(withNaN).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1400);
  });
}

test('the fragment carries the scene and the query does not; an old ?v=1 link is read, then rewritten to the fragment', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (r) => void requested.push(r.url()));
  await openExplorer(page, '/?v=1&bits=5&sample=gaussian');
  await expect(page.getByTestId('quant.bits.value')).toHaveText('5');
  await expect.poll(() => new URL(page.url()).hash).toContain('bits=5');
  expect(new URL(page.url()).search).toBe('');
  await page.getByTestId('hist.handle.hi').press('PageDown');
  await expect.poll(() => linkParam(page.url(), 'range')).not.toBeNull();
  expect(new URL(page.url()).search).toBe('');
  await page.reload();
  await expect(page.getByTestId('quant.bits.value')).toHaveText('5');
  // the fragment never reaches the server: no request after the first one names the scene
  expect(requested.filter((u) => u.includes('range=') || u.includes('bits=5')).length).toBe(1); // the old link itself
});

test('a Worker that dies is replaced: the scene survives, the tensor is loaded again, and the page says what happened', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openExplorer(page, '/?v=1&sample=gelu-outliers&bits=4&range=-1,20');
  const hi = await page.getByTestId('hist.handle.hi').getAttribute('aria-valuenow');
  const mse = await page.getByTestId('error.mse').getAttribute('data-value');
  await page.evaluate(() => (globalThis as { quantscopeKillWorker?: () => void }).quantscopeKillWorker?.());
  await expect(page.getByTestId('notice.restarted')).toContainText('was replaced by a fresh one', { timeout: 45_000 }); // 8 s when idle, 30 s if a call was running
  await expect(page.getByTestId('quant.bits.value')).toHaveText('4');
  await expect(page.getByTestId('hist.handle.hi')).toHaveAttribute('aria-valuenow', hi ?? '');
  await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');
  expect(await page.getByTestId('error.mse').getAttribute('data-value')).toBe(mse);
  // the new Worker computes: moving the handle gives new exact figures
  await page.getByTestId('hist.handle.hi').press('PageDown');
  await expect.poll(() => page.getByTestId('error.mse').getAttribute('data-value')).not.toBe(mse);
  await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');
});
