import type { Page } from '@playwright/test';
import { LESSONS } from '../src/lessons';
import { PANELS } from '../src/state/scene';
import { test, expect, exactMetric, linkParam } from './fixtures';

/**
 * Opens a lesson step from its link and waits until its chart is on screen and, unless `figures` is false, every
 * figure its text cites is computed (the Model tab's figures take a minute to compute on a slow machine).
 */
async function openStep(page: Page, id: string, step: number, figures = true) {
  await page.goto(`/?lesson=${id}&step=${step}`);
  const lesson = LESSONS.find((l) => l.id === id);
  const focus = lesson?.steps[step - 1].focus ?? '';
  await expect(page.getByTestId('lesson.card')).toHaveAttribute('data-step', String(step));
  await expect(page.getByTestId('lesson.counter')).toHaveText(`Step ${step} of ${lesson?.steps.length}`);
  await expect(page.getByTestId(focus).first()).toBeVisible({ timeout: 60_000 });
  if (figures) {
    await expect(page.locator('main [data-current="false"]')).toHaveCount(0);
    await expect(page.locator('.lesson-card .live-number', { hasText: '…' })).toHaveCount(0);
  }
  await expect.poll(() => linkParam(page.url(), 'step')).toBe(String(step));
  await expect(page.getByTestId('notice.link')).toHaveCount(0);
  await expect(page.getByTestId('notice.error')).toHaveCount(0);
  await expect(page.getByTestId('model.error')).toHaveCount(0);
}

/** Whether a step runs on the Model tab (its figures come from training-free but slow evaluations). */
const onModel = (id: string, step: number) => (LESSONS.find((l) => l.id === id)?.steps[step - 1].scene ?? '').includes('panel=model');

for (const lesson of LESSONS) {
  test(`every step of lesson “${lesson.id}” opens from its link, with no notice and no page error`, async ({ page }) => {
    test.setTimeout(240_000);
    for (let step = 1; step <= lesson.steps.length; step++) await openStep(page, lesson.id, step, !onModel(lesson.id, step));
  });
}

test('a lesson walks end to end with the keyboard, and Esc leaves it keeping the scene', async ({ page }) => {
  await openStep(page, 'affine', 1);
  const counter = page.getByTestId('lesson.counter');
  for (const [key, step] of [
    ['ArrowRight', 2],
    ['PageDown', 3],
    [' ', 4],
    [' ', 4], // the last step stays
    ['ArrowLeft', 3],
    ['PageUp', 2],
    ['End', 4],
    ['Home', 1],
    ['PageDown', 2],
    ['ArrowRight', 3],
  ] as const) {
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await expect(counter, key).toHaveText(`Step ${step} of 4`);
    await expect(page.getByTestId('lesson.progress')).toHaveAttribute('value', String(step));
  }
  // Step 3 pulls the range in: its text cites the same figures the error panel shows.
  await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');
  const clipped = await exactMetric(page, 'clipped');
  await expect(page.getByTestId('lesson.num.clipped')).toHaveText(String(clipped).replace(/\B(?=(\d{3})+(?!\d))/g, '\u2009'));
  await expect(page.getByTestId('lesson.num.mse')).toHaveText((await page.getByTestId('error.mse').textContent()) ?? '');
  // Arrow keys on a focused handle move the handle, not the lesson; the text follows the new range.
  const before = await page.getByTestId('lesson.num.clippedPct').textContent();
  await page.getByTestId('hist.handle.hi').focus();
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('Step 3 of 4');
  await expect(page.getByTestId('lesson.num.clippedPct')).not.toHaveText(before ?? '');
  await page.getByTestId('quant.bits').focus();
  await page.keyboard.press('ArrowRight'); // a slider keeps its keys
  await expect(counter).toHaveText('Step 3 of 4');
  // The answer is revealed on demand.
  await expect(page.getByTestId('lesson.answer')).toHaveCount(0);
  await page.getByTestId('lesson.answer-toggle').click();
  await expect(page.getByTestId('lesson.answer')).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('lesson.card')).toHaveCount(0);
  await expect.poll(() => linkParam(page.url(), 'lesson')).toBeNull();
  await expect(page.getByTestId('quant.bits.value')).toHaveText('5');
  await expect(page.getByTestId('tab.explorer')).toHaveAttribute('aria-selected', 'true');
});

