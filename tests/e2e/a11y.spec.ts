import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe-support';
import { hitIds, searchUrl } from './search-support';

const PAGES: Array<[string, string]> = [
  ['home', '/'],
  ['help', '/help'],
  ['search, empty box', '/search'],
  ['search with results', searchUrl({ q: 'trafficking' })],
  ['search with filters', `${searchUrl({ q: 'trafficking', from: '2007-01-01' })}&speaker=Vernon+Coaker&type=answer&timeline=party`],
  ['search with no results', searchUrl({ q: 'trafficking zzqxv', party: 'Labour' })],
  ['search, grouped by debate', searchUrl({ q: 'brothel OR sauna', group: 'record' })],
  ['search with a bad parameter', searchUrl({ q: 'x', from: 'yesterday' })],
  ['sittings calendar', '/sittings?year=2007'],
  ['one sitting day', '/sittings/2007-11-26'],
  ['a day without records (404)', '/sittings/2007-11-27'],
  ['an unknown record (404)', '/d/aaaaaaaaaaaa'],
  ['trends, empty', '/trends'],
  ['trends of two terms', '/trends?terms=trafficking,slavery'],
  ['trends by month, split by party', '/trends?terms=trafficking,slavery&split=party&from=2007-01-01&to=2008-12-31'],
];

test.describe('axe-core finds no serious or critical violation', () => {
  for (const [name, url] of PAGES) {
    test(name, async ({ page }) => {
      await page.goto(url);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test('search on a phone, filters open', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(searchUrl({ q: 'trafficking' }));
    await page.locator('summary[data-filters-toggle]').click();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('reading view and permalink of a hit', async ({ page }) => {
    await page.goto(searchUrl({ q: 'speaker:coaker' }));
    const [id] = await hitIds(page);
    await page.goto(`/c/${id}`);
    expect(await seriousViolations(page)).toEqual([]);
    const record = await page.getByRole('link', { name: /See this in the full/ }).getAttribute('href');
    await page.goto(record!);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('keyboard use of the search page', () => {
  test('Tab reaches the box, the filters and the results, with a visible focus ring', async ({ page }) => {
    await page.goto(searchUrl({ q: 'trafficking' }));
    await page.keyboard.press('Tab'); // skip link
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        // the ring may be on the control or on the field around it (date inputs: :focus-within)
        const ringed = (e: Element | null) => {
          const s = e ? getComputedStyle(e) : null;
          return !!s && s.outlineStyle !== 'none' && s.outlineWidth !== '0px';
        };
        return {
          tag: el.outerHTML.slice(0, 80),
          outline: ringed(el) || ringed(el.parentElement),
          where: el.closest('nav[aria-label="Filters"]')
            ? 'filters'
            : el.closest('form[role="search"]')
              ? 'form'
              : el.closest('ol[aria-label="Results"]')
                ? 'results'
                : 'other',
        };
      });
      if (info.where !== 'other') expect(info.outline, `focus ring in ${info.where}: ${info.tag}`).toBe(true);
      reached.add(info.where);
    }
    expect([...reached]).toEqual(expect.arrayContaining(['form', 'filters']));
  });
});
