import { expect, test } from '@playwright/test';
import { totalShown } from './search-support';

test.describe('trends (JavaScript off)', () => {
  test.use({ javaScriptEnabled: false });

  test('/trends?terms=trafficking,slavery renders a chart and a table, each count linking to its search', async ({ page }) => {
    await page.goto('/trends?terms=trafficking,slavery');
    const chart = page.locator('svg[role="group"]').first();
    await expect(chart.locator('title')).toHaveText(/Mentions per 10,000 contributions, per year/);
    await expect(chart.locator('desc')).toHaveText(/trafficking: highest/);
    const table = page.getByRole('table', { name: /Mentions per 10,000/ });
    await expect(table.getByRole('columnheader')).toHaveText(['Period', 'trafficking', 'slavery']);
    const row2007 = table.getByRole('row', { name: /^2007/ });
    const cell = row2007.getByRole('cell').first();
    const mentions = Number(await cell.getAttribute('data-mentions'));
    expect(mentions).toBeGreaterThan(0);
    await cell.getByRole('link').click();
    await expect(page).toHaveURL(/\/search\?q=trafficking&from=2007-01-01&to=2007-12-31$/);
    expect(await totalShown(page)).toBe(mentions);
  });

  test('split by party draws one chart per term with a line per party', async ({ page }) => {
    await page.goto('/trends?terms=trafficking,slavery&split=party');
    await expect(page.locator('svg[role="group"]')).toHaveCount(2);
    await expect(page.getByRole('table').first().getByRole('columnheader', { name: 'Labour' })).toBeVisible();
  });

  test('the CSV link gives the series', async ({ page, request }) => {
    await page.goto('/trends?terms=trafficking&house=Commons');
    const href = await page.getByRole('link', { name: 'Download the series (CSV)' }).getAttribute('href');
    expect(href).toBe('/trends?terms=trafficking&house=Commons&format=csv');
    const res = await request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^text\/csv/);
    expect((await res.text()).split('\r\n')[0]).toBe('period,term,mentions,contributions,per_10000');
  });

  test('a bad request is said in words', async ({ page }) => {
    await page.goto('/trends?terms=a,b,c,d,e');
    await expect(page.getByRole('alert')).toHaveText(/at most 4 terms/);
  });
});
