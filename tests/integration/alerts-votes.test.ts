/**
 * A member alert carries the member's votes: after the alert is confirmed, a sync of a real
 * Commons day file with divisions (from a real rsync daemon on loopback, with the register
 * converted from the shared people.json) yields one digest naming each division the member voted
 * in, with the vote; a member of the register who neither spoke nor voted that day gets nothing.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDueAlerts } from '../../lib/alerts/deliver';
import { confirmAlert } from '../../lib/alerts/manage';
import { createMailer, sendQueuedMessages } from '../../lib/alerts/mailer';
import { requestAlert } from '../../lib/alerts/signup';
import { runSync } from '../../lib/sync/run-sync';
import { startRsyncDaemon, type RsyncDaemon } from '../../scripts/support/rsync-daemon';
import { alertContext, resetAlerts, TEST_FROM, TEST_SITE, tokenOf } from '../support/alerts';
import { resetStores, testRuntime } from '../support/fixtures';
import { layOutParldata, parldataSyncOptions, realSampleFiles, writeMembersSource } from '../support/parldata-fixture';
import { linksOf, startTestSmtpServer, type TestSmtpServer } from '../support/smtp-server';

const rt = testRuntime('it_alerts_votes');
const work = mkdtempSync(path.join(os.tmpdir(), 'alerts-votes-'));
const parldata = path.join(work, 'parldata');
let daemon: RsyncDaemon;
let smtp: TestSmtpServer;

/** The real Commons day file with divisions, and every member id it names (speakers and voters alike). */
const commons = realSampleFiles().find((f) => f.kind === 'debates' && /<division /.test(readFileSync(f.file, 'latin1')))!;
const xml = readFileSync(commons.file, 'latin1');
const listedIds = [...xml.matchAll(/<mpname [^>]*id="(uk\.org\.publicwhip\/member\/\d+)"/g)].map((m) => m[1]);
const namedIds = [...new Set([...xml.matchAll(/uk\.org\.publicwhip\/member\/\d+/g)].map((m) => m[0]))];

beforeAll(async () => {
  await resetStores(rt);
  await resetAlerts(rt.db);
  writeMembersSource(path.join(work, 'members'));
  // The register first, with no day file yet: the alerts are confirmed before the day arrives.
  mkdirSync(path.join(parldata, 'scrapedxml', 'debates'), { recursive: true });
  daemon = await startRsyncDaemon(parldata);
  expect((await runSync(parldataSyncOptions(rt, work, daemon.url))).failed).toEqual([]);
  smtp = await startTestSmtpServer();
}, 180_000);

afterAll(async () => {
  await daemon?.kill();
  await smtp?.stop();
  rmSync(work, { recursive: true, force: true });
  await rt.db.$disconnect();
});

/** A person's name the register gives once only, so the speaker filter names nobody else. */
async function uniqueNameOf(where: string, ids: string[]): Promise<string> {
  const [row] = await rt.db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT p.name FROM "Person" p WHERE ${where} AND (SELECT count(*) FROM "Person" q WHERE q.name = p.name) = 1 ORDER BY p.id LIMIT 1`,
    ids,
  );
  return row.name;
}

describe('a member alert and the divisions the member voted in', () => {
  it('one digest naming each division the member voted in, with the vote; nothing for a member who did not vote', async () => {
    expect(listedIds.length).toBeGreaterThan(0);
    const voter = await uniqueNameOf(`EXISTS (SELECT 1 FROM "Membership" m WHERE m."personId" = p.id AND m.id = ANY($1::text[]))`, listedIds);
    const absent = await uniqueNameOf(`NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."personId" = p.id AND m.id = ANY($1::text[]))`, namedIds);

    const mailer = createMailer({ smtpUrl: smtp.url, from: TEST_FROM, outboxDir: work });
    const ctx = alertContext(rt, mailer);
    for (const [email, name] of [
      ['voter@example.org', voter],
      ['absent@example.org', absent],
    ]) {
      expect(await requestAlert(ctx, { email, search: new URLSearchParams({ speaker: name }).toString(), frequency: 'immediate' }, '10.7.0.1')).toEqual({
        ok: true,
      });
    }
    await sendQueuedMessages(rt.db, mailer);
    for (const mail of await smtp.waitFor(2)) {
      expect(await confirmAlert(rt.db, tokenOf(linksOf(mail).find((l) => l.includes('/alerts/confirm?'))!))).not.toBeNull();
    }

    layOutParldata(parldata, (name) => name === commons.name);
    expect((await runSync(parldataSyncOptions(rt, work, daemon.url))).failed).toEqual([]);
    expect((await deliverDueAlerts(ctx)).digests).toBe(1);
    await sendQueuedMessages(rt.db, mailer);
    const received = await smtp.waitFor(3);
    mailer.close();
    expect(received).toHaveLength(3);
    const digest = received[2];
    expect(digest.to).toEqual(['voter@example.org']);

    // What Postgres holds: the divisions they voted in, with the vote.
    const cast = await rt.db.$queryRawUnsafe<{ divisionId: string; vote: string }[]>(
      `SELECT v."divisionId", v.vote FROM "Vote" v JOIN "Person" p ON p.id = v."personId" WHERE p.name = $1 ORDER BY v."divisionId", v.position`,
      voter,
    );
    expect(cast.length).toBeGreaterThan(0);
    const divisionLinks = linksOf(digest).filter((l) => l.startsWith(`${TEST_SITE}/divisions/`));
    expect([...new Set(divisionLinks)].sort()).toEqual([...new Set(cast.map((c) => `${TEST_SITE}/divisions/${c.divisionId}`))].sort());
    const words = { aye: 'Aye', no: 'No' } as Record<string, string>;
    for (const c of cast) expect(digest.parsed.text).toContain(`${voter} voted ${words[c.vote]}`);
    expect(digest.parsed.subject).toContain(`Everything said by ${voter}, and their votes`);

    // Delivered once: a second run finds nothing new.
    expect((await deliverDueAlerts(ctx)).digests).toBe(0);
  }, 240_000);
});
