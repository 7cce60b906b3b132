import { expect, test } from '@playwright/test';
import { contributionText, hitIds, searchUrl, totalShown } from './search-support';

test.describe('search box syntax over the seeds', () => {
  test('"trafficing" finds trafficking', async ({ page }) => {
    await page.goto(searchUrl({ q: 'trafficing' }));
    expect(await totalShown(page)).toBeGreaterThanOrEqual(15);
    await expect(page.getByRole('list', { name: 'Results' }).locator('mark').first()).toContainText(/traffick/i);
  });

  test('"modern slavery" -children: every hit has the phrase and none mentions children', async ({ page, request }) => {
    await page.goto(searchUrl({ q: '"modern slavery" -children' }));
    const ids = await hitIds(page);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(ids.length).toBe(await totalShown(page));
    for (const id of ids) {
      const text = await contributionText(request, id);
      expect(text, id).toContain('modern slavery');
      expect(text, id).not.toContain('children');
    }
  });

  test('speaker:"Vernon Coaker" and speaker:coaker return only his contributions', async ({ page }) => {
    for (const q of ['speaker:"Vernon Coaker"', 'speaker:coaker']) {
      await page.goto(searchUrl({ q }));
      expect(await totalShown(page)).toBe(7);
      const speakers = await page.getByRole('list', { name: 'Results' }).locator('a[data-hit-link]').allTextContents();
      expect(speakers).toHaveLength(7);
      expect(new Set(speakers)).toEqual(new Set(['Vernon Coaker']));
    }
  });

  test('a speaker filter returns only that speaker', async ({ page }) => {
    await page.goto(searchUrl({ q: 'trafficking' }));
    const facet = page.getByRole('navigation', { name: 'Filters' }).locator('a[data-facet="speaker"][data-value="Phyllis Starkey"]');
    const count = Number(await facet.getAttribute('data-count'));
    await facet.click();
    await expect(page).toHaveURL(/speaker=Phyllis\+Starkey/);
    expect(await totalShown(page)).toBe(count);
    const speakers = await page.getByRole('list', { name: 'Results' }).locator('a[data-hit-link]').allTextContents();
    expect(new Set(speakers)).toEqual(new Set(['Phyllis Starkey']));
  });

  test('the minister facet lists the answering ministers', async ({ page }) => {
    await page.goto('/search');
    const ministers = page.getByRole('region', { name: 'Minister' });
    await expect(ministers.getByRole('link', { name: /Vernon Coaker/ })).toBeVisible();
    await expect(ministers.getByRole('link', { name: /Baroness Williams of Trafford/ })).toBeVisible();
  });

  test('a date range excludes what is outside it', async ({ page }) => {
    await page.goto(searchUrl({ q: 'trafficking', from: '2021-01-01', to: '2024-12-31' }));
    const total = await totalShown(page);
    expect(total).toBeGreaterThan(0);
    const dateLines = await page
      .getByRole('list', { name: 'Results' })
      .getByRole('listitem')
      .evaluateAll((items) => items.map((li) => li.querySelector('p')?.textContent ?? ''));
    expect(dateLines).toHaveLength(total);
    for (const line of dateLines) expect(line).toMatch(/ (2021|2022|2023|2024)$/);
    // the timeline agrees: only years inside the range
    for (const link of await page.getByRole('group', { name: 'Matches per year' }).getByRole('link').all()) {
      expect(await link.getAttribute('aria-label')).toMatch(/^(2021|2022|2023|2024):/);
    }
    // the quick pick for one year sets the range to that year
    await page.getByRole('navigation', { name: 'Quick dates' }).getByRole('link', { name: 'only 2021' }).click();
    await expect(page).toHaveURL(/from=2021-01-01&to=2021-12-31/);
    expect(await totalShown(page)).toBe(2);
  });

  test('box dates and sections filter too', async ({ page }) => {
    await page.goto(searchUrl({ q: 'date:20071126' }));
    expect(await totalShown(page)).toBe(14);
    await page.goto(searchUrl({ q: 'trafficking 20070101..20071231' }));
    expect(await totalShown(page)).toBe(14);
    // TheyWorkForYou's wrans: written answers of both Houses (the two seed written questions)
    await page.goto(searchUrl({ q: 'section:wrans' }));
    expect(await totalShown(page)).toBe(4);
    await expect(page.getByRole('list', { name: 'Results' })).toContainText('Baroness Williams of Trafford');
  });

  test('a search that finds nothing suggests looser searches that do', async ({ page }) => {
    await page.goto(searchUrl({ q: 'trafficking zzqxv', party: 'Labour' }));
    await expect(page.getByRole('status').filter({ hasText: 'No results' })).toBeVisible();
    const suggestions = page.getByRole('list', { name: 'Suggestions' });
    await suggestions.getByRole('link', { name: /without “zzqxv”/ }).click();
    await expect(page).toHaveURL(/\?q=trafficking&party=Labour$/);
    expect(await totalShown(page)).toBeGreaterThan(0);
  });

  test('the help page examples run their searches', async ({ page }) => {
    await page.goto('/help');
    await expect(page.getByRole('heading', { name: 'How to search', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'speaker:coaker trafficking' }).click();
    await expect(page).toHaveURL(/\/search\?q=speaker%3Acoaker\+trafficking/);
    expect(await totalShown(page)).toBeGreaterThan(0);
  });

  test('the timeline splits by party on demand, as a table', async ({ page }) => {
    await page.goto(searchUrl({ q: 'trafficking' }));
    await page.getByRole('link', { name: 'Split by party' }).click();
    await expect(page).toHaveURL(/timeline=party/);
    const table = page.getByRole('table', { name: 'Matches per year by party' });
    await expect(table.getByRole('columnheader', { name: 'Labour' })).toBeVisible();
    await table.getByRole('link', { name: '2007: show only this year' }).click();
    await expect(page).toHaveURL(/year=2007/);
    expect(await totalShown(page)).toBe(14);
  });
});
