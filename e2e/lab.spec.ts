import { test, expect, f32Safetensors } from './fixtures';

test('switching GELU to GELU10 changes the negative levels from 0 to 2', async ({ page }) => {
  await page.goto('/?panel=activations');
  const badge = page.getByTestId('lab.negative-levels');
  await expect(page.getByTestId('lab.panel')).toHaveAttribute('data-current', 'true');
  await expect(page.getByTestId('lab.row.max')).toHaveAttribute('data-negative-levels', '0');
  await expect(badge).toContainText('0');
  await page.getByTestId('lab.fn').selectOption('gelu10');
  await expect(page.getByTestId('lab.row.max')).toHaveAttribute('data-negative-levels', '2');
  await expect(badge).toContainText('2');
  await expect(page.getByTestId('lab.minimum')).toContainText('-0.1700');
});

test('moving the SmoothQuant α slider changes the product error', async ({ page }) => {
  await page.goto('/?panel=activations');
  const product = page.getByTestId('smooth.row.product');
  await expect(page.getByTestId('smooth.panel')).toHaveAttribute('data-current', 'true');
  const before = await product.getAttribute('data-after-mse');
  await page.getByTestId('smooth.alpha').fill('0.9');
  await expect(page.getByTestId('smooth.alpha.value')).toHaveText('0.90');
  await expect.poll(() => product.getAttribute('data-after-mse')).not.toBe(before);
  await expect(page).toHaveURL(/alpha=0\.9/);
});

test('SmoothQuant runs on the user’s own X and W, and mismatched shapes get a message', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('hist.bars')).toBeVisible();
  const X = Array.from({ length: 32 * 8 }, (_, i) => (i % 8 === 3 ? 80 : 1) * Math.sin(i + 1));
  const W = Array.from({ length: 8 * 4 }, (_, i) => Math.cos(i) / 3);
  const Wbad = Array.from({ length: 5 * 4 }, (_, i) => Math.cos(i));
  await page.getByTestId('source.file-input').setInputFiles({
    name: 'layer.safetensors',
    mimeType: 'application/octet-stream',
    buffer: f32Safetensors({ x: { shape: [32, 8], values: X }, w: { shape: [8, 4], values: W }, wbad: { shape: [5, 4], values: Wbad } }),
  });
  await expect(page.getByTestId('tensor.list')).toBeVisible();
  await page.getByTestId('tab.activations').click();
  await page.getByTestId('smooth.source').selectOption('own');
  await page.getByTestId('smooth.own.x').selectOption('x');
  await page.getByTestId('smooth.own.w').selectOption('w');
  await expect(page.getByTestId('smooth.panel')).toHaveAttribute('data-current', 'true');
  const product = page.getByTestId('smooth.row.product');
  await expect(product).toBeVisible();
  await page.getByTestId('smooth.own.w').selectOption('wbad');
  await expect(page.getByTestId('smooth.error')).toContainText('8 columns');
});
