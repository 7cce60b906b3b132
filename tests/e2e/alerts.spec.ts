/**
 * Email alerts in Chromium against the real app, services and a real SMTP server on loopback
 * (global-setup.ts): sign up with the "Email me" form → confirm from the received message →
 * a matching document is ingested → one digest → unsubscribe → nothing more. Also the JSON API
 * and RFC 8058 one-click unsubscribe.
 */
import { expect, test } from '@playwright/test';
import http from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { deliverDueAlerts, type DeliverySummary } from '../../lib/alerts/deliver';
import { createMailer, sendQueuedMessages } from '../../lib/alerts/mailer';
import { createDb } from '../../lib/db/client';
import { ingestPaths } from '../../lib/ingest/ingest';
import { createSearchClient, waitForTask } from '../../lib/search/index-admin';
import { seriousViolations } from './axe-support';
import { E2E_INDEX } from './global-setup';
import { deleteAllAlerts, deleteDocuments, findDocumentIds, listAlerts } from '../support/inventory';
import { getDefaultRegisterIndex } from '../../lib/members';

const env = (name: string) =>
  process.env[name] ??
  (() => {
    throw new Error(`${name} is not set: run through playwright with tests/e2e/global-setup.ts`);
  })();
const db = createDb(env('TEST_DATABASE_URL'));
const search = createSearchClient(env('TEST_MEILI_URL'), env('TEST_MEILI_KEY'));
const mailDir = () => env('E2E_MAIL_DIR');
const work = mkdtempSync(path.join(tmpdir(), 'alerts-e2e-'));
/** A word no seed document has, so the alert matches only what these tests ingest. */
const WORD = 'quokkagate';

async function mails(): Promise<ParsedMail[]> {
  const files = (() => {
    try {
      return readdirSync(mailDir())
        .filter((f) => f.endsWith('.eml'))
        .sort();
    } catch {
      return [];
    }
  })();
  return Promise.all(files.map((f) => simpleParser(readFileSync(path.join(mailDir(), f)))));
}

async function mailsTo(address: string): Promise<ParsedMail[]> {
  return (await mails()).filter((m) => m.to && !Array.isArray(m.to) && m.to.value.some((v) => v.address === address));
}

async function waitForMailsTo(address: string, count: number): Promise<ParsedMail[]> {
  await expect.poll(async () => (await mailsTo(address)).length, { timeout: 20_000 }).toBe(count);
  return mailsTo(address);
}

/** A link of the message (on SITE_URL), as a path on the app under test. */
function linkIn(mail: ParsedMail, pathPrefix: string): string {
  const link = (mail.text ?? '').match(/https?:\/\/\S+/g)?.find((l) => new URL(l).pathname === pathPrefix);
  if (!link) throw new Error(`no ${pathPrefix} link in "${mail.subject}"`);
  return onApp(link);
}

