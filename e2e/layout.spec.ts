import type { Page } from '@playwright/test';
import { HIDEABLE } from '../src/state/scene';
import { test, expect } from './fixtures';

/** Projector, laptop, desktop and phone. */
const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
] as const;

/** Opens `query` and waits until what it shows has its results (the explorer's exact figures or the labs' results). */
async function open(page: Page, query: string): Promise<void> {
  await page.goto(`/?${query}`);
  if (query.includes('panel=lessons')) {
    await expect(page.getByTestId('lesson.list')).toBeVisible();
  } else if (query.includes('lesson=')) {
    await expect(page.getByTestId('lesson.card')).toBeVisible();
    await expect(page.getByTestId('hist.bars')).toBeVisible();
  } else if (query.includes('panel=overview')) {
    await expect(page.getByTestId('overview')).toBeVisible();
  } else if (query.includes('panel=model')) {
    await expect(page.getByTestId('model.panel')).toHaveAttribute('data-ready', 'true');
  } else if (query.includes('panel=activations')) {
    await expect(page.getByTestId('lab.panel')).toHaveAttribute('data-current', 'true');
    await expect(page.getByTestId('smooth.panel')).toHaveAttribute('data-current', 'true');
  } else {
    await expect(page.getByTestId('hist.bars')).toBeVisible();
    await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');
  }
}

/** The page is never wider than the window. */
async function expectNoSideScroll(page: Page, what: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${what}: page width`).toBeLessThanOrEqual(innerWidth);
}

for (const viewport of VIEWPORTS) {
  const size = `${viewport.width}×${viewport.height}`;
  test.describe(size, () => {
    test.use({ viewport });

    for (const lang of ['en', 'ko'] as const) {
      test(`no sideways scroll in ${lang}, in every tab, on screen and in presenter mode`, async ({ page }) => {
        for (const query of [
          `lang=${lang}&sample=depthwise&n=16384`,
          `lang=${lang}&panel=activations`,
          `lang=${lang}&presenter=1&sample=depthwise&n=16384`,
          `lang=${lang}&presenter=1&panel=activations`,
          `lang=${lang}&panel=model`,
          `lang=${lang}&panel=overview`,
          `lang=${lang}&panel=lessons`,
          `lang=${lang}&lesson=affine&step=1`,
        ]) {
          await open(page, query);
          await expectNoSideScroll(page, query);
        }
      });
    }

    test('hiding panels gives the room to what remains: the histogram keeps ≥ 60 % of the width', async ({ page }) => {
      await open(page, 'hide=source,quant,view');
      await expectNoSideScroll(page, 'hide=source,quant,view');
      const box = await page.getByTestId('hist.svg').boundingBox();
      expect(box?.width ?? 0).toBeGreaterThanOrEqual(0.6 * viewport.width);
    });
  });
}

/** Class views: each panel hidden alone, each panel left alone, and everything hidden. */
const HIDE_SETS = [...HIDEABLE.map((h) => [h]), ...HIDEABLE.map((keep) => HIDEABLE.filter((h) => h !== keep)), [...HIDEABLE]];

for (const [viewport, presenter] of [
  [{ width: 1280, height: 720 }, true],
  [{ width: 390, height: 844 }, false],
] as const) {
  test.describe(`hide= at ${viewport.width}×${viewport.height}${presenter ? ' in presenter mode' : ''}`, () => {
    test.use({ viewport });
    test('no sideways scroll whatever a class view hides', async ({ page }) => {
      test.setTimeout(180_000);
      for (const set of HIDE_SETS) {
        const query = `hide=${set.join(',')}${presenter ? '&presenter=1' : ''}&lang=ko`;
        await page.goto(`/?${query}`);
        await expect(page.getByTestId('hist.bars')).toBeVisible();
        await expectNoSideScroll(page, query);
      }
    });
  });
}

test.describe('presenter mode on a 1280×720 projector', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('shows the histogram and the error figures together, without scrolling, with chart text of at least 18 px', async ({ page }) => {
    await open(page, 'presenter=1&hide=source,calibration,export');
    for (const id of ['hist.svg', 'error.mse', 'error.sqnr', 'error.levels']) {
      const box = (await page.getByTestId(id).boundingBox()) ?? { y: -1, height: 0 };
      expect(box.y, `${id} top`).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, `${id} bottom`).toBeLessThanOrEqual(720);
    }
    const header = await page.locator('.app-header').boundingBox();
    expect(header?.height ?? Infinity).toBeLessThanOrEqual(60);
    await page.getByTestId('share.copy').click(); // the link shown under the header does not make it taller
    await expect(page.getByTestId('share.link')).toBeVisible();
    expect((await page.locator('.app-header').boundingBox())?.height ?? Infinity).toBeLessThanOrEqual(60);
    const smallest = await page.evaluate(() =>
      Math.min(...Array.from(document.querySelectorAll('main svg text'), (t) => parseFloat(getComputedStyle(t).fontSize))),
    );
    expect(smallest).toBeGreaterThanOrEqual(18);
    await expectNoSideScroll(page, 'presenter');
  });
});
