import { expect, test } from '@playwright/test';

test.describe('browse by sitting day (JavaScript off)', () => {
  test.use({ javaScriptEnabled: false });

  test('/sittings/2007-11-26 lists the seed oral answers by house and kind, with speakers and counts', async ({ page }) => {
    await page.goto('/sittings/2007-11-26');
    await expect(page.getByRole('heading', { level: 1, name: '26 November 2007' })).toBeVisible();
    const commons = page.getByRole('region', { name: 'House of Commons' });
    const oral = commons.getByRole('region', { name: /Oral answers/ });
    const link = oral.getByRole('link', { name: 'People Trafficking' });
    await expect(link).toBeVisible();
    await expect(oral.getByText(/Vernon Coaker.*and \d+ more · 14 contributions/)).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/\/d\/[a-z0-9]{12}$/);
    await expect(page.getByRole('heading', { level: 1, name: 'People Trafficking' })).toBeVisible();
  });

  test('a day links to the next sitting day, and a reading view back to its day', async ({ page }) => {
    const next = () =>
      page
        .getByRole('navigation', { name: 'Sitting days' })
        .getByRole('link', { name: /Next day/ })
        .click();
    await page.goto('/sittings/2007-11-26');
    await next();
    // the shipped Westminster Hall day file (tests/e2e/global-setup.ts) is the next day with records
    await expect(page).toHaveURL(/\/sittings\/2009-10-28$/);
    await expect(page.getByRole('region', { name: 'House of Commons' }).getByRole('region', { name: /^Westminster Hall · Debate/ })).toBeVisible();
    await next();
    await expect(page).toHaveURL(/\/sittings\/2021-03-10$/);
    await expect(page.getByRole('region', { name: 'House of Lords' })).toBeVisible();
    await page.getByRole('link', { name: 'Human Trafficking' }).click();
    await page.getByRole('link', { name: 'Everything on this day' }).click();
    await expect(page).toHaveURL(/\/sittings\/2021-03-10$/);
  });

  test('the calendar marks the day, and years are links', async ({ page }) => {
    await page.goto('/sittings');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/2025$/);
    await page.getByText(/All \d+ years with records/).click();
    await page.getByRole('link', { name: '2007', exact: true }).click();
    await expect(page).toHaveURL(/\/sittings\?year=2007$/);
    const day = page.locator('a[data-sitting-day="2007-11-26"]');
    await expect(day).toHaveAccessibleName(/26 November 2007: House of Commons 1 record/);
    await expect(page.locator('a[data-sitting-day]')).toHaveCount(1);
    await day.click();
    await expect(page).toHaveURL(/\/sittings\/2007-11-26$/);
  });

  test('a day without records, or not a date, answers 404 with a way on', async ({ page }) => {
    for (const path of ['/sittings/2007-11-27', '/sittings/2007-02-30', '/sittings/yesterday']) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { name: 'No records for this day' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Browse the days that have records' })).toHaveAttribute('href', '/sittings');
    }
  });
});

test.describe('the home page is a front door (JavaScript off)', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the latest sitting day of each house, what the index holds and the ways in', async ({ page, request }) => {
    await page.goto('/');
    const latest = page.getByRole('region', { name: 'Latest sitting days' });
    await expect(latest.getByRole('region', { name: 'House of Commons' }).getByRole('link', { name: '24 February 2025' })).toHaveAttribute(
      'href',
      '/sittings/2025-02-24',
    );
    await expect(latest.getByRole('region', { name: 'House of Lords' }).getByRole('link', { name: 'Human Trafficking' })).toBeVisible();
    const all = (await (await request.get('/api/search')).json()) as { total: number };
    await expect(page.locator('[data-holding="contributions"]')).toHaveText(new RegExp(`^${all.total} in `));
    const ways = page.getByRole('navigation', { name: 'Ways in' });
    for (const name of ['Browse by sitting day', 'Trends', 'How to search']) await expect(ways.getByRole('link', { name: new RegExp(name) })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search words' }).fill('trafficking');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=trafficking/);
  });
});
