/**
 * Email alerts end to end on the real services and a real SMTP server on loopback (issue 19
 * acceptance): sign-up → one confirmation → confirm → a new matching document → exactly one digest
 * carrying its permalink → a second run sends nothing → one-click unsubscribe stops it.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmAlert, listAlertsByToken, unsubscribeByToken, viewConfirmation } from '../../lib/alerts/manage';
import { createMailer, sendQueuedMessages, type Mailer } from '../../lib/alerts/mailer';
import { deliverDueAlerts } from '../../lib/alerts/deliver';
import { requestAlert } from '../../lib/alerts/signup';
import { ensureIndex, waitForTask } from '../../lib/search/index-admin';
import { alertContext, ingestForTest, resetAlerts, TEST_FROM, TEST_SITE, tokenOf } from '../support/alerts';
import { resetDatabase, testRuntime } from '../support/fixtures';
import { headerOf, linksOf, startTestSmtpServer, type TestSmtpServer } from '../support/smtp-server';
import { ROOT } from '../support/test-services';
import { findContributions } from '../support/inventory';

const rt = testRuntime('it_alerts');
const seed = (n: number) => path.join(ROOT, 'seeds', ['000_e66c5539a422f58f.txt', '001_637a8e166194ae8f.txt', '002_737171ab14034b46.txt'][n]);

async function trafficContributionIds(file: string): Promise<string[]> {
  const rows = await findContributions(rt.db, { fileName: file, textContains: 'trafficking' });
  return rows.map((r) => r.id);
}

describe('a search alert through SMTP', () => {
  let smtp: TestSmtpServer;
  let mailer: Mailer;

  beforeAll(async () => {
    await resetDatabase(rt.db);
    await resetAlerts(rt.db);
    const index = await ensureIndex(rt.search, rt.indexName);
    await waitForTask(index.deleteAllDocuments(), 'clearing the alerts index');
    smtp = await startTestSmtpServer();
    mailer = createMailer({ smtpUrl: smtp.url, from: TEST_FROM, outboxDir: '/nonexistent' });
  });
  afterAll(async () => {
    mailer?.close();
    await smtp?.stop();
    await rt.db.$disconnect();
  });

  it('sends one confirmation, and nothing else before it is followed', async () => {
    const ctx = alertContext(rt, mailer);
    expect(await requestAlert(ctx, { email: ' Reader@Example.org ', search: 'q=trafficking', frequency: 'immediate' }, '127.0.0.1')).toEqual({ ok: true });
    expect((await sendQueuedMessages(rt.db, mailer)).sent).toBe(1);
    const [confirmation] = await smtp.waitFor(1);
    expect(confirmation.to).toEqual(['reader@example.org']);
    expect(confirmation.parsed.from?.value).toEqual([{ name: 'Hansard search', address: 'alerts@alerts.example' }]);
    // Fixed words: the search is shown on our site behind the link, never in mail to whoever was named.
    expect(confirmation.raw.toLowerCase()).not.toContain('trafficking');
    expect(confirmation.parsed.messageId).toMatch(/^<[0-9a-f-]{36}@alerts\.example>$/);
    expect(headerOf(confirmation, 'List-Unsubscribe')).toMatch(/^<https:\/\/alerts\.example\/api\/alerts\/unsubscribe\?token=[A-Za-z0-9_-]{43}>$/);
    expect(headerOf(confirmation, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const links = linksOf(confirmation);
    expect(links.filter((l) => l.startsWith(`${TEST_SITE}/alerts/confirm?token=`))).toHaveLength(1);
    expect(links.some((l) => l.startsWith(`${TEST_SITE}/alerts/manage?token=`))).toBe(true);
    expect(confirmation.parsed.html).toContain('href="https://alerts.example/alerts/confirm?token=');
    // The address appears in no link.
    expect(links.every((l) => !l.toLowerCase().includes('reader'))).toBe(true);

    // A matching document before confirmation: nothing goes out.
    await ingestForTest(rt, [seed(0)]);
    const run = await deliverDueAlerts(alertContext(rt, mailer));
    expect(run.due).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });

  it('after confirming, a new matching document makes exactly one digest with its permalinks', async () => {
    const confirmUrl = linksOf(smtp.received[0]).find((l) => l.includes('/alerts/confirm?'))!;
    // Opening the link (GET) shows the search and starts nothing; the page's button (POST) does.
    expect(await viewConfirmation(rt.db, tokenOf(confirmUrl))).toMatchObject({
      state: 'pending',
      alert: { description: 'Search: “trafficking”', status: 'waiting for confirmation' },
    });
    expect((await viewConfirmation(rt.db, tokenOf(confirmUrl)))?.state).toBe('pending');
    const confirmed = await confirmAlert(rt.db, tokenOf(confirmUrl));
    expect(confirmed?.status).toBe('active');
    expect(await confirmAlert(rt.db, tokenOf(confirmUrl))).toBeNull(); // single-use
    expect((await viewConfirmation(rt.db, tokenOf(confirmUrl)))?.state).toBe('on');

    await ingestForTest(rt, [seed(1)]);
    const run = await deliverDueAlerts(alertContext(rt, mailer));
    expect(run).toMatchObject({ due: 1, digests: 1, sending: { sent: 1, retrying: 0, failed: 0, busy: false } });
    const [, digest] = await smtp.waitFor(2);
    const links = linksOf(digest);
    const fresh = await trafficContributionIds(seed(1));
    const old = await trafficContributionIds(seed(0));
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.some((id) => links.includes(`${TEST_SITE}/c/${id}`))).toBe(true);
    // Only what was stored after confirming.
    expect(old.some((id) => links.includes(`${TEST_SITE}/c/${id}`))).toBe(false);
    expect(digest.parsed.html).toContain('<mark>');
    expect(headerOf(digest, 'List-Unsubscribe')).toMatch(/^<https:\/\/alerts\.example\/api\/alerts\/unsubscribe\?token=/);
    expect(digest.parsed.messageId).not.toBe(smtp.received[0].parsed.messageId);
  });

  it('a second run sends nothing', async () => {
    const run = await deliverDueAlerts(alertContext(rt, mailer));
    expect(run.digests).toBe(0);
    expect(run.sending.sent).toBe(0);
    expect(smtp.received).toHaveLength(2);
  });

  it('the manage link lists the alert; the one-click unsubscribe stops it', async () => {
    const digest = smtp.received[1];
    const manage = await listAlertsByToken(rt.db, tokenOf(linksOf(digest).find((l) => l.includes('/alerts/manage?'))!));
    expect(manage?.email).toBe('reader@example.org');
    expect(manage?.alerts.map((a) => a.description)).toEqual(['Search: “trafficking”']);

    const oneClick = headerOf(digest, 'List-Unsubscribe')!.slice(1, -1);
    expect(await unsubscribeByToken(rt.db, tokenOf(oneClick))).toBe(true);
    await ingestForTest(rt, [seed(2)]);
    const run = await deliverDueAlerts(alertContext(rt, mailer));
    expect(run.due).toBe(0);
    expect(smtp.received).toHaveLength(2);
    expect((await listAlertsByToken(rt.db, tokenOf(linksOf(digest).find((l) => l.includes('/alerts/manage?'))!)))?.alerts).toEqual([]);
  });
});
