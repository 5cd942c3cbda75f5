import { test, expect, openExplorer } from './fixtures';

/** Seeded N(0, 1)·20000 as CSV (Box–Muller on a fixed LCG): its tails pass FP16's 65504 but not BF16's range. */
function gaussianTimes20000(n: number): string {
  let s = 12345;
  const u = () => ((s = (s * 1103515245 + 12345) % 2147483648) + 1) / 2147483649;
  const rows: string[] = [];
  for (let i = 0; i < n; i++) rows.push(String(20000 * Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u())));
  return rows.join('\n');
}

test('on a Gaussian ×20000, the FP16 card reports overflow and the BF16 card none', async ({ page }) => {
  await openExplorer(page);
  await page
    .getByTestId('source.file-input')
    .setInputFiles({ name: 'wide.csv', mimeType: 'text/csv', buffer: Buffer.from(gaussianTimes20000(20000)) });
  await expect(page.getByTestId('sample.status')).toContainText('wide');
  await expect(page.getByTestId('formats.panel')).toHaveAttribute('data-current', 'true');
  expect(Number(await page.getByTestId('formats.card.fp16').getAttribute('data-overflow'))).toBeGreaterThan(0);
  await expect(page.getByTestId('formats.card.bf16')).toHaveAttribute('data-overflow', '0');
});

test('the bit-layout widget shows 448 as E4M3’s largest value and 65504 as FP16’s', async ({ page }) => {
  await openExplorer(page);
  const input = page.getByTestId('formats.bits.input');
  await input.fill('1000');
  await expect(page.getByTestId('formats.bits.fp8-e4m3')).toHaveAttribute('data-stored', '448');
  await input.fill('65504');
  await expect(page.getByTestId('formats.bits.fp16')).toHaveAttribute('data-stored', '65504');
  await expect(page.getByTestId('formats.bits.fp16').locator('.bits-exponent')).toHaveText('11110');
});
