import { test, expect } from './fixtures';

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
