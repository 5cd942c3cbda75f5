import { test, expect, openExplorer } from './fixtures';

const dir = 'tests/fixtures/overview';

test('the overview scans every tensor of a model file; sort, then a click opens that tensor in the explorer', async ({ page }) => {
  await openExplorer(page);
  await page.getByTestId('source.file-input').setInputFiles(`${dir}/model.safetensors`);
  await expect(page.getByTestId('tensor.list')).toBeVisible();
  await page.getByTestId('tab.overview').click();
  await expect(page.getByTestId('overview.status')).toHaveAttribute('data-status', 'done');
  const rows = page.getByTestId('overview.row');
  await expect(rows).toHaveCount(6);
  await expect(page.getByTestId('overview.point')).toHaveCount(6);
  await expect(page).toHaveURL(/panel=overview/);

  await page.getByTestId('overview.sort.spread').click(); // descending first: the widest channel spread on top
  await expect(page).toHaveURL(/osort=-spread/);
  await expect(rows.first()).toHaveAttribute('data-name', 'model.layers.0.attn.q.weight');
  await page.getByTestId('overview.sort.spread').click();
  await expect(page).toHaveURL(/osort=spread/);

  await page.getByTestId('overview.filter').fill('mlp');
  await expect(rows).toHaveCount(2);
  await expect(page).toHaveURL(/ofilter=mlp/);
  await page.getByTestId('overview.metric').selectOption('int8ch');
  await expect(page).toHaveURL(/ometric=int8ch/);

  await rows.filter({ hasText: 'model.layers.1.mlp.weight' }).getByRole('button').click();
  await expect(page.getByTestId('tab.explorer')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('sample.status')).toContainText('model.layers.1.mlp.weight');
  await expect(page.getByTestId('hist.bars')).toBeVisible();
});

test('a point on the plot names its tensor on hover and opens it on click; a missing shard is listed', async ({ page }) => {
  await openExplorer(page);
  await page
    .getByTestId('source.file-input')
    .setInputFiles([`${dir}/sharded/model.safetensors.index.json`, `${dir}/sharded/model-00002-of-00002.safetensors`]);
  await expect(page.getByTestId('tensor.list')).toBeVisible();
  await page.getByTestId('tab.overview').click();
  await expect(page.getByTestId('overview.status')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('notice.missing')).toContainText('model-00001-of-00002.safetensors');
  await expect(page.getByTestId('overview.row')).toHaveCount(3);
  const point = page.locator('[data-testid="overview.point"][data-name="model.norm.weight"]');
  await point.hover();
  await expect(page.getByTestId('overview.hover')).toContainText('model.norm.weight');
  await point.click();
  await expect(page.getByTestId('sample.status')).toContainText('model.norm.weight');
});

test('a link reopens the overview with its sort, filter and metric', async ({ page }) => {
  await page.goto('/?panel=overview&osort=-kurtosis&ofilter=layers&ometric=kurtosis&olog=0');
  await expect(page.getByTestId('overview.nofile')).toBeVisible(); // a sample is open: nothing to scan yet
  await page.getByTestId('source.file-input').setInputFiles(`${dir}/model.safetensors`);
  await expect(page.getByTestId('overview.status')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('overview.filter')).toHaveValue('layers');
  await expect(page.getByTestId('overview.metric')).toHaveValue('kurtosis');
  await expect(page.getByTestId('overview.log')).not.toBeChecked();
  await expect(page.getByTestId('overview.row')).toHaveCount(4);
  await expect(page.getByTestId('overview.sort.kurtosis')).toContainText('▼');
});

test('a GGUF file fills the overview with its block-quantized tensors; an unsupported type keeps its row with the reason', async ({
  page,
}) => {
  await openExplorer(page);
  await page.getByTestId('source.file-input').setInputFiles('tests/fixtures/gguf/types.gguf');
  await expect(page.getByTestId('tensor.list')).toBeVisible();
  await page.getByTestId('tab.overview').click();
  await expect(page.getByTestId('overview.status')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('overview.row')).toHaveCount(22);
  await expect(page.locator('[data-testid="overview.row"][data-name="blk.q4_k.weight"]')).toContainText('Q4_K');
  await expect(page.locator('[data-testid="overview.row"][data-name="blk.iq2_xxs.weight"]')).toContainText('IQ2_XXS');
});

for (const lang of ['en', 'ko'])
  test(`presenter mode at 1280×720 (${lang}): the default columns fit without scrolling sideways; a hidden column stays hidden in the link`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/?model=iris&panel=overview&presenter=1&lang=${lang}`);
    await expect(page.getByTestId('overview.status')).toHaveAttribute('data-status', 'done', { timeout: 120_000 });
    const table = page.getByTestId('overview.table');
    const headers = table.locator('thead th');
    await expect(headers).toHaveCount(7); // the name and the six presenter columns, the SQNR ones among them
    await expect(page.getByTestId('overview.sort.int8ch')).toBeVisible();
    await expect(page.getByTestId('overview.sort.best')).toBeVisible();
    const [scroll, client] = await table.evaluate((e) => [e.scrollWidth, e.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client);

    await page.getByTestId('overview.columns').locator('summary').click();
    await page.getByTestId('overview.column.kurtosis').uncheck();
    await expect(page.getByTestId('overview.sort.kurtosis')).toHaveCount(0);
    await expect(page).toHaveURL(/ocols=outliers%2Cint8%2Cint8ch%2Cint4g%2Cbest|ocols=outliers,int8,int8ch,int4g,best/);
    await page.reload();
    await expect(page.getByTestId('overview.status')).toHaveAttribute('data-status', 'done', { timeout: 120_000 });
    await expect(headers).toHaveCount(6);
    await expect(page.getByTestId('overview.sort.kurtosis')).toHaveCount(0);
    await page.getByTestId('overview.columns').locator('summary').click();
    await expect(page.getByTestId('overview.column.kurtosis')).not.toBeChecked();
    await page.getByTestId('overview.column.spread').check();
    await expect(page.getByTestId('overview.sort.spread')).toBeVisible();
    await page.getByTestId('overview.plot').click({ position: { x: 5, y: 5 } }); // a press outside closes the menu
    await expect(page.getByTestId('overview.column.spread')).toBeHidden();
    await page.getByTestId('overview.columns').locator('summary').click();
    await page.getByTestId('overview.columns.default').click();
    await expect(headers).toHaveCount(7);
    await expect(page).not.toHaveURL(/ocols=/);
  });
