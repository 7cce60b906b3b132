import { expect, test, type APIRequestContext } from '@playwright/test';
import { createDb } from '../../lib/db/client';
import { deleteAliases, listContributions, putAliases } from '../support/inventory';
import { servicesFromEnv } from '../support/test-services';

/** The permalink of Vernon Coaker's first answer in the seeds ("A comprehensive UK action plan…"). */
async function firstCoakerAnswer(request: APIRequestContext): Promise<string> {
  const res = await request.get('/api/search.json?speaker=Vernon+Coaker&type=answer');
  expect(res.ok()).toBe(true);
  const body = await res.json();
  const hit = body.hits.find((h: { text: string }) => h.text.startsWith('A comprehensive UK action plan'));
  expect(hit, 'the seeds hold Vernon Coaker’s first answer').toBeTruthy();
  return new URL(hit.url).pathname;
}

const CITATION = 'HC Deb 26 November 2007';

test('the permalink of an answer shows its question above it, and copies link and citation', async ({ page, context, request }) => {
  const path = await firstCoakerAnswer(request);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(path);

  const question = page.getByRole('region', { name: 'Question' });
  const answer = page.getByRole('article', { name: 'Answer' });
  await expect(question).toContainText('Phyllis Starkey');
  await expect(question).toContainText('What steps she is taking to reduce levels of trafficking');
  await expect(answer).toContainText('Vernon Coaker');
  const [qBox, aBox] = [await question.boundingBox(), await answer.boundingBox()];
  expect(qBox!.y + qBox!.height).toBeLessThanOrEqual(aBox!.y);

  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Vernon Coaker answering Phyllis Starkey/);

  const cite = page.getByRole('region', { name: 'Cite this' });
  await expect(cite.getByTestId('citation')).toHaveText(CITATION);
  const copyCitation = cite.getByRole('button', { name: 'Copy citation' });
  await expect(copyCitation).toHaveAttribute('data-copy-text', CITATION);
  await copyCitation.click();
  await expect(cite.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CITATION);

  await cite.getByRole('button', { name: 'Copy link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(path, page.url()).href);
});

test('citation downloads: CSL-JSON and BibTeX', async ({ request }) => {
  const path = await firstCoakerAnswer(request);
  const csl = await request.get(`${path}/cite.json`);
  expect(csl.headers()['content-type']).toContain('application/vnd.citationstyles.csl+json');
  const [item] = await csl.json();
  expect(item).toMatchObject({
    type: 'hearing',
    title: 'People Trafficking',
    note: CITATION,
    author: [{ literal: 'Vernon Coaker' }],
    issued: { 'date-parts': [[2007, 11, 26]] },
  });
  const bib = await (await request.get(`${path}/cite.bib`)).text();
  expect(bib).toContain(`howpublished = {${CITATION}}`);
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test('the citation and link are on the page to select, without copy buttons', async ({ page, request }) => {
    const path = await firstCoakerAnswer(request);
    await page.goto(path);
    const cite = page.getByRole('region', { name: 'Cite this' });
    await expect(cite.getByTestId('citation')).toHaveText(CITATION);
    await expect(cite.getByTestId('permalink')).toHaveText(new RegExp(`${path}$`));
    await expect(cite.getByRole('button')).toHaveCount(0);
    await expect(cite.getByRole('link', { name: 'BibTeX' })).toHaveAttribute('href', `${path}/cite.bib`);
  });
});

test('a written question shows its status and offers its feed', async ({ page, request }) => {
  const res = await request.get('/api/search.json?kind=written-question&house=Commons');
  const hit = (await res.json()).hits[0];
  await page.goto(new URL(hit.url).pathname);
  await expect(page.getByText(/· Answered/)).toBeVisible();
  await page.goto(new URL(hit.record.url).pathname);
  const follow = page.getByRole('link', { name: 'Follow this question (Atom feed)' });
  await expect(follow).toBeVisible();
  const feed = await request.get((await follow.getAttribute('href'))!);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain('<updated>2024-10-17T00:00:00Z</updated>');
});

test.describe('ids of corrected contributions, through the running server', () => {
  // The seeds have no corrections: alias rows are written as a re-ingest would (lib/db/store/store-document.ts).
  const MOVED = 'zzzzzzzzzzz2';
  const REMOVED = 'zzzzzzzzzzz3';

  test('a changed contribution answers 301 to its new id, a removed one 410 linking its record', async ({ request, page }) => {
    const services = servicesFromEnv();
    test.skip(!services, 'needs the test services started by npm test');
    const live = await firstCoakerAnswer(request);
    const liveId = live.split('/').pop()!;
    const db = createDb(services!.databaseUrl, 1);
    try {
      const { recordId } = (await listContributions(db)).find((c) => c.id === liveId)!;
      await putAliases(db, [
        { oldId: MOVED, newId: liveId, recordId },
        { oldId: REMOVED, newId: null, recordId },
      ]);

      const moved = await request.get(`/c/${MOVED}`, { maxRedirects: 0 });
      expect(moved.status()).toBe(301);
      expect(new URL(moved.headers().location, 'http://x').pathname).toBe(live);

      const removed = await page.goto(`/c/${REMOVED}`);
      expect(removed?.status()).toBe(410);
      await expect(page.getByRole('heading', { name: 'This contribution was removed' })).toBeVisible();
      await page.getByRole('link', { name: 'Read the record it was part of' }).click();
      await expect(page).toHaveURL(new RegExp(`/d/${recordId}$`));
    } finally {
      await deleteAliases(db, [MOVED, REMOVED]);
      await db.$disconnect();
    }
  });
});
