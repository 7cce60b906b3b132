/**
 * The outbox after `kill -9` mid-run: `npm run alerts` (a child process) is killed while the SMTP
 * server holds one message unanswered; run again, it sends every due message, each exactly once
 * (the held one was never accepted, so sending it again is no duplicate).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../lib/alerts/mailer';
import { requestAlert } from '../../lib/alerts/signup';
import { countMessagesByStatus } from '../../lib/db/store';
import { alertContext, exitOf, resetAlerts, spawnCommand, TEST_FROM } from '../support/alerts';
import { testRuntime } from '../support/fixtures';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp-server';
import { countAdvisoryLocks } from '../support/inventory';

const rt = testRuntime('it_alerts_kill');
const ADDRESSES = ['one@example.org', 'two@example.org', 'three@example.org'];

const runAlertsCommand = (smtpUrl: string) => spawnCommand(rt, 'alerts.ts', [], { SMTP_URL: smtpUrl });

/** Postgres lets go of a dead client's session lock once it sees the connection closed. */
async function waitForOutboxUnlocked(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if ((await countAdvisoryLocks(rt.db)) === 0) return;
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
