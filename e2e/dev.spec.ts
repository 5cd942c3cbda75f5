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
