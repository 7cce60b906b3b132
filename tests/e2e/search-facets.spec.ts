import { expect, test } from '@playwright/test';
import { searchUrl, totalShown } from './search-support';

/**
 * Every facet link on a results page must lead to the number of hits it promises: its count, or —
 * for another value of a facet that already has a selection (OR within a facet) — the current
 * total plus its count.
 */
async function checkEveryFacetLink(page: import('@playwright/test').Page, url: string) {
  await page.goto(url);
  const baseTotal = await totalShown(page);
  const links = await page
    .getByRole('navigation', { name: 'Filters' })
    .locator('a[data-facet]')
    .evaluateAll((as) =>
      as.map((a) => ({
        facet: a.getAttribute('data-facet'),
        value: a.getAttribute('data-value'),
        count: Number(a.getAttribute('data-count')),
        href: a.getAttribute('href')!,
        selected: a.getAttribute('aria-current') === 'true',
      })),
    );
  const facetsWithSelection = new Set(links.filter((l) => l.selected).map((l) => l.facet));
  const toCheck = links.filter((l) => !l.selected);
  expect(toCheck.length).toBeGreaterThan(10);
  for (const link of toCheck) {
    await page.goto(link.href);
    const expected = facetsWithSelection.has(link.facet) ? baseTotal + link.count : link.count;
    expect({ ...link, total: await totalShown(page) }).toEqual({ ...link, total: expected });
  }
}

test.describe('facet counts', () => {
  test.setTimeout(120_000);

  test('every facet count equals the number of hits its link gives', async ({ page }) => {
    await checkEveryFacetLink(page, searchUrl({ q: 'trafficking' }));
  });

  test('with a filter selected, counts stay disjunctive and still match their links', async ({ page }) => {
    await checkEveryFacetLink(page, `${searchUrl({ q: 'trafficking' })}&speaker=Vernon+Coaker`);
  });

  test('two values of one facet OR together; facets of different kinds AND', async ({ page }) => {
    await page.goto(searchUrl({ q: 'trafficking' }));
    const filters = page.getByRole('navigation', { name: 'Filters' });
    const coaker = Number(await filters.locator('a[data-facet="speaker"][data-value="Vernon Coaker"]').getAttribute('data-count'));
    const starkey = Number(await filters.locator('a[data-facet="speaker"][data-value="Phyllis Starkey"]').getAttribute('data-count'));
    await filters.locator('a[data-facet="speaker"][data-value="Vernon Coaker"]').click();
    await expect(page).toHaveURL(/speaker=Vernon\+Coaker/);
    await filters.locator('a[data-facet="speaker"][data-value="Phyllis Starkey"]').click();
    await expect(page).toHaveURL(/speaker=Phyllis\+Starkey/);
    expect(await totalShown(page)).toBe(coaker + starkey);
    await filters.locator('a[data-facet="type"][data-value="answer"]').click();
    await expect(page).toHaveURL(/type=answer/);
    expect(await totalShown(page)).toBe(coaker);
  });
});
