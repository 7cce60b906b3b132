/**
 * A sync that hangs or fails lets go of the sync lock: `npm run sync` (the command, a child process)
 * against an rsync daemon stand-in on loopback that accepts the connection and then says nothing
 * stops at SYNC_MAX_DURATION with one line and exit 1, its rsync killed; one against a port where
 * nothing listens fails with one line; after each, the lock is free and the next sync from a
 * parldata folder runs and stores the day files.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countDocuments } from '../../lib/db/store';
import { withRunLock } from '../../lib/db/run-lock';
import { ensureIndex, waitForTask } from '../../lib/search/index-admin';
import { exitOf, spawnCommand } from '../support/alerts';
import { resetDatabase, testRuntime } from '../support/fixtures';
import { layOutParldata } from '../support/parldata-fixture';

const rt = testRuntime('it_sync_time_limit');
const work = mkdtempSync(path.join(os.tmpdir(), 'sync-time-limit-'));
const folder = path.join(work, 'parldata');

/** An rsync daemon that hangs: it takes connections and never sends its greeting. */
let silent: net.Server;
const connections = { opened: 0, closed: 0 };
let silentPort = 0;
let closedPort = 0;

const sync = (source: string, env: Record<string, string> = {}) =>
  exitOf(
    spawnCommand(rt, 'sync.ts', ['--source', source, '--no-members', '--kinds', 'debates', '--timeout', '600'], { DATA_DIR: path.join(work, 'data'), ...env }),
  );
const lockIsFree = async () => (await withRunLock(rt.db, 'sync', async () => 'free')) === 'free';

beforeAll(async () => {
  await resetDatabase(rt.db);
  await waitForTask((await ensureIndex(rt.search, rt.indexName)).deleteAllDocuments(), 'clearing the test index');
  layOutParldata(folder, (name) => name.startsWith('debates'));
  silent = net.createServer((socket) => {
    connections.opened++;
    socket.on('close', () => connections.closed++);
    socket.on('error', () => {});
    socket.resume(); // reads (and drops) what rsync sends, so that its end is seen
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  silentPort = (silent.address() as net.AddressInfo).port;
  // A port that was just free: nothing listens there.
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
}, 120_000);

afterAll(async () => {
  await new Promise<void>((resolve) => silent?.close(() => resolve()));
  rmSync(work, { recursive: true, force: true });
  await rt.db.$disconnect();
});

describe('a sync that hangs or fails releases the sync lock', () => {
  it('a hung source: stopped at SYNC_MAX_DURATION in one line, exit 1, rsync killed, the lock free', async () => {
    const run = await sync(`rsync://127.0.0.1:${silentPort}/parldata`, { SYNC_MAX_DURATION: '3s' });
    expect(run.code, run.output).toBe(1);
    expect(run.stderr.trim()).toBe('sync: stopped after 3s, the most one run may take (SYNC_MAX_DURATION); what it stored stays');
    expect(connections.opened).toBe(1);
    // rsync was killed with the run, not left waiting out its own 600 s.
    await expect.poll(() => connections.closed, { timeout: 10_000 }).toBe(1);
    expect(await lockIsFree()).toBe(true);
    expect(await countDocuments(rt.db)).toBe(0);
  }, 120_000);

  it('a failing source: one line naming it, exit 1, the lock free', async () => {
    const source = `rsync://127.0.0.1:${closedPort}/parldata`;
    const run = await sync(source);
    expect(run.code, run.output).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^sync: ${source}/scrapedxml/debates/: cannot list the source`));
    expect(await lockIsFree()).toBe(true);
  }, 120_000);

  it('the next sync runs and stores the day files', async () => {
    const run = await sync(folder);
    expect(run.code, run.output).toBe(0);
    expect(await countDocuments(rt.db)).toBeGreaterThan(0);
  }, 180_000);
});
