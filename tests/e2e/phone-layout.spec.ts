import { expect, test, type Locator, type Page } from '@playwright/test';
import { addQuestions, removeQuestions } from './questions-support';
import { hitIds, searchUrl } from './search-support';

const filtersToggle = (page: Page) => page.locator('summary[data-filters-toggle]');

/**
 * On a phone the filters wait behind a toggle counting the reader's own: a link of `facet` stays
 * hidden until the toggle opens, then shows at a thumb's height (44 px). Gives that link back.
 */
async function expectFiltersBehindToggle(page: Page, count: number, facet: string): Promise<Locator> {
  await expect(filtersToggle(page)).toHaveText(`Filters (${count})`);
  const link = page.getByRole('navigation', { name: 'Filters' }).locator(`a[data-facet="${facet}"]`).first();
  await expect(link).toBeHidden();
  await filtersToggle(page).click();
  await expect(link).toBeVisible();
  expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  return link;
}

test.describe('search on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the first result starts within the first screen; filters wait behind "Filters (n)"', async ({ page }) => {
    await page.goto(`${searchUrl({ q: 'trafficking' })}&house=Commons&type=answer`);
    const first = page.getByRole('list', { name: 'Results' }).getByRole('listitem').first();
    const box = await first.boundingBox();
    expect(box!.y).toBeLessThan(844);
    await expectFiltersBehindToggle(page, 2, 'house');
    expect((await filtersToggle(page).boundingBox())!.height).toBeGreaterThanOrEqual(44);
  });

  test('a facet with many values shows its top ones and a link to all of them, a page that fits too', async ({ page }) => {
    await page.goto(searchUrl({ q: 'trafficking' }));
    await filtersToggle(page).click();
    const speakers = page.getByRole('region', { name: 'Speaker' });
    await expect(speakers.locator('a[data-facet="speaker"]')).toHaveCount(8);
    const all = speakers.getByRole('link', { name: /^All \d+ speakers/ });
    await expect(all).toBeVisible();
    expect((await all.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await all.click();
    await expect(page).toHaveURL(/\/search\/values\/speaker\?q=trafficking$/);
    const value = page.locator('a[data-facet="speaker"]').last();
    await expect(value).toBeVisible();
    expect((await value.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test.describe('search on a phone without JavaScript', () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

  test('"Filters (n)" opens and a filter still applies', async ({ page }) => {
    await page.goto(searchUrl({ q: 'trafficking' }));
    await filtersToggle(page).click();
    await page.getByRole('navigation', { name: 'Filters' }).locator('a[data-facet="house"][data-value="Lords"]').click();
    await expect(page).toHaveURL(/house=Lords/);
    await expect(filtersToggle(page)).toHaveText('Filters (1)');
  });
});

test('on a wide screen the filters stay a sidebar, open without a control', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(searchUrl({ q: 'trafficking' }));
  await expect(filtersToggle(page)).toBeHidden();
  const facet = page.getByRole('navigation', { name: 'Filters' }).locator('a[data-facet="house"]').first();
  await expect(facet).toBeVisible();
  const results = await page.getByRole('list', { name: 'Results' }).boundingBox();
  expect((await facet.boundingBox())!.x).toBeLessThan(results!.x);
});

test.describe('no horizontal scroll at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('every page this touches, and search, reading view and permalink', async ({ page }) => {
    await page.goto(searchUrl({ q: 'speaker:coaker' }));
    const [id] = await hitIds(page);
    const record = await page.getByRole('list', { name: 'Results' }).getByRole('link', { name: 'People Trafficking' }).first().getAttribute('href');
    const paths = [
      '/',
      '/search',
      searchUrl({ q: 'trafficking' }),
      `/c/${id}`,
      record!,
      '/sittings',
      '/sittings?year=2007',
      '/sittings/2007-11-26',
      '/trends',
      '/trends?terms=trafficking,slavery,modern+slavery,brothel&split=party',
      '/help',
    ];
    for (const path of paths) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(360);
    }
  });
});

test.describe('written questions on a phone', () => {
  // The seeds hold no written questions: these come in through the real sync and leave afterwards.
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(addQuestions);
  test.afterAll(removeQuestions);

  test('390 × 844: the first question starts within the first screen; filters wait behind "Filters (n)"', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/questions?house=Commons');
    const first = page.getByRole('list', { name: 'Questions' }).getByRole('listitem').first();
    expect((await first.boundingBox())!.y).toBeLessThan(844);
    // The page's own kind/type filters are not counted: only the one the reader chose.
    const status = await expectFiltersBehindToggle(page, 1, 'status');
    await expect(status).toHaveAttribute('href', /^\/questions\?/);
  });

  test('360 px: no horizontal scroll, filters closed or open', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/questions', '/questions?status=unanswered&house=Commons', '/questions?q=9005']) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      await filtersToggle(page).click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} (filters open)`).toBeLessThanOrEqual(360);
    }
  });
});
