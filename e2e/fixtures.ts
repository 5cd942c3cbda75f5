import { test as base, expect, type Page } from '@playwright/test';
import { concat, f32Bytes, makeSafetensors } from '../tests/helpers/bytes';

/** A test whose page fails it on any console error or uncaught exception. */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await use(page);
    expect(problems, 'no console errors or page errors').toEqual([]);
  },
});
export { expect };

/** A .safetensors file of F32 tensors, each with its shape and values (zeros when none are given), as a user would drop it. */
export function f32Safetensors(tensors: Record<string, { shape: number[]; values?: number[] }>): Buffer {
  let offset = 0;
  const header: Record<string, unknown> = {};
  const parts = Object.entries(tensors).map(([name, t]) => {
    const data = f32Bytes(t.values ?? new Array<number>(t.shape.reduce((a, b) => a * b, 1)).fill(0));
    header[name] = { dtype: 'F32', shape: t.shape, data_offsets: [offset, offset + data.length] };
    offset += data.length;
    return data;
  });
  return Buffer.from(makeSafetensors(header, concat(...parts)));
}

/** A parameter of the scene a page address carries: from the fragment (`#v=1&…`), or the query for `src`. */
export function linkParam(address: string, key: string): string | null {
  const url = new URL(address);
  return new URLSearchParams(url.hash.slice(1)).get(key) ?? url.searchParams.get(key);
}

export type Metric = 'mse' | 'sqnr' | 'max-abs' | 'clipped' | 'levels';

/** Waits until the error panel shows exact figures, then reads one metric's raw value. */
export async function exactMetric(page: Page, metric: Metric): Promise<number> {
  await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');
  return Number(await page.getByTestId(`error.${metric}`).getAttribute('data-value'));
}

/** Opens the app and waits for the default sample's histogram and exact figures. */
export async function openExplorer(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId('hist.bars')).toBeVisible();
  await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');
}

/** A handle's current value, from its ARIA slider state. */
export async function handleValue(page: Page, which: 'lo' | 'hi'): Promise<number> {
  return Number(await page.getByTestId(`hist.handle.${which}`).getAttribute('aria-valuenow'));
}