function onApp(link: string): string {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

async function alertStates(): Promise<Array<string | null>> {
  return (await listAlerts(db)).map((a) => (a.confirmedAt ? 'confirmed' : null));
}

/** Stores a small debate that says WORD, as `npm run ingest` would; returns its file. */
async function ingestDebate(name: string, words: string): Promise<string> {
  const file = path.join(work, `${name}.txt`);
  writeFileSync(file, `Modern Slavery\n\nHouse of Commons\n\nMonday 2 December 2024\n\nJess Phillips (Labour)\n\n${words}\n`);
  const summary = await ingestPaths([file], { db, search: { client: search, indexName: E2E_INDEX }, register: getDefaultRegisterIndex() });
  expect(summary.failed).toEqual([]);
  return file;
}

/** `npm run alerts`, in this process: queue what is due and send it (again if the app was sending at that moment). */
async function runAlerts(): Promise<DeliverySummary> {
  const mailer = createMailer({ smtpUrl: env('E2E_SMTP_URL'), from: 'Hansard search <alerts@127.0.0.1>', outboxDir: work });
  try {
    const summary = await deliverDueAlerts({ db, search: { client: search, indexName: E2E_INDEX }, siteUrl: env('E2E_SITE_URL'), mailer });
    for (let busy = summary.sending.busy; busy; ) busy = (await sendQueuedMessages(db, mailer)).busy;
    return summary;
  } finally {
    mailer.close();
  }
}

const ingested: string[] = [];

/** POST /api/alerts from a chosen loopback source address; the status. */
function postFrom(localAddress: string, body: object): Promise<number> {
  const url = new URL('/api/alerts', test.info().project.use.baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', localAddress, headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

test.beforeAll(async () => {
  await deleteAllAlerts(db);
});

test.afterAll(async () => {
  // Leave the shared e2e index and database as the other specs expect them.
  const documents = (await findDocumentIds(db, { fileNames: ingested })).map((id) => ({ id }));
  if (documents.length) {
    await waitForTask(
      search.index(E2E_INDEX).deleteDocuments({ filter: `documentId IN [${documents.map((d) => `"${d.id}"`).join(', ')}]` }),
      'removing the alert test documents',
    );
    await deleteDocuments(
      db,
      documents.map((d) => d.id),
    );
  }
  await deleteAllAlerts(db);
  await db.$disconnect();
  rmSync(work, { recursive: true, force: true });
});

test('sign up → confirm from the message → one digest → unsubscribe → nothing more', async ({ page }) => {
  const address = 'e2e-reader@example.org';
  await page.goto(`/search?q=${WORD}`);
  const form = page.getByRole('form', { name: /Email me new results for this search/ });
  await form.getByLabel('Email address').fill(address);
  await form.getByLabel('How often').selectOption('immediate');
  await form.getByRole('button', { name: 'Email me' }).click();
  await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
  expect(page.url()).not.toContain('example.org');
  expect(await seriousViolations(page)).toEqual([]);

  const [confirmation] = await waitForMailsTo(address, 1);
  // Fixed words: what was asked for is on the site, behind the link.
  expect(`${confirmation.subject} ${confirmation.text} ${confirmation.html}`).not.toContain(WORD);
  // Opening the link (as a mail scanner does) shows the search and changes nothing.
  await page.goto(linkIn(confirmation, '/alerts/confirm'));
  await expect(page.getByRole('heading', { name: 'Start this alert?' })).toBeVisible();
  await expect(page.getByText(`Search: “${WORD}”`)).toBeVisible();
  await page.reload();
  expect(await alertStates()).toEqual([null]);
  expect(await seriousViolations(page)).toEqual([]);
  // The one button, from the keyboard: a plain form POST.
  await page.getByRole('button', { name: 'Start the alert' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your alert is on' })).toBeVisible();
  expect(await alertStates()).toEqual(['confirmed']);

  ingested.push(await ingestDebate('alerts-e2e-first', `The ${WORD} affair shows why modern slavery victims need support.`));
  expect((await runAlerts()).digests).toBe(1);
  const [, digest] = await waitForMailsTo(address, 2);
  const permalink = (digest.text ?? '').match(/https?:\/\/\S+\/c\/[a-z2-9]{12}/)?.[0];
  expect(permalink).toBeTruthy();
  await page.goto(onApp(permalink!));
  await expect(page.getByText(`The ${WORD} affair`).first()).toBeVisible();

  expect((await runAlerts()).digests).toBe(0);

  // The manage page lists the alert, fits a phone and passes axe.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(linkIn(digest, '/alerts/manage'));
  await expect(page.getByText(address)).toBeVisible();
  await expect(page.getByRole('link', { name: `Search: “${WORD}”` })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto(linkIn(digest, '/alerts/unsubscribe'));
  expect(await alertStates()).toEqual(['confirmed']); // the GET changed nothing
  await page.getByRole('button', { name: 'Unsubscribe from all alerts' }).click();
  await expect(page.getByRole('heading', { name: 'You are unsubscribed' })).toBeVisible();

  ingested.push(await ingestDebate('alerts-e2e-second', `Another ${WORD} question was raised.`));
  expect((await runAlerts()).due).toBe(0);
  expect(await mailsTo(address)).toHaveLength(2);
});

test('POST /api/alerts answers 202 alike for any address; the one-click POST unsubscribes', async ({ request, page }) => {
  const res = await request.post('/api/alerts', { data: { email: 'api-user@example.org', search: `q=${WORD}&house=Commons`, frequency: 'daily' } });
  expect(res.status()).toBe(202);
  const again = await request.post('/api/alerts', { data: { email: 'api-user@example.org', search: `q=${WORD}&house=Commons` } });
  expect(await again.json()).toEqual(await res.json());
  const bad = await request.post('/api/alerts', { data: { email: 'not an address', search: `q=${WORD}` } });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ param: 'email' });

  const [confirmation] = await waitForMailsTo('api-user@example.org', 2);
  const oneClick = confirmation.headerLines.find((h) => h.key === 'list-unsubscribe')!.line.replace(/^List-Unsubscribe:\s*<|>$/g, '');
  expect(confirmation.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');

  await page.goto(linkIn(confirmation, '/alerts/manage'));
  await expect(page.getByRole('button', { name: /Delete the alert/ })).toHaveCount(1);
  const unsubscribed = await request.post(onApp(oneClick), { form: { 'List-Unsubscribe': 'One-Click' }, maxRedirects: 0 });
  expect(unsubscribed.status()).toBe(303);
  await page.reload();
  await expect(page.getByText('There are no alerts for this address.')).toBeVisible();
});

test('GET /alerts/confirm with JavaScript off changes nothing; its button confirms', async ({ browser, request }) => {
  await deleteAllAlerts(db);
  expect((await request.post('/api/alerts', { data: { email: 'no-js@example.org', search: `q=${WORD}` } })).status()).toBe(202);
  const [confirmation] = await waitForMailsTo('no-js@example.org', 1);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  try {
    const page = await context.newPage();
    expect((await request.get(linkIn(confirmation, '/alerts/confirm'))).status()).toBe(200);
    await page.goto(linkIn(confirmation, '/alerts/confirm'));
    expect(await alertStates()).toEqual([null]);
    await page.getByRole('button', { name: 'Start the alert' }).click();
    await expect(page.getByRole('heading', { name: 'Your alert is on' })).toBeVisible();
    expect(await alertStates()).toEqual(['confirmed']);
  } finally {
    await context.close();
  }
});

test('a forged X-Forwarded-For from one socket gets at most the per-client limit of messages (scripts/serve.ts)', async ({ request }) => {
  await deleteAllAlerts(db);
  const limit = 20; // ALERTS_PER_CLIENT_PER_HOUR's default; the app under test runs with it
  const statuses: number[] = [];
  for (let i = 0; i < limit + 5; i++) {
    const res = await request.post('/api/alerts', {
      data: { email: `forged-${i}@example.org`, search: `q=${WORD}` },
      headers: { 'X-Forwarded-For': `198.51.100.${i}`, 'X-Real-IP': `203.0.113.${i}` },
    });
    statuses.push(res.status());
  }
  expect(statuses.filter((s) => s === 202)).toHaveLength(limit);
  expect(statuses.slice(limit)).toEqual(Array(5).fill(429));
  // Another socket address (loopback has them all) has its own count: the routes see the socket.
  expect(await postFrom('127.0.0.2', { email: 'other-socket@example.org', search: `q=${WORD}` })).toBe(202);
  await expect
    .poll(async () => (await mails()).filter((m) => (m.to && !Array.isArray(m.to) ? m.to.text : '').startsWith('forged-')).length, { timeout: 20_000 })
    .toBe(limit);
  await deleteAllAlerts(db); // the limit counts for an hour: leave none behind for later runs
});
