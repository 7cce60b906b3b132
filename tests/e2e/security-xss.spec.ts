/**
 * A document whose words are markup — <script>, <img onerror>, javascript: links, a spreadsheet
 * formula — is ingested like any other; everywhere it is shown (snippets, reading view,
 * permalinks, feeds, CSV export, raw text) it stays inert text: no dialog, no injected element.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createDb } from '../../lib/db/client';
import { deleteDocument, listContributions, listRecords } from '../support/inventory';
import { documentId, documentKey } from '../../lib/ids';
import { ingestPaths } from '../../lib/ingest/ingest';
import { createSearchClient, waitForTask } from '../../lib/search/index-admin';
import { TEST_DATA_DIR } from '../support/test-services';
import { E2E_INDEX, e2eServices } from './security-support';
import { readCsv } from '../support/read-csv';
import { getDefaultRegisterIndex } from '../../lib/members';

const MARK = 'zqxssprobe';
const FILE = path.join(TEST_DATA_DIR, 'e2e-xss', 'xss-probe-question.html');
/**
 * A written-question page saved as HTML, whose paragraphs *say* markup (escaped in the HTML, so the
 * parser decodes it into the stored text): the way markup reaches the database from a real page.
 */
const PARAGRAPHS = [
  `Probe ${MARK}: <script>window.__xss='title';alert('xss-title')</script>`,
  'Question for Home Office',
  'UIN 99999, tabled on 8 October 2024',
  `To ask the Secretary of State for the Home Department, ${MARK} <script>window.__xss='question';alert('xss-question')</script> what steps her Department is taking.`,
  'Answered on',
  '17 October 2024',
  `=HYPERLINK("http://evil.example/","${MARK}") the answer ${MARK} <img src=x onerror="window.__xss='img';alert('xss-img')"> and <a href="javascript:window.__xss='link';alert('xss-link')">a ${MARK} link</a>.`,
  `@SUM(1+1) ${MARK} +cmd|' /C calc'!A0 -2+3`,
];
const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const DOC = `<!doctype html><html><body>${PARAGRAPHS.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</body></html>`;

const services = e2eServices();
const docId = documentId(documentKey(FILE));
let recordId = '';
let contributionIds: string[] = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  mkdirSync(path.dirname(FILE), { recursive: true });
  writeFileSync(FILE, DOC);
  const db = createDb(services.databaseUrl, 1);
  const summary = await ingestPaths([FILE], {
    db,
    search: { client: createSearchClient(services.meiliUrl, services.meiliKey), indexName: E2E_INDEX },
    register: getDefaultRegisterIndex(),
  });
  expect(summary.failed).toEqual([]);
  expect(summary.indexed?.documents).toBe(1);
  const [record] = await listRecords(db, { documentId: docId });
  const contributions = await listContributions(db, { documentId: docId });
  recordId = record.id;
  contributionIds = contributions.map((c) => c.id);
  // The markup really is in the stored text (and title): what follows tests the rendering, not the parser.
  expect(record.title).toContain('<script>');
  expect(contributions.map((c) => c.text).join('\n')).toMatch(/<script>[\s\S]*<img src=x onerror=[\s\S]*href="javascript:/);
  await db.$disconnect();
});

test.afterAll(async () => {
  const db = createDb(services.databaseUrl, 1);
  await deleteDocument(db, docId);
  await db.$disconnect();
  const index = createSearchClient(services.meiliUrl, services.meiliKey).index(E2E_INDEX);
  await waitForTask(index.deleteDocuments({ filter: `documentId = "${docId}"` }), 'removing the probe');
  rmSync(path.dirname(FILE), { recursive: true, force: true });
});

/** Loads a page, failing on any dialog; then checks that nothing injected exists in the DOM. */
async function expectInert(page: Page, url: string) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(200);
  // In the HTML as sent, the markup is escaped everywhere — as &lt; in the page, as \u003c in React's
  // inline data — so it can neither become an element nor close a <script> early.
  const raw = (await res?.text()) ?? '';
  expect(raw, url).toContain(MARK);
  expect(raw, url).not.toMatch(/<script>window\.__xss|<img src=x onerror|href="javascript:/);
  await page.waitForLoadState('networkidle');
  expect(dialogs, url).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss), url).toBeUndefined();
  const injected = await page.evaluate(() => ({
    onerror: document.querySelectorAll('[onerror]').length,
    javascriptLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
    // React's own inline data scripts carry the text as escaped JSON strings; any other script holding it was injected.
    scripts: [...document.scripts].filter((s) => /__xss|xss-/.test(s.textContent ?? '') && !/^\s*self\.__next_f\.push\(/.test(s.textContent ?? '')).length,
    imgs: [...document.images].filter((i) => i.getAttribute('src') === 'x').length,
  }));
  expect(injected, url).toEqual({ onerror: 0, javascriptLinks: 0, scripts: 0, imgs: 0 });
}

test('search results show the markup as text in snippets', async ({ page }) => {
  await expectInert(page, `/search?q=${MARK}`);
  await expect(page.getByRole('list', { name: 'Results' })).toContainText('<img src=x onerror=');
});

test('the reading view and every permalink render it inert', async ({ page }) => {
  await expectInert(page, `/d/${recordId}`);
  await expect(page.locator('main')).toContainText("<script>window.__xss='question'");
  await expect(page.getByRole('heading', { level: 1 })).toContainText("<script>window.__xss='title'");
  for (const id of contributionIds) await expectInert(page, `/c/${id}`);
});

test('with JavaScript off too, the markup is text, not elements', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/d/${recordId}`);
  expect(await page.locator('img[src="x"], [onerror], a[href^="javascript:"]').count()).toBe(0);
  await context.close();
});

test('the API returns it escaped in snippets and as plain JSON strings elsewhere', async ({ request }) => {
  const res = await request.get(`/api/search?q=${MARK}`);
  const body = (await res.json()) as { hits: Array<{ snippet: string }> };
  expect(body.hits.length).toBeGreaterThan(0);
  for (const h of body.hits) expect(h.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
});

test('feeds carry it as escaped text', async ({ request }) => {
  for (const url of [`/search.atom?q=${MARK}`, `/d/${recordId}/feed.atom`]) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    const xml = await res.text();
    expect(xml, url).toContain(MARK);
    // No raw markup from the document: every < of it is &lt; in the XML, and content is type="text".
    expect(xml, url).not.toMatch(/<(?:script|img)\b/i);
    expect(xml, url).not.toMatch(/<a [^>]*javascript:/i);
    expect(xml, url).not.toMatch(/<content[^>]*type="html"/);
  }
});

test('the CSV export neutralises cells that a spreadsheet would run as formulas', async ({ request }) => {
  const res = await request.get(`/api/search.csv?q=${MARK}`);
  expect(res.status()).toBe(200);
  const csv = await res.text();
  const cells = readCsv(csv).flat();
  expect(cells.some((c) => c.includes(MARK))).toBe(true);
  for (const cell of cells) expect(cell, cell.slice(0, 60)).not.toMatch(/^[=+\-@\t\r]/);
  expect(cells.some((c) => c.startsWith("'=HYPERLINK"))).toBe(true);
});

test('the raw document is served as text that browsers will not sniff into HTML', async ({ request }) => {
  const res = await request.get(`/documents/${docId}`);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/^text\/plain/);
  expect(res.headers()['x-content-type-options']).toBe('nosniff');
});
