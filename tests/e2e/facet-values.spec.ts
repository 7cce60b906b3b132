/**
 * Facet values pages (/search/values/{facet}, /questions/values/{facet}) with JavaScript off: the
 * filters list shows a facet's top values and links to the page with every value, whose links
 * filter the search as the list's do.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { seriousViolations } from './axe-support';
import { addQuestions, removeQuestions } from './questions-support';
import { searchUrl, totalShown } from './search-support';

/** The value links in a list, as their data-* attributes say. */
const valueLinks = (within: Page | Locator, facet: string) =>
  within
    .locator(`a[data-facet="${facet}"]`)
    .evaluateAll((as) => as.map((a) => ({ value: a.getAttribute('data-value')!, count: Number(a.getAttribute('data-count')), href: a.getAttribute('href')! })));

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the filters list shows the top speakers and links to all of them, for the same search', async ({ page }) => {
    await page.goto(searchUrl({ q: 'trafficking', sort: 'newest' }));
    const speakers = page.getByRole('navigation', { name: 'Filters' }).getByRole('region', { name: 'Speaker' });
    const top = await valueLinks(speakers, 'speaker');
    expect(top).toHaveLength(8);
    await expect(speakers.locator('details')).toHaveCount(0);
    const all = speakers.getByRole('link', { name: /^All \d+ speakers/ });
    const n = Number((await all.textContent())!.match(/\d+/)![0]);
    expect(n).toBeGreaterThan(8);
    await all.click();

    await expect(page).toHaveURL(/\/search\/values\/speaker\?q=trafficking&sort=newest$/);
    await expect(page).toHaveTitle('Speakers — “trafficking” — search · Hansard Search');
    await expect(page.getByRole('heading', { level: 1, name: 'Speakers' })).toBeVisible();
    await expect(page.getByText('Search: “trafficking”')).toBeVisible();
    const values = await valueLinks(page.getByRole('navigation', { name: 'Speaker filters' }), 'speaker');
    expect(values).toHaveLength(n);
    // The same links the list makes, in the same order: the list's are the first eight.
    expect(values.slice(0, 8)).toEqual(top);
    await expect(page.getByRole('link', { name: '← Back to the search' })).toHaveAttribute('href', '/search?q=trafficking&sort=newest');

    // A speaker the list did not show filters the search to as many results as its count says.
    const last = values[values.length - 1];
    await page.locator(`a[data-facet="speaker"][data-value="${last.value}"]`).click();
    await expect(page).toHaveURL(/^[^?]*\/search\?/);
    expect(new URL(page.url()).searchParams.getAll('speaker')).toEqual([last.value]);
    expect(await totalShown(page)).toBe(last.count);
  });

  test('a selected value is marked on the values page, and its link removes it', async ({ page }) => {
    await page.goto('/search/values/speaker?q=trafficking&speaker=Vernon+Coaker&party=Labour');
    await expect(page.getByText('Search: “trafficking” · Speaker: Vernon Coaker · Party: Labour')).toBeVisible();
    const coaker = page.locator('a[data-facet="speaker"][data-value="Vernon Coaker"]');
    await expect(coaker).toHaveAttribute('aria-current', 'true');
    await coaker.click();
    await expect(page).toHaveURL(/\/search\?q=trafficking&party=Labour$/);
  });

  test('a search that cannot be read says so, as the search page does', async ({ page }) => {
    await page.goto('/search/values/party?q=trafficking&from=2007-02-30');
    await expect(page.getByRole('alert')).toContainText('This search could not be read');
    await expect(page.getByRole('alert')).toContainText('from must be a real date');
    await expect(page.getByRole('link', { name: '← Back to the search' })).toHaveAttribute('href', '/search');
  });

  test('a filter the page does not have answers 404 with a way back to the search', async ({ page }) => {
    for (const path of ['/search/values/nope?q=trafficking', '/search/values/year?q=trafficking']) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'No such filter' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Back to the search' })).toHaveAttribute('href', '/search?q=trafficking');
    }
  });
});

test('axe-core finds no serious or critical violation on a values page', async ({ page }) => {
  await page.goto('/search/values/speaker?q=trafficking&party=Labour');
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('written questions', () => {
  // The seeds hold no written questions: these come in through the real sync and leave afterwards.
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(addQuestions);
  test.afterAll(removeQuestions);
  test.use({ javaScriptEnabled: false });

  test('/questions/values/status counts overdue beside the stored statuses and links back to /questions', async ({ page }) => {
    await page.goto('/questions/values/status?department=Department+for+Education');
    await expect(page).toHaveTitle('Question statuses — written questions · Hansard Search');
    await expect(page.getByText('Written questions: Department: Department for Education')).toBeVisible();
    await expect(page.locator('a[data-facet="status"][data-value="overdue"]')).toHaveAttribute('data-count', '2');
    await expect(page.getByRole('link', { name: '← Back to the written questions' })).toHaveAttribute('href', '/questions?department=Department+for+Education');
    await page.locator('a[data-facet="status"][data-value="overdue"]').click();
    await expect(page).toHaveURL(/\/questions\?department=Department\+for\+Education&status=overdue$/);
    expect(await page.getByRole('list', { name: 'Questions' }).getByRole('listitem').count()).toBe(2);
  });

  test('/questions has no values page for the filters it applies itself', async ({ page }) => {
    expect((await page.goto('/questions/values/kind'))?.status()).toBe(404);
  });
});
