/**
 * Alert delivery beyond the main flow, on the real services: a question alert fires once when the
 * answer is stored; without SMTP the messages are .eml files; an SMTP outage leaves messages
 * queued with backoff and sends them once the server is back; sign-ups answer the same whatever
 * the address and are limited.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deliverDueAlerts } from '../../lib/alerts/deliver';
import { confirmAlert } from '../../lib/alerts/manage';
import { createMailer, sendQueuedMessages } from '../../lib/alerts/mailer';
import { requestAlert, signupLimitsFromEnv } from '../../lib/alerts/signup';
import { countMessagesByStatus } from '../../lib/db/store';
import { ensureIndex, waitForTask } from '../../lib/search/index-admin';
import { alertContext, ingestForTest, resetAlerts, TEST_FROM, TEST_SITE, tokenOf } from '../support/alerts';
import { resetDatabase, testRuntime } from '../support/fixtures';
import { simpleParser, type ParsedMail } from 'mailparser';
import { linksOf, startTestSmtpServer } from '../support/smtp-server';
import { ROOT } from '../support/test-services';
import { countAlerts, findContributions, listAlertMessages } from '../support/inventory';

const rt = testRuntime('it_alerts_delivery');
const UNANSWERED = readFileSync(path.join(ROOT, 'tests/fixtures/text/written-question/unanswered-lords.txt'), 'utf8');
const ANSWERED = UNANSWERED.replace(
  'Awaiting answer',
  'Answered on\n3 February 2025\n\nThe Home Office works with local authorities so that every child placed in a hotel is safeguarded.\n\nAnswered by\nLord Hanson of Flint\nMinister of State (Home Office)',
);

let work: string;

/** The .eml files in `dir`, parsed. */
async function readOutbox(dir: string): Promise<ParsedMail[]> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
  return Promise.all(files.map((f) => simpleParser(readFileSync(path.join(dir, f)))));
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'alerts-'));
  const index = await ensureIndex(rt.search, rt.indexName);
  await waitForTask(index.deleteAllDocuments(), 'clearing the index');
});
beforeEach(async () => {
  await resetDatabase(rt.db);
  await resetAlerts(rt.db);
});
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await rt.db.$disconnect();
});

describe('without SMTP_URL', () => {
  it('a question alert leaves .eml files: the confirmation, then one message when the answer is stored', async () => {
    const outbox = path.join(work, 'outbox');
    const mailer = createMailer({ from: TEST_FROM, outboxDir: outbox });
    const ctx = alertContext(rt, mailer);
    const file = path.join(work, 'hotels.txt');
    writeFileSync(file, UNANSWERED);
    await ingestForTest(rt, [file]);
    const question = (await findContributions(rt.db, { type: 'question' }))[0];

    expect(await requestAlert(ctx, { email: 'asker@example.org', question: question.id }, '10.0.0.1', {})).toEqual({ ok: true });
    await sendQueuedMessages(rt.db, mailer);
    expect(readdirSync(outbox).filter((f) => f.endsWith('.eml'))).toHaveLength(1);
    const [confirmation] = await readOutbox(outbox);
    const confirmUrl = confirmation.text!.match(/https:\/\/alerts\.example\/alerts\/confirm\?token=\S+/)![0];
    expect(await confirmAlert(rt.db, tokenOf(confirmUrl))).not.toBeNull();

    expect((await deliverDueAlerts(ctx)).digests).toBe(0); // still unanswered
    writeFileSync(file, ANSWERED);
    await ingestForTest(rt, [file]);
    const answer = (await findContributions(rt.db, { type: 'answer' }))[0];
    expect(answer.answersIds).toEqual([question.id]); // the same question, now answered

    expect((await deliverDueAlerts(ctx)).digests).toBe(1);
    const mails = await readOutbox(outbox);
    expect(mails).toHaveLength(2);
    const digest = mails.find((m) => m.messageId !== confirmation.messageId)!;
    expect(digest.text).toContain(`${TEST_SITE}/c/${answer.id}`);
    expect(digest.text).toContain('every child placed in a hotel is safeguarded');
    expect(digest.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');

    expect((await deliverDueAlerts(ctx)).digests).toBe(0); // fires once
    expect(readdirSync(outbox).filter((f) => f.endsWith('.eml'))).toHaveLength(2);
    mailer.close();
  });
});

describe('an SMTP outage', () => {
  it('leaves the message queued with a backoff, then sends it once the server is back', async () => {
    const probe = await startTestSmtpServer();
    const port = probe.port;
    await probe.stop(); // nothing listens there now
    const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: TEST_FROM, outboxDir: work });
    let now = new Date();
    const ctx = alertContext(rt, mailer, () => now);
    expect(await requestAlert(ctx, { email: 'patient@example.org', search: 'q=asylum' }, '10.0.0.2')).toEqual({ ok: true });

    const down = await sendQueuedMessages(rt.db, mailer, { now: () => now });
    expect(down).toMatchObject({ sent: 0, retrying: 1, failed: 0 });
    const [queued] = await listAlertMessages(rt.db);
    expect(queued).toMatchObject({ status: 'queued', attempts: 1 });
    expect(queued.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(queued.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());

    const smtp = await startTestSmtpServer({ port });
    try {
      expect((await sendQueuedMessages(rt.db, mailer, { now: () => now })).sent).toBe(0); // not due yet
      now = new Date(queued.nextAttemptAt.getTime() + 1000);
      expect((await sendQueuedMessages(rt.db, mailer, { now: () => now })).sent).toBe(1);
      const [mail] = await smtp.waitFor(1);
      expect(mail.to).toEqual(['patient@example.org']);
      expect(linksOf(mail).some((l) => l.startsWith(`${TEST_SITE}/alerts/confirm?token=`))).toBe(true);
      expect(await countMessagesByStatus(rt.db)).toEqual({ sent: 1 });
      // A sent message keeps no token: its bodies are emptied.
      expect((await listAlertMessages(rt.db))[0]).toMatchObject({ text: '', html: '', unsubscribeUrl: '' });
    } finally {
      mailer.close();
      await smtp.stop();
    }
  });
});

