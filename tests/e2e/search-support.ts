/** Reading the search page the way a user sees it, plus the full text of hits from the API. */
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export function resultStatus(page: Page) {
  return page.getByRole('status').filter({ hasText: /results?|debates?|No results/ });
}

export async function totalShown(page: Page): Promise<number> {
  const status = resultStatus(page);
  await expect(status).toBeVisible();
  return Number(await status.getAttribute('data-total'));
}

/** Contribution ids of the hits on the page, in order. */
export async function hitIds(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByRole('list', { name: 'Results' })
    .locator('a[data-hit-link]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => h.replace('/c/', ''));
}

export async function contributionText(request: APIRequestContext, id: string): Promise<string> {
  const res = await request.get(`/api/contributions/${id}`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { text: string; record: { title: string } };
  return `${body.record.title}\n${body.text}`.toLowerCase().replace(/\s+/g, ' ');
}

export const searchUrl = (params: Record<string, string>) => `/search?${new URLSearchParams(params).toString()}`;
