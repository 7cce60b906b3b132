import { expect, test } from '@playwright/test';

test('search "trafficking", open an answer by Vernon Coaker, follow it into the reading view', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search words' }).fill('trafficking');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=trafficking/);
  const status = page.getByRole('status').filter({ hasText: 'result' });
  await expect(status).toContainText(/\d+ results/);
  expect(Number(await status.getAttribute('data-total'))).toBeGreaterThanOrEqual(15);

  const results = page.getByRole('list', { name: 'Results' });
  const coaker = results.getByRole('link', { name: 'Vernon Coaker' }).first();
  await expect(coaker).toBeVisible();
  await coaker.click();

  await expect(page).toHaveURL(/\/c\/[a-z2-9]{12}$/);
  const permalinkId = page.url().split('/c/')[1];
  await expect(page.getByRole('article').getByRole('link', { name: 'Vernon Coaker' })).toBeVisible();

  await page.getByRole('link', { name: /See this in the full/ }).click();
  await expect(page).toHaveURL(new RegExp(`/d/[a-z2-9]{12}#c-${permalinkId}$`));
  const target = page.locator(`#c-${permalinkId}`);
  await expect(target).toBeVisible();
  await expect(target).toContainText('Vernon Coaker');
});

test('an unknown contribution id is a 404 page', async ({ page }) => {
  const response = await page.goto('/c/aaaaaaaaaaaa');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'No contribution at this address' })).toBeVisible();
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page renders results on the server', async ({ page }) => {
    await page.goto('/search?q=trafficking');
    await expect(page.getByRole('list', { name: 'Results' }).getByRole('listitem').first()).toBeVisible();
    await expect(page.getByRole('list', { name: 'Results' })).toContainText('Vernon Coaker');
  });
});
