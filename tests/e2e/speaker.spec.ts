import { expect, test } from '@playwright/test';

test('/speakers/vernon-coaker lists his seven contributions and links into search', async ({ page }) => {
  await page.goto('/speakers/vernon-coaker');
  await expect(page.getByRole('heading', { level: 1, name: 'Vernon Coaker' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Contributions' });
  await expect(list.getByRole('listitem')).toHaveCount(7);
  await expect(list).toContainText('People Trafficking');
  // the page also has the register's seats and offices tables now: this one is the printed descriptions
  const printed = page.getByRole('table', { name: 'Offices, party and constituency as printed' });
  await expect(printed).toContainText('Parliamentary Under-Secretary (Home Office) (Crime Reduction)');
  await expect(printed).toContainText('26 November 2007');

  await page.getByRole('link', { name: /Search within Vernon Coaker/ }).click();
  await expect(page).toHaveURL(/\/search\?speaker=Vernon\+Coaker$/);
  const status = page.getByRole('status').filter({ hasText: 'result' });
  await expect(status).toHaveAttribute('data-total', '7');
});

test('a permalink links its speaker to their page', async ({ page }) => {
  await page.goto('/search?speaker=Vernon+Coaker');
  await page.getByRole('list', { name: 'Results' }).getByRole('link', { name: 'Vernon Coaker' }).first().click();
  await expect(page).toHaveURL(/\/c\/[a-z2-9]{12}$/);
  await page.getByRole('article').getByRole('link', { name: 'Vernon Coaker' }).click();
  await expect(page).toHaveURL(/\/speakers\/vernon-coaker$/);
});

test('an unknown speaker is a 404', async ({ page }) => {
  expect((await page.goto('/speakers/no-such-person'))?.status()).toBe(404);
  expect((await page.goto('/speakers/Not_A_Slug'))?.status()).toBe(404);
});
