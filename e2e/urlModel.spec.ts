import { readFileSync } from 'node:fs';
import { test, expect, openExplorer } from './fixtures';

test('a tfjs model.json typed as an address loads with the shard the server has beside it, in the explorer and the overview', async ({
  page,
}) => {
  await openExplorer(page);
  let shards = 0;
  page.on('request', (r) => void (r.url().endsWith('/models/iris.bin') && shards++));
  await page.getByTestId('source.url').fill(new URL('/models/iris.json', page.url()).href); // served by the app's own server
  await page.getByTestId('source.url-load').click();
  await expect(page.getByTestId('tensor.list')).toBeVisible();
  await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');
  await expect(page.getByTestId('sample.status')).toContainText('×');
  await expect(page.getByTestId('notice.error')).toHaveCount(0);
  expect(shards).toBe(1);
  await page.getByTestId('tab.overview').click(); // the overview's scan fetches the model the same way
  await expect(page.getByTestId('overview.status')).toHaveAttribute('data-status', 'done');
  expect(await page.getByTestId('overview.row').count()).toBeGreaterThan(100);
  await expect(page.getByTestId('notice.error')).toHaveCount(0);
});

test('a src= link to a sharded model.json asks first, then fetches its shards relative to it', async ({ page, context }) => {
  const dir = 'tests/fixtures/io/tfjs_sharded';
  const fetched: string[] = [];
  await context.route('https://tensors.example/m/**', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    fetched.push(name);
    return route.fulfill({
      status: 200,
      body: readFileSync(`${dir}/${name}`),
      headers: { 'content-type': 'application/octet-stream', 'access-control-allow-origin': '*' },
    });
  });
  await openExplorer(page, `/#v=1&src=${encodeURIComponent('https://tensors.example/m/model.json')}`);
  await expect(page.getByTestId('notice.pending-url')).toContainText('tensors.example');
  expect(fetched).toEqual([]);
  await page.getByTestId('notice.pending-url.load').click();
  await expect(page.getByTestId('sample.status')).toContainText('w1 [6 × 5]');
  await expect(page.getByTestId('tensor.option')).toHaveCount(3);
  expect(fetched.sort()).toEqual(['g1-shard1of2.bin', 'g1-shard2of2.bin', 'g2-shard1of1.bin', 'model.json']);
});
