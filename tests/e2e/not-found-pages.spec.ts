/**
 * Addresses that name nothing we hold answer 404 with a message a reader sees without JavaScript.
 * A page's notFound() in Next 16 sends an empty body that only scripts fill, so proxy.ts answers
 * these itself (lib/http/not-found-page.ts); this walks the real addresses in real Chromium.
 */
import { expect, test } from '@playwright/test';

const UNKNOWN: Array<[string, string]> = [
  ['/d/aaaaaaaaaaaa', 'No record at this address'],
  ['/d/not-an-id', 'No record at this address'],
  ['/c/aaaaaaaaaaaa', 'No contribution at this address'],
  ['/speakers/no-such-person', 'No speaker at this address'],
  ['/speakers/Not_A_Slug', 'No speaker at this address'],
  ['/go?ref=9999999', 'No record matches this reference'],
  ['/go?ref=not%20a%20reference', 'No record matches this reference'],
  ['/sittings/2007-11-27', 'No records for this day'],
  ['/search/values/nope', 'No such filter'],
];

test.describe('with JavaScript off, an unknown address', () => {
  test.use({ javaScriptEnabled: false });
  for (const [path, heading] of UNKNOWN) {
    test(`${path} answers 404 and says so`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Search the record' })).toBeVisible();
    });
  }
});
