import { test, expect, linkParam, f32Safetensors } from './fixtures';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';

// The engine runs for real in the model Worker (a busy 2-core machine makes a PTQ table take tens of seconds).
test.describe.configure({ timeout: 420_000 });

/** Opens the Model tab at `query` (128 calibration digits keep it quick) and waits for the current PTQ table. */
async function openModel(page: Page, query = ''): Promise<void> {
  await page.goto(`/?panel=model&mcn=128${query}`);
  await expect(page.getByTestId('model.info')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('model.ptq')).toHaveAttribute('data-current', 'true', { timeout: 240_000 });
}

const accuracy = async (page: Page, testId: string): Promise<number> =>
  Number(await page.getByTestId(testId).getAttribute('data-accuracy'));

test('the Model tab builds the 4-bit PTQ table: W8A8 stays near FP32, W4A4 drops, the best row is marked', async ({ page }) => {
  await openModel(page);
  const fp32 = Number(await page.getByTestId('model.info').getAttribute('data-fp32'));
  expect(fp32).toBeGreaterThanOrEqual(0.95);
  expect(await page.locator('[data-testid^="model.ptq.row."]').count()).toBeGreaterThanOrEqual(30);
  const w8a8 = await accuracy(page, 'model.ptq.row.W8c A8s-max');
  const w4a4 = await accuracy(page, 'model.ptq.row.W4c A4s-max');
  expect(Math.abs(fp32 - w8a8)).toBeLessThanOrEqual(0.005);
  expect(w4a4).toBeLessThan(fp32);
  await expect(page.locator('[data-testid="model.ptq.table"] tr.best')).toHaveCount(1);
  await expect(page.getByTestId('lab.bert')).toBeVisible();
  await expect(page.getByTestId('model.sensitivity')).toHaveAttribute('data-current', 'true', { timeout: 120_000 });
  await expect(page.getByTestId('model.partial')).toHaveAttribute('data-current', 'true', { timeout: 120_000 });
  await expect(page.getByTestId('model.workflow.ptq')).toHaveAttribute('data-accuracy', String(w4a4));
  // Sorting by accuracy puts the best first.
  await page.getByTestId('model.ptq.sort').click();
  const first = page.locator('[data-testid="model.ptq.table"] tbody tr').first();
  await expect(first).toHaveAttribute('data-kind', /fp32|ptq/);
  expect(Number(await first.getAttribute('data-accuracy'))).toBeGreaterThanOrEqual(w8a8);
});

test('a short QAT run on 1,000 digits beats PTQ at 3 bits (where the drop shows) and becomes a row of the table', async ({ page }) => {
  await openModel(page, '&mw=3&ma=3&mqn=1000');
  await page.getByTestId('model.qat.run.recipe').click();
  await expect(page.getByTestId('model.progress')).toHaveAttribute('data-phase', 'qat');
  const result = page.getByTestId('model.qat.result.recipe');
  await expect(result).toBeVisible({ timeout: 240_000 });
  const before = Number(await result.getAttribute('data-before'));
  const after = Number(await result.getAttribute('data-after'));
  expect(before).toBe(await accuracy(page, 'model.ptq.row.W3t A3s-max'));
  expect(after).toBeGreaterThan(before);
  await expect(page.getByTestId('model.ptq.row.qat-recipe')).toHaveAttribute('data-accuracy', String(after));
  await expect(page.getByTestId('model.workflow.qat')).toHaveAttribute('data-accuracy', String(after));
  await expect(page.getByTestId('model.qat.loss')).toBeVisible();
});

test('Cancel stops a QAT run and keeps what was on screen', async ({ page }) => {
  await openModel(page, '&mqe=5');
  await page.getByTestId('model.qat.run.untuned').click();
  await expect(page.getByTestId('model.progress')).toHaveAttribute('data-phase', 'qat');
  // The clock runs while progress reports stream in (every 100 ms).
  await expect(page.getByTestId('model.progress')).toContainText(/ [1-9]\d*\.\d s|0\.[1-9] s/, { timeout: 30_000 });
  await page.getByTestId('model.cancel').click();
  await expect(page.getByTestId('model.cancelled')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('model.progress')).toHaveCount(0);
  await expect(page.getByTestId('model.qat.result.untuned')).toHaveCount(0);
  await expect(page.getByTestId('model.ptq')).toHaveAttribute('data-current', 'true');
  await expect(page.getByTestId('model.qat.run.recipe')).toBeEnabled();
});

