import { test as base, expect, type Page } from '@playwright/test';

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
