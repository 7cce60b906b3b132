/**
 * The outbox after `kill -9` mid-run: `npm run alerts` (a child process) is killed while the SMTP
 * server holds one message unanswered; run again, it sends every due message, each exactly once
 * (the held one was never accepted, so sending it again is no duplicate).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../lib/alerts/mailer';
import { requestAlert } from '../../lib/alerts/signup';
import { countMessagesByStatus } from '../../lib/db/alert-outbox';
import { alertContext, resetAlerts, TEST_FROM, TEST_SITE } from '../support/alerts';
import { testRuntime } from '../support/fixtures';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp-server';
import { ROOT } from '../support/test-services';

const rt = testRuntime('it_alerts_kill');
const ADDRESSES = ['one@example.org', 'two@example.org', 'three@example.org'];

function runAlertsCommand(smtpUrl: string): ChildProcess {
  const s = rt.services;
  // node --import tsx, not the tsx CLI: the CLI runs the script in a child, which a kill of the CLI would leave running.
  return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/alerts.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: s.databaseUrl,
      MEILI_URL: s.meiliUrl,
      MEILI_MASTER_KEY: s.meiliKey,
      MEILI_INDEX: rt.indexName,
      SMTP_URL: smtpUrl,
      SITE_URL: TEST_SITE,
      MAIL_FROM: TEST_FROM,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c));
  child.stderr?.on('data', (c: Buffer) => (output += c));
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, output })));
}

/** Postgres lets go of a dead client's session lock once it sees the connection closed. */
async function waitForOutboxUnlocked(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const [{ n }] = await rt.db.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'`;
    if (n === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the outbox lock was never released');
}

describe('npm run alerts killed with -9 mid-send', () => {
  let first: TestSmtpServer;
  let second: TestSmtpServer;

  beforeAll(async () => {
    await resetAlerts(rt.db);
    const ctx = alertContext(rt, createMailer({ from: TEST_FROM, outboxDir: '/nonexistent' }));
    for (const email of ADDRESSES) expect(await requestAlert(ctx, { email, search: 'q=trafficking' }, '10.1.0.1')).toEqual({ ok: true });
    // The second message to arrive is never answered: the sender is stuck in it when killed.
    first = await startTestSmtpServer({ hold: (_raw, index) => index === 1 });
    second = await startTestSmtpServer();
  });
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    await rt.db.$disconnect();
  });

  it('sends every due message exactly once after a rerun', async () => {
    const killed = runAlertsCommand(first.url);
    const exited = exitOf(killed);
    await first.waitForHeld(60_000);
    killed.kill('SIGKILL');
    expect((await exited).signal).toBe('SIGKILL');
    expect(first.received).toHaveLength(1);
    const atKill = await countMessagesByStatus(rt.db);
    expect(atKill.sent).toBe(1);
    expect((atKill.sending ?? 0) + (atKill.queued ?? 0)).toBe(2); // claimed (in flight or next in the batch) or still queued

    await waitForOutboxUnlocked();
    const rerun = await exitOf(runAlertsCommand(second.url));
    expect(rerun.code, rerun.output).toBe(0);
    expect(rerun.output).toContain('2 sent');
    expect(rerun.output).not.toMatch(/@example\.org/); // no address in the logs

    const received = [...first.received, ...second.received];
    expect(received.flatMap((m) => m.to).sort()).toEqual([...ADDRESSES].sort());
    expect(new Set(received.map((m) => m.parsed.messageId)).size).toBe(3);
    expect(await countMessagesByStatus(rt.db)).toEqual({ sent: 3 });
  });
});