test('a lab link reopens the same settings, and changing one rewrites the link', async ({ page }) => {
  await page.goto('/?panel=model&mw=3&ma=8&mcal=entropy&mcn=256&mfloat=fc1&mqe=2&mqlr=0.03&mqs=linear&mste=identity&mqn=2000&mseed=7');
  await expect(page.getByTestId('tab.model')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('model.wbits')).toHaveValue('3');
  await expect(page.getByTestId('model.abits')).toHaveValue('8');
  await expect(page.getByTestId('model.calibrator')).toHaveValue('entropy');
  await expect(page.getByTestId('model.calibsize')).toHaveValue('256');
  await expect(page.getByTestId('model.seed')).toHaveValue('7');
  await expect(page.getByTestId('model.info')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('model.keepfloat.fc1')).toBeChecked();
  await expect(page.getByTestId('model.qat.epochs')).toHaveValue('2');
  await expect(page.getByTestId('model.qat.lr')).toHaveValue('0.03');
  await expect(page.getByTestId('model.qat.schedule')).toHaveValue('linear');
  await expect(page.getByTestId('model.qat.ste')).toHaveValue('identity');
  await expect(page.getByTestId('model.qat.subset')).toHaveValue('2000');
  await page.getByTestId('model.calibrator').selectOption('mse');
  await expect(page).toHaveURL(/mcal=mse/);
  await expect(page).toHaveURL(/mfloat=fc1/);
  await page.getByTestId('model.keepfloat.fc2').check();
  await expect(page).toHaveURL(/mfloat=fc1%2Cfc2/);
});

test('a row’s layer opens its recorded activations in the Explorer with that calibrator’s range', async ({ page }) => {
  await openModel(page);
  await page.getByTestId('model.ptq.open.W4c A4s-max.fc2').click();
  await expect(page.getByTestId('tab.explorer')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('hist.bars')).toBeVisible();
  await expect(page).toHaveURL(/file=fc2-input-max-a4\.npy/);
  await expect(page).toHaveURL(/bits=4/);
  await expect(page).toHaveURL(/mode=symmetric/);
});

test('weights that do not fit are refused with the tensor and the expected shape, and the shipped model stays', async ({ page }) => {
  await openModel(page);
  const fp32 = await page.getByTestId('model.info').getAttribute('data-fp32');
  await page.getByTestId('model.own-input').setInputFiles({
    name: 'bad.safetensors',
    mimeType: 'application/octet-stream',
    buffer: f32Safetensors({
      'fc1.weight': { shape: [32, 784] },
      'fc1.bias': { shape: [32] },
      'fc2.weight': { shape: [10, 32] },
      'fc2.bias': { shape: [12] },
    }),
  });
  await expect(page.getByTestId('model.error')).toContainText('fc2.bias', { timeout: 240_000 });
  await expect(page.getByTestId('model.error')).toContainText('expected [10]');
  await expect(page.getByTestId('model.info')).toHaveAttribute('data-fp32', fp32 as string);
  await expect(page.getByTestId('model.weights')).toHaveValue('shipped');
});

test('training from scratch runs in the Worker with progress; Cancel keeps the shipped model, a finished run is used and the shipped one stays', async ({
  page,
}) => {
  await openModel(page);
  const shipped = await page.getByTestId('model.info').getAttribute('data-fp32');
  await page.getByTestId('model.train-epochs').fill('1');
  await page.getByTestId('model.train').click();
  await expect(page.getByTestId('model.progress')).toHaveAttribute('data-phase', 'train');
  await page.getByTestId('model.cancel').click();
  await expect(page.getByTestId('model.cancelled')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('model.weights')).toHaveValue('shipped');
  await expect(page.getByTestId('model.info')).toHaveAttribute('data-fp32', shipped as string);
  await page.getByTestId('model.train').click();
  await expect(page.getByTestId('model.weights')).toHaveValue('trained', { timeout: 300_000 });
  expect(Number(await page.getByTestId('model.info').getAttribute('data-fp32'))).toBeGreaterThan(0.8);
  await expect(page.getByTestId('model.ptq')).toHaveAttribute('data-current', 'true', { timeout: 240_000 });
  // The link names the trained model (epochs and seed): reopened, it trains the same weights again.
  await expect.poll(() => linkParam(page.url(), 'mmodel')).toBe('trained-1-1');
  const trained = await page.getByTestId('model.info').getAttribute('data-fp32');
  const link = page.url();
  await page.getByTestId('model.weights').selectOption('shipped');
  await expect(page.getByTestId('model.info')).toHaveAttribute('data-fp32', shipped as string);
  await expect.poll(() => linkParam(page.url(), 'mmodel')).toBeNull();
  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByTestId('model.weights')).toHaveValue('trained', { timeout: 300_000 });
  await expect(page.getByTestId('model.info')).toHaveAttribute('data-fp32', trained as string);
});

