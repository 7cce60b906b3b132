/**
 * Alerts follow a sync: `npm run sync` (a child process, from a real rsync daemon on loopback) ends
 * by delivering, so a confirmed alert gets one digest of what the sync stored, over a real SMTP
 * server; a second sync that brings nothing sends nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmAlert } from '../../lib/alerts/manage';
import { createMailer, sendQueuedMessages } from '../../lib/alerts/mailer';
import { requestAlert } from '../../lib/alerts/signup';
import { ensureIndex, waitForTask } from '../../lib/search/index-admin';
import { startRsyncDaemon, type RsyncDaemon } from '../../scripts/support/rsync-daemon';
import { alertContext, exitOf, resetAlerts, spawnCommand, TEST_FROM, TEST_SITE, tokenOf } from '../support/alerts';
import { resetDatabase, testRuntime } from '../support/fixtures';
import { layOutParldata } from '../support/parldata-fixture';
import { linksOf, startTestSmtpServer, type TestSmtpServer } from '../support/smtp-server';
import { findContributions } from '../support/inventory';

const rt = testRuntime('it_alerts_sync');
const work = mkdtempSync(path.join(os.tmpdir(), 'alerts-sync-'));
let daemon: RsyncDaemon;
let smtp: TestSmtpServer;

function runSyncCommand() {
  return exitOf(
    spawnCommand(rt, 'sync.ts', ['--source', daemon.url, '--no-members', '--kinds', 'debates'], { SMTP_URL: smtp.url, DATA_DIR: path.join(work, 'data') }),
  );
}

beforeAll(async () => {
  await resetDatabase(rt.db);
  await resetAlerts(rt.db);
  const index = await ensureIndex(rt.search, rt.indexName);
  await waitForTask(index.deleteAllDocuments(), 'clearing the test index');
  layOutParldata(path.join(work, 'parldata'));
  daemon = await startRsyncDaemon(path.join(work, 'parldata'));
  smtp = await startTestSmtpServer();
}, 120_000);

afterAll(async () => {
  await daemon?.kill();
  await smtp?.stop();
  rmSync(work, { recursive: true, force: true });
  await rt.db.$disconnect();
});

describe('npm run sync delivers alerts', () => {
  it('one digest with what the sync stored, and nothing after a sync that brings nothing', async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, from: TEST_FROM, outboxDir: work });
    expect(await requestAlert(alertContext(rt, mailer), { email: 'watcher@example.org', search: 'q=Afghanistan', frequency: 'immediate' }, '10.2.0.1')).toEqual(
      { ok: true },
    );
    await sendQueuedMessages(rt.db, mailer);
    mailer.close();
    const [confirmation] = await smtp.waitFor(1);
    expect(await confirmAlert(rt.db, tokenOf(linksOf(confirmation).find((l) => l.includes('/alerts/confirm?'))!))).not.toBeNull();

    const first = await runSyncCommand();
    expect(first.code, first.output).toBe(0);
    expect(first.output).toMatch(/alerts: 1 due, 1 digest queued/);
    const [, digest] = await smtp.waitFor(2);
    const permalinks = linksOf(digest).filter((l) => l.startsWith(`${TEST_SITE}/c/`));
    expect(permalinks.length).toBeGreaterThan(0);
    const ids = permalinks.map((l) => l.slice(`${TEST_SITE}/c/`.length));
    const said = await findContributions(rt.db, { ids });
    expect(said).toHaveLength(ids.length);
    for (const c of said) expect(`${c.record.title} ${c.text}`).toMatch(/afghan/i);

    const second = await runSyncCommand();
    expect(second.code, second.output).toBe(0);
    expect(smtp.received).toHaveLength(2);
  }, 240_000);
});
