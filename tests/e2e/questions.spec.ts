/**
 * /questions and a question's timeline in a real Chromium. The questions come in through
 * `syncQuestions` from the API stand-in (variants of the recorded answer, tests/support/wq-api-data.ts)
 * into the e2e database and index, and leave again afterwards so other specs see only the seeds.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addQuestions, removeQuestions } from './questions-support';

test.describe.configure({ mode: 'serial' });

test.beforeAll(addQuestions);
test.afterAll(removeQuestions);

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

const questionsList = (page: Page) => page.getByRole('list', { name: 'Questions' });
const shownTotal = async (page: Page) =>
  Number(
    await page
      .getByRole('status')
      .filter({ hasText: /question/ })
      .getAttribute('data-total'),
  );

test('a journalist lists overdue questions to a department, soonest due first', async ({ page }) => {
  await page.goto('/questions?department=Department%20for%20Education&status=overdue');
  // 9001 (due 11 Jan 2024) and HL1234 (due 22 Jan 2024) are unanswered past their day; 9008 is due in 2999.
  expect(await shownTotal(page)).toBe(2);
  const items = questionsList(page).getByRole('listitem');
  await expect(items.nth(0)).toContainText('Schools: Asbestos');
  await expect(items.nth(0)).toContainText('Due 11 January 2024');
  await expect(items.nth(1)).toContainText('Schools: Music');
  await expect(items.nth(0).locator('[data-status="overdue"]')).toBeVisible();
  // The status facet counts the questions the page would show for each status.
  const filters = page.getByRole('navigation', { name: 'Filters' });
  await expect(filters.locator('a[data-facet="status"][data-value="overdue"]')).toHaveAttribute('data-count', '2');
  await expect(filters.locator('a[data-facet="status"][data-value="unanswered"]')).toHaveAttribute('data-count', '3');
  expect(await seriousViolations(page)).toEqual([]);
});

test('works without JavaScript and fits a phone', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto('/questions');
  expect(await shownTotal(page)).toBeGreaterThanOrEqual(8);
  await page.locator('summary[data-filters-toggle]').click();
  await page
    .getByRole('navigation', { name: 'Filters' })
    .getByRole('link', { name: /Withdrawn/ })
    .click();
  await expect(page).toHaveURL(/\/questions\?status=withdrawn$/);
  expect(await shownTotal(page)).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await context.close();
});

test("a corrected question's page shows its life, with the original answer kept", async ({ page }) => {
  await page.goto('/questions?status=corrected');
  await questionsList(page).getByRole('link', { name: 'Apprentices: Statistics' }).click();
  const timeline = page.getByRole('region', { name: 'This question’s life' });
  await expect(timeline.locator('[data-step]')).toHaveText([/Tabled/, /answer due/i, /Answered/, /Answer corrected/]);
  await expect(timeline.locator('[data-step="corrected"] time')).toHaveText('20 January 2024');
  const original = timeline.getByText('The original answer, as first given');
  await original.focus();
  await page.keyboard.press('Enter');
  await expect(timeline.getByText('There were 12 starts.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Contributions' })).toContainText('There were 21 starts.');
  expect(await seriousViolations(page)).toEqual([]);
});

test('grouped questions link to each other', async ({ page }) => {
  await page.goto('/questions?q=9005');
  await questionsList(page).getByRole('link', { name: 'Students: Loans' }).first().click();
  await page.getByRole('link', { name: 'UIN 9006' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Students: Loans');
  await expect(page.getByText('Answered together with')).toContainText('UIN 9005');
});