test('a link made on the user’s own weights says which files to open, and runs on the shipped model meanwhile', async ({ page }) => {
  await openModel(page, `&mmodel=${encodeURIComponent('own-mine.safetensors')}`);
  await expect(page.getByTestId('model.own-pending')).toContainText('mine.safetensors');
  await expect(page.getByTestId('model.weights')).toHaveValue('shipped');
  const zeros = {
    'fc1.weight': { shape: [32, 784] },
    'fc1.bias': { shape: [32] },
    'fc2.weight': { shape: [10, 32] },
    'fc2.bias': { shape: [10] },
  };
  await page.getByTestId('model.own-input').setInputFiles({
    name: 'mine.safetensors',
    mimeType: 'application/octet-stream',
    buffer: f32Safetensors(zeros),
  });
  await expect(page.getByTestId('model.weights')).toHaveValue('own', { timeout: 120_000 });
  await expect(page.getByTestId('model.own-pending')).toHaveCount(0);
  expect(linkParam(page.url(), 'mmodel')).toBe('own-mine.safetensors');
});

test('a section whose figures are not those of the settings says they are being computed', async ({ page }) => {
  await openModel(page);
  await page.getByTestId('model.wbits').selectOption('3');
  await expect(page.getByTestId('model.ptq').getByTestId('model.pending')).toContainText('Computing for these settings');
  await expect(page.getByTestId('model.ptq')).toHaveAttribute('data-current', 'true', { timeout: 240_000 });
  await expect(page.getByTestId('model.ptq').getByTestId('model.pending')).toHaveCount(0);
});

test('the Explorer never loads the model lab: no Model chunk, model Worker, digits or weights until the tab opens', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/');
  await expect(page.getByTestId('hist.bars')).toBeVisible();
  await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');
  expect(requests.filter((u) => /ModelLab|model\.worker|mnist|mlp-digits/.test(u))).toEqual([]);
  await page.getByTestId('tab.model').click();
  await expect(page.getByTestId('model.info')).toBeVisible({ timeout: 120_000 });
  expect(requests.some((u) => /ModelLab/.test(u))).toBe(true);
  expect(requests.some((u) => /model\.worker/.test(u))).toBe(true);
});

test('the keep-in-float list exports as JSON with the quantization it is kept out of', async ({ page }) => {
  await page.goto('/?panel=model&mcn=128&mfloat=fc2&mw=3&ma=3');
  await expect(page.getByTestId('model.info')).toBeVisible({ timeout: 120_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('model.keepfloat.export').click()]);
  expect(download.suggestedFilename()).toBe('keep-in-float.json');
  const doc = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(doc).toMatchObject({ float: ['fc2'], weights: { bits: 3, granularity: 'per-tensor' }, activations: { bits: 3, method: 'max' } });
  expect(doc.layers).toEqual(['fc1', 'fc2', 'fc3']);
});

for (const lang of ['en', 'ko'])
  test(`presenter mode at 1280×720 (${lang}): every chart label stays inside its chart and clear of the others`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openModel(page, `&presenter=1&lang=${lang}&mw=3&ma=3`);
    await expect(page.getByTestId('model.partial')).toHaveAttribute('data-current', 'true', { timeout: 240_000 });
    for (const id of ['model.workflow', 'model.sensitivity.chart', 'model.partial.chart']) {
      const chart = page.getByTestId(id);
      const box = await chart.boundingBox();
      const texts = await chart
        .locator('text')
        .evaluateAll((els) =>
          els
            .filter((e) => e.textContent)
            .map((e) => ({ text: e.textContent, size: getComputedStyle(e).fontSize, ...e.getBoundingClientRect().toJSON() })),
        );
      expect(texts.length, id).toBeGreaterThan(8);
      expect(new Set(texts.map((t) => t.size)), id).toEqual(new Set(['18px']));
      if (!box) throw new Error(`${id} has no box`);
      // font boxes include the ascent's and descent's empty space: 2 px of slack
      const out = texts.filter(
        (t) => t.x < box.x - 0.5 || t.y < box.y - 0.5 || t.right > box.x + box.width + 0.5 || t.bottom > box.y + box.height + 0.5,
      );
      expect(
        out.map((t) => t.text),
        id,
      ).toEqual([]);
      const hits = texts.flatMap((a, i) =>
        texts
          .slice(i + 1)
          .filter((b) => Math.min(a.right, b.right) - Math.max(a.x, b.x) > 2 && Math.min(a.bottom, b.bottom) - Math.max(a.y, b.y) > 2)
          .map((b) => `${a.text} | ${b.text}`),
      );
      expect(hits, id).toEqual([]);
    }
  });
