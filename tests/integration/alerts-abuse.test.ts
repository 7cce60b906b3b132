/**
 * Alerts must not be a mail relay (issue 26), on the real services and the SMTP stand-in: a forged
 * X-Forwarded-For from one socket gets at most the per-client limit of messages; parallel sign-ups
 * cannot pass the per-address limit or the hourly cap together; confirmation mail carries none of
 * the searcher's words; unconfirmed sign-ups are forgotten after 7 days; credentials never go to
 * an SMTP server without STARTTLS; real mail needs an https SITE_URL.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';

// What scripts/serve.ts publishes for its workers, before anything reads the environment.
import { newClientAddressHeader, rateLimitClientOf, stampClientAddress } from '../../lib/http/client-address';
const CLIENT_HEADER = newClientAddressHeader();
process.env.CLIENT_ADDRESS_HEADER = CLIENT_HEADER;

import { deliverDueAlerts } from '../../lib/alerts/deliver';
import { listAlertsByToken, viewConfirmation } from '../../lib/alerts/manage';
import { createMailer, sendQueuedMessages } from '../../lib/alerts/mailer';
import { requestAlert, signupLimitsFromEnv } from '../../lib/alerts/signup';
import { loadOrCreateSecret, SECRET_FILE } from '../../lib/alerts/tokens';
import { countMessagesByStatus } from '../../lib/db/store';
import { admitSignup } from '../../lib/db/store';
import { createDb } from '../../lib/db/client';
import { countAlerts, insertUnkeyedToken, listAlertMessages } from '../support/inventory';
import { alertContext, exitOf, resetAlerts, TEST_FROM, tokenOf } from '../support/alerts';
import { testRuntime } from '../support/fixtures';
import { linksOf, startTestSmtpServer } from '../support/smtp-server';
import { ROOT } from '../support/test-services';

const rt = testRuntime('it_alerts_abuse');
const work = mkdtempSync(path.join(tmpdir(), 'alerts-abuse-'));
const limits = signupLimitsFromEnv();
const outboxMailer = () => createMailer({ from: TEST_FROM, outboxDir: path.join(work, 'outbox') });

beforeEach(async () => {
  await resetAlerts(rt.db);
});
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await rt.db.$disconnect();
});

/**
 * A real HTTP server in front of the sign-up, doing what scripts/serve.ts does for each request
 * (stampClientAddress) and what POST /api/alerts does (rateLimitClientOf → requestAlert).
 */