test('the Lessons tab lists the lessons, and the top navigation follows the WAI-ARIA tabs pattern', async ({ page }) => {
  await page.goto('/');
  const tablist = page.getByRole('tablist');
  await expect(tablist.getByRole('tab')).toHaveCount(PANELS.length);
  const explorer = page.getByRole('tab', { name: 'Explorer' });
  await expect(explorer).toHaveAttribute('aria-selected', 'true');
  await expect(explorer).toHaveAttribute('tabindex', '0');
  await expect(page.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', 'tab-explorer');
  await explorer.focus();
  await page.keyboard.press('ArrowRight');
  const second = tablist.getByRole('tab').nth(1);
  await expect(second).toBeFocused();
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(explorer).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('End');
  const lessons = page.getByRole('tab', { name: 'Lessons' });
  await expect(lessons).toBeFocused();
  await expect(lessons).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', 'tab-lessons');
  await expect(page.getByTestId('lesson.list').locator('li')).toHaveCount(LESSONS.length);
  await page.keyboard.press('ArrowRight'); // wraps around
  await expect(explorer).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(lessons).toBeFocused();

  await page.getByTestId('lesson.start.symmetric').click();
  await expect(page.getByTestId('lesson.counter')).toHaveText('Step 1 of 4');
  await expect(lessons).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => linkParam(page.url(), 'lesson')).toBe('symmetric');
  await page.getByTestId('lang.ko').click();
  await expect(page.getByTestId('lesson.counter')).toHaveText('4단계 중 1단계');
  await expect(page.getByTestId('lesson.text')).toContainText('대칭 범위는');
});

test('embed=1 shows one scene without the header, and keeps computing offline', async ({ page, context }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
  });
  await page.goto('/?embed=1&sample=gaussian&bits=4');
  await expect(page.getByTestId('hist.bars')).toBeVisible();
  await expect(page.getByTestId('error.panel')).toHaveAttribute('data-exact', 'true');
  await expect(page.getByRole('tablist')).toHaveCount(0);
  await expect(page.getByTestId('source.kind')).toHaveCount(0);
  const full = new URL((await page.getByTestId('embed.open').getAttribute('href')) ?? '', page.url());
  expect(linkParam(full.href, 'bits')).toBe('4');
  expect(linkParam(full.href, 'embed')).toBeNull();
  // Chromium fetches the page's icon again when the address changes; that is the browser's, not the app's.
  const icon = await (await page.request.get('/favicon.svg')).body();
  await context.route('**/favicon.svg', (route) => route.fulfill({ body: icon, contentType: 'image/svg+xml' }));
  await context.setOffline(true);
  const before = await exactMetric(page, 'mse');
  await page.getByTestId('hist.handle.hi').press('PageDown');
  await expect.poll(() => exactMetric(page, 'mse')).not.toBe(before);
  expect(foreign).toEqual([]);
});

test('the handout prints one lesson per page, with its texts and charts', async ({ page }) => {
  test.setTimeout(180_000);
  await openStep(page, 'symmetric', 2);
  await page.getByTestId('lesson.handout').click();
  await expect(page.getByTestId('handout')).toBeVisible({ timeout: 120_000 });
  const printed = page.getByTestId('handout.lesson.symmetric');
  await expect(printed.locator('.handout-step')).toHaveCount(4);
  await expect(printed.locator('.handout-chart svg').first()).toBeVisible();
  await expect(printed.locator('.live-number', { hasText: '…' })).toHaveCount(0);
  // the scene the teacher was on comes back
  await expect(page.getByTestId('lesson.counter')).toHaveText('Step 2 of 4');
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1);
  expect(pdf.length).toBeGreaterThan(20_000);
});

test('the Model tab’s figures in a lesson text are those the Model tab computes', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/?lesson=workflow&step=3');
  const partial = page.getByTestId('model.partial');
  await expect(partial).toHaveAttribute('data-current', 'true', { timeout: 280_000 });
  for (const name of ['ptqAcc', 'partialAcc']) await expect(page.getByTestId(`lesson.num.${name}`)).toHaveText(/^\d+\.\d\d %$/);
  await expect(page.getByTestId('lesson.num.sensitiveLayer')).toHaveText(/^fc\d$/);
  const accuracy = async (k: number) =>
    `${(Number(await page.getByTestId(`model.partial.k${k}`).getAttribute('data-accuracy')) * 100).toFixed(2)} %`;
  await expect(page.getByTestId('lesson.num.ptqAcc')).toHaveText(await accuracy(0));
  await expect(page.getByTestId('lesson.num.partialAcc')).toHaveText(await accuracy(1));
});

test('presenter mode at 1280 × 720 keeps the step’s text and the chart it is about on screen together', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const [id, lang] of [
    ['activations', 'en'],
    ['outliers', 'ko'],
  ] as const) {
    const lesson = LESSONS.find((l) => l.id === id);
    await page.goto(`/?lesson=${id}&step=1&presenter=1&lang=${lang}`);
    for (let i = 0; i < (lesson?.steps.length ?? 0); i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(page.getByTestId('lesson.card')).toHaveAttribute('data-step', String(i + 1));
      const focus = page.getByTestId(lesson?.steps[i].focus ?? '').first();
      await expect(focus).toBeVisible();
      await expect.poll(async () => (await focus.boundingBox())?.y ?? -1, `${id} step ${i + 1}`).toBeGreaterThanOrEqual(-5);
      await expect.poll(async () => (await focus.boundingBox())?.y ?? 999, `${id} step ${i + 1}`).toBeLessThan(360);
      for (const part of ['lesson.text', 'lesson.next']) {
        const box = await page.getByTestId(part).boundingBox();
        expect(box && box.y >= 0 && box.y + box.height <= 720, `${id} step ${i + 1}: ${part} on screen`).toBe(true);
      }
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.lesson-text') as Element).fontSize)).toBe('20px');
    }
  }
});