describe('sign-ups', () => {
  it('answer the same whatever the address, and are limited per address (silently) and per client (429)', async () => {
    const mailer = createMailer({ from: TEST_FROM, outboxDir: path.join(work, 'signups') });
    const ctx = alertContext(rt, mailer);
    const same = { ok: true };
    expect(await requestAlert(ctx, { email: 'a@example.org', search: 'q=slavery' }, '10.0.0.3')).toEqual(same);
    expect(await requestAlert(ctx, { email: 'a@example.org', search: 'q=slavery' }, '10.0.0.3')).toEqual(same); // again: a second confirmation
    for (let i = 2; i < signupLimitsFromEnv().perAddressPerHour + 2; i++)
      expect(await requestAlert(ctx, { email: 'a@example.org', search: `q=word${i}` }, '10.0.0.3')).toEqual(same);
    expect(await listAlertMessages(rt.db)).toHaveLength(signupLimitsFromEnv().perAddressPerHour); // beyond the limit: the same answer, no message
    for (let i = signupLimitsFromEnv().perAddressPerHour + 2; i < signupLimitsFromEnv().perClientPerHour; i++)
      await requestAlert(ctx, { email: `b${i}@example.org`, search: 'q=slavery' }, '10.0.0.3');
    expect(await requestAlert(ctx, { email: 'c@example.org', search: 'q=slavery' }, '10.0.0.3')).toMatchObject({ ok: false, status: 429 });
    expect(await requestAlert(ctx, { email: 'c@example.org', search: 'q=slavery' }, '10.0.0.4')).toEqual(same);
  });

  it('name the field of bad input and never store it', async () => {
    const ctx = alertContext(rt, createMailer({ from: TEST_FROM, outboxDir: work }));
    expect(await requestAlert(ctx, { email: 'x@example.org\r\nBcc: y@example.org', search: 'q=a' }, '10.0.0.5')).toMatchObject({
      ok: false,
      status: 400,
      param: 'email',
    });
    expect(await requestAlert(ctx, { email: 'x@example.org', search: '' }, '10.0.0.5')).toMatchObject({ ok: false, status: 400, param: 'search' });
    expect(await requestAlert(ctx, { email: 'x@example.org', search: 'from=2024-02-30' }, '10.0.0.5')).toMatchObject({
      ok: false,
      status: 400,
      param: 'search',
    });
    expect(await requestAlert(ctx, { email: 'x@example.org', question: 'abcdefghijkm' }, '10.0.0.5')).toMatchObject({
      ok: false,
      status: 400,
      param: 'question',
    });
    expect(await requestAlert(ctx, { email: 'x@example.org', search: 'q=a', question: 'abcdefghijkm' }, '10.0.0.5')).toMatchObject({ ok: false, status: 400 });
    expect(await requestAlert(ctx, { email: 'x@example.org', search: 'q=a', frequency: 'hourly' }, '10.0.0.5')).toMatchObject({
      ok: false,
      status: 400,
      param: 'frequency',
    });
    expect(await countAlerts(rt.db)).toBe(0);
  });
});
