import { test, expect, openExplorer } from './fixtures';

test('npm run dev serves a working app: the Worker computes, real weights and the labs load', async ({ page }) => {
  await openExplorer(page);
  await expect(page.getByTestId('app.backend')).toContainText('wasm');
  await page.goto('/?model=blazeface');
  await expect(page.getByTestId('tensor.list')).toBeVisible();
  await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');
  await page.goto('/?panel=activations');
  await expect(page.getByTestId('smooth.panel')).toHaveAttribute('data-current', 'true');
});

test('npm run dev runs the model lab: its Worker trains and evaluates without a reload', async ({ page }) => {
  test.setTimeout(300_000);
  let loads = 0;
  page.on('load', () => loads++);
  await page.goto('/?panel=model&mcn=128');
  await expect(page.getByTestId('model.ptq')).toHaveAttribute('data-current', 'true', { timeout: 240_000 });
  await page.getByTestId('model.qat.subset').selectOption('256');
  await page.getByTestId('model.qat.run.recipe').click();
  await expect(page.getByTestId('model.qat.result.recipe')).toBeVisible({ timeout: 120_000 });
  expect(loads).toBe(1);
});
