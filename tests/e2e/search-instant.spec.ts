import { expect, test } from '@playwright/test';
import { hitIds, resultStatus, searchUrl, totalShown } from './search-support';

test.describe('instant search with JavaScript on', () => {
  test('typing updates results and the URL without Enter; Back restores the previous query', async ({ page }) => {
    await page.goto('/search');
    await expect(page.locator('form[data-instant="on"]')).toBeAttached();
    const box = page.getByRole('searchbox', { name: 'Search words' });
    await box.click();
    await box.pressSequentially('brothel', { delay: 30 });
    await expect(page).toHaveURL(/\/search\?q=brothel$/);
    await expect(resultStatus(page)).toContainText('for “brothel”');
    const brothel = await totalShown(page);

    await box.fill('');
    await box.pressSequentially('speaker:coaker', { delay: 30 });
    await expect(page).toHaveURL(/q=speaker%3Acoaker$/);
    await expect(resultStatus(page)).toContainText('7 results');

    await page.goBack();
    await expect(page).toHaveURL(/\/search\?q=brothel$/);
    await expect(box).toHaveValue('brothel');
    await expect(resultStatus(page)).toContainText('for “brothel”');
    expect(await totalShown(page)).toBe(brothel);
  });

  test('"/" focuses the search box, but not while typing in another field', async ({ page }) => {
    await page.goto(searchUrl({ q: 'trafficking' }));
    await expect(page.locator('form[data-instant="on"]')).toBeAttached();
    const box = page.getByRole('searchbox', { name: 'Search words' });
    await page.getByRole('heading', { level: 3 }).first().click();
    await page.keyboard.press('/');
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('trafficking');
    const sort = page.getByRole('combobox', { name: 'Sort' });
    await sort.focus();
    await page.keyboard.press('/');
    await expect(sort).toBeFocused();
  });

  test('changing the sort searches at once and keeps the query', async ({ page }) => {
    await page.goto(searchUrl({ q: 'trafficking' }));
    await expect(page.locator('form[data-instant="on"]')).toBeAttached();
    await page.getByRole('combobox', { name: 'Sort' }).selectOption('oldest');
    await expect(page).toHaveURL(/q=trafficking&sort=oldest/);
    await expect(page.getByRole('list', { name: 'Results' }).getByRole('listitem').first()).toContainText('2007');
  });
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the same search works from the form and gives the same results as with JavaScript', async ({ page, browser }) => {
    await page.goto('/search');
    await page.getByRole('searchbox', { name: 'Search words' }).fill('"modern slavery" -children');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/q=%22modern\+slavery%22\+-children/);
    const withoutJs = await hitIds(page);
    expect(withoutJs.length).toBeGreaterThan(0);

    const jsContext = await browser.newContext({ javaScriptEnabled: true });
    const jsPage = await jsContext.newPage();
    await jsPage.goto(page.url());
    expect(await hitIds(jsPage)).toEqual(withoutJs);
    await jsContext.close();
  });

  test('facet links and pages work as plain links', async ({ page }) => {
    await page.goto(searchUrl({ q: 'trafficking', perPage: '5' }));
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: /Next/ }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText('Page 2 of');
    await page.getByRole('navigation', { name: 'Filters' }).locator('a[data-facet="house"][data-value="Lords"]').click();
    await expect(page).toHaveURL(/house=Lords/);
    await expect(page).not.toHaveURL(/page=2/);
    expect(await totalShown(page)).toBe(2);
  });
});