async function startSignupServer(trustProxy: number | undefined) {
  const ctx = alertContext(rt, outboxMailer());
  const server = http.createServer(async (req, res) => {
    stampClientAddress(req, CLIENT_HEADER, trustProxy);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const headers = new Headers(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
    const outcome = await requestAlert(ctx, JSON.parse(Buffer.concat(chunks).toString()), rateLimitClientOf(headers));
    res.writeHead(outcome.ok ? 202 : outcome.status).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    post: async (email: string, headers: Record<string, string>) =>
      (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ email, search: 'q=slavery' }) }))
        .status,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('the client address', () => {
  it('is the socket’s without TRUST_PROXY: forged X-Forwarded-For and our own header from one socket share one limit', async () => {
    const server = await startSignupServer(undefined);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < limits.perClientPerHour + 10; i++)
        statuses.push(
          await server.post(`forger${i}@example.org`, {
            'x-forwarded-for': `198.51.100.${i}`,
            [CLIENT_HEADER]: `203.0.113.${i}`,
            'x-client-address-0': '1.2.3.4',
          }),
        );
      expect(statuses.filter((s) => s === 202)).toHaveLength(limits.perClientPerHour);
      expect(statuses.slice(limits.perClientPerHour).every((s) => s === 429)).toBe(true);
      expect(await listAlertMessages(rt.db)).toHaveLength(limits.perClientPerHour);
    } finally {
      await server.stop();
    }
  });

  it('is the Nth X-Forwarded-For entry from the right with TRUST_PROXY=N: entries the client wrote count for nothing', async () => {
    const server = await startSignupServer(1);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < limits.perClientPerHour + 5; i++)
        statuses.push(await server.post(`proxied${i}@example.org`, { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.9` }));
      expect(statuses.filter((s) => s === 202)).toHaveLength(limits.perClientPerHour);
      // Another client behind the same proxy has its own count.
      expect(await server.post('other@example.org', { 'x-forwarded-for': '198.51.100.1, 203.0.113.10' })).toBe(202);
    } finally {
      await server.stop();
    }
  });
});

describe('limits under parallel sign-ups', () => {
  it('200 parallel sign-ups for one address from 200 clients queue at most its limit of messages', async () => {
    const ctx = alertContext(rt, outboxMailer());
    const outcomes = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) => requestAlert(ctx, { email: 'target@example.org', search: `q=word${i}` }, `10.9.${i >> 8}.${i & 255}`)),
    );
    const messages = await listAlertMessages(rt.db);
    expect(messages.length).toBeLessThanOrEqual(limits.perAddressPerHour);
    expect(messages.length).toBeGreaterThan(0);
    // Every sign-up was answered the same (none of them an error).
    expect(outcomes.filter((o) => o.status === 'fulfilled' && o.value.ok)).toHaveLength(200);
  });

  it('two processes’ sign-ups (two connection pools, straight to the store) are ordered by the advisory lock', async () => {
    const other = createDb(rt.services.databaseUrl);
    try {
      const signup = (db: typeof rt.db, i: number) =>
        admitSignup(
          db,
          { email: 'locked@example.org', emailHash: `e-locked`, clientHash: `c-${i}`, kind: 'search', query: `q=w${i}`, frequency: 'daily', now: new Date() },
          limits,
          (alert) => ({
            tokens: [],
            message: {
              id: randomUUID(),
              messageId: `${randomUUID()}@x`,
              email: alert.email,
              purpose: 'confirmation',
              subject: 's',
              text: 't',
              html: 'h',
              unsubscribeUrl: 'u',
            },
          }),
        );
      const admissions = await Promise.all(Array.from({ length: 16 }, (_, i) => signup(i % 2 ? other : rt.db, i)));
      expect(admissions.filter((a) => a === 'queued')).toHaveLength(limits.perAddressPerHour);
      expect(await listAlertMessages(rt.db)).toHaveLength(limits.perAddressPerHour);
    } finally {
      await other.$disconnect();
    }
  });

  it('the hourly cap on confirmation mail holds across addresses and clients', async () => {
    const lines: string[] = [];
    const ctx = { ...alertContext(rt, outboxMailer()), log: (l: string) => lines.push(l), limits: { ...limits, confirmationsPerHour: 7 } };
    await Promise.all(Array.from({ length: 40 }, (_, i) => requestAlert(ctx, { email: `many${i}@example.org`, search: 'q=slavery' }, `10.8.0.${i}`)));
    expect(await listAlertMessages(rt.db)).toHaveLength(7);
    expect(lines.some((l) => l.includes('hourly cap of 7'))).toBe(true);
  });
});

describe('confirmation mail', () => {
  it('carries none of the searcher’s words or names, only our links', async () => {
    const smtp = await startTestSmtpServer();
    const mailer = createMailer({ smtpUrl: smtp.url, from: TEST_FROM, outboxDir: work });
    try {
      const words = 'Zanzibarquux buy pills at evil.example';
      const search = new URLSearchParams({ q: words, speaker: 'Wobblethorpe Visitmysite' }).toString();
      expect(await requestAlert(alertContext(rt, mailer), { email: 'named@example.org', search }, '10.7.0.1')).toEqual({ ok: true });
      expect((await sendQueuedMessages(rt.db, mailer)).sent).toBe(1);
      const [mail] = await smtp.waitFor(1);
      for (const word of ['zanzibarquux', 'pills', 'evil', 'wobblethorpe', 'visitmysite']) expect(mail.raw.toLowerCase()).not.toContain(word);
      // What was asked for is on our site, behind the link.
      const confirm = linksOf(mail).find((l) => l.includes('/alerts/confirm?'))!;
      expect((await viewConfirmation(rt.db, tokenOf(confirm)))?.alert.description).toContain('Zanzibarquux');
    } finally {
      mailer.close();
      await smtp.stop();
    }
  });
});

describe('unconfirmed sign-ups', () => {
  it('are forgotten after 7 days with their tokens; confirmed alerts and fresh sign-ups stay', async () => {
    const t0 = new Date('2026-12-01T12:00:00Z');
    let now = t0;
    const mailer = outboxMailer();
    const ctx = alertContext(rt, mailer, () => now);
    await requestAlert(ctx, { email: 'never@example.org', search: 'q=slavery' }, '10.6.0.1');
    await requestAlert(ctx, { email: 'later@example.org', search: 'q=slavery' }, '10.6.0.2');
    await sendQueuedMessages(rt.db, mailer, { now: () => now });
    now = new Date(t0.getTime() + 6 * 86_400_000); // asked again on day 6: a fresh link, valid to day 13
    await requestAlert(ctx, { email: 'later@example.org', search: 'q=slavery' }, '10.6.0.2');
    const queued = (await listAlertMessages(rt.db)).find((m) => m.email === 'later@example.org' && m.status === 'queued')!;
    const laterManage = tokenOf(queued.text.match(/https:\/\/\S+\/alerts\/manage\?token=\S+/)![0]);

    now = new Date(t0.getTime() + 7 * 86_400_000 - 60_000);
    expect((await deliverDueAlerts(ctx)).purged.alerts).toBe(0);
    now = new Date(t0.getTime() + 7 * 86_400_000 + 60_000);
    expect((await deliverDueAlerts(ctx)).purged.alerts).toBe(1);
    expect(await countAlerts(rt.db)).toBe(1);
    expect((await listAlertsByToken(rt.db, laterManage))?.alerts).toHaveLength(1);

    now = new Date(t0.getTime() + 14 * 86_400_000);
    const last = await deliverDueAlerts(ctx);
    expect(last.purged.alerts).toBe(1);
    expect(last.purged.tokens).toBeGreaterThan(0);
    expect(await countAlerts(rt.db)).toBe(0);
    // Nothing of the address is left behind its links.
    expect(await listAlertsByToken(rt.db, laterManage)).toBeNull();
  });
});

describe('SMTP and SITE_URL', () => {
  it('credentials in SMTP_URL are never sent to a server without STARTTLS; without credentials the same server gets the mail', async () => {
    const smtp = await startTestSmtpServer();
    const withCredentials = createMailer({ smtpUrl: `${smtp.authUrl}?ignoreTLS=true`, from: TEST_FROM, outboxDir: work });
    try {
      await requestAlert(alertContext(rt, withCredentials), { email: 'tls@example.org', search: 'q=slavery' }, '10.5.0.1');
      expect(await sendQueuedMessages(rt.db, withCredentials)).toMatchObject({ sent: 0, retrying: 1 });
      const [queued] = await listAlertMessages(rt.db);
      expect(queued.lastError).toMatch(/STARTTLS/i);
      expect(smtp.received).toHaveLength(0);

      const anonymous = createMailer({ smtpUrl: smtp.url, from: TEST_FROM, outboxDir: work });
      const later = () => new Date(queued.nextAttemptAt.getTime() + 1000);
      expect((await sendQueuedMessages(rt.db, anonymous, { now: later })).sent).toBe(1);
      anonymous.close();
      expect(await countMessagesByStatus(rt.db)).toEqual({ sent: 1 });
    } finally {
      withCredentials.close();
      await smtp.stop();
    }
  });

  it.each([
    ['missing', undefined],
    ['on http', 'http://localhost:3000'],
  ])('with SMTP_URL, a SITE_URL %s stops `npm run alerts` and the server with one line naming it', async (_, siteUrl) => {
    for (const script of ['alerts.ts', 'serve.ts']) {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        SMTP_URL: 'smtp://127.0.0.1:2525',
        DATABASE_URL: rt.services.databaseUrl,
        MEILI_URL: rt.services.meiliUrl,
      };
      delete env.SITE_URL;
      if (siteUrl) env.SITE_URL = siteUrl;
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', script), '--port', '1'], {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const { code, stderr } = await exitOf(child);
      expect(code).not.toBe(0);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^(alerts|serve): environment variable SITE_URL is invalid: must be set, to an https:\/\/ origin, when SMTP_URL is set/);
    }
  });
});

describe('the key of alert hashes', () => {
  it('leaves links sent before it working (tokens the migration marked unkeyed)', async () => {
    const mailer = outboxMailer();
    await requestAlert(alertContext(rt, mailer), { email: 'old@example.org', search: 'q=slavery' }, '10.4.0.1');
    const token = randomBytes(32).toString('base64url');
    await insertUnkeyedToken(rt.db, { sha256: createHash('sha256').update(token).digest('hex'), purpose: 'manage', email: 'old@example.org' });
    expect((await listAlertsByToken(rt.db, token))?.alerts).toHaveLength(1);
  });

  it('is generated once into DATA_DIR, readable by its owner only, and read back by every later process', () => {
    const dir = path.join(work, 'data');
    const first = loadOrCreateSecret(dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(path.join(dir, SECRET_FILE)).mode & 0o777).toBe(0o600);
    expect(loadOrCreateSecret(dir)).toBe(first);
    expect(loadOrCreateSecret(path.join(work, 'elsewhere'))).not.toBe(first);
  });
});
