/**
 * `npm run sync` (the command, a child process) takes the sync lock for its whole run: while the
 * test holds that lock from its own connection (lib/db/run-lock.ts), a parldata sync from a folder
 * and a written-questions sync against the API stand-in both refuse with one line on stderr and
 * exit 75, leaving the stored documents and the SyncCursor as they were and asking the API
 * nothing; once the lock is released the same commands run normally.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countDocuments } from '../../lib/db/store';
import { deleteSyncCursors } from '../support/inventory';
import { withRunLock } from '../../lib/db/run-lock';
import { readSyncCursor, writeSyncCursor } from '../../lib/db/store';
import { ensureIndex, waitForTask } from '../../lib/search/index-admin';
import { exitOf, spawnCommand } from '../support/alerts';
import { resetDatabase, testRuntime } from '../support/fixtures';
import { layOutParldata } from '../support/parldata-fixture';
import { recordedListValues } from '../support/wq-api-data';
import { startWqApiStandIn, type StandIn } from '../support/wq-api-stand-in';

const rt = testRuntime('it_sync_lock');
const work = mkdtempSync(path.join(os.tmpdir(), 'sync-lock-'));
const source = path.join(work, 'parldata');
const LOCKED_LINE = 'sync: another sync is already running (it holds the sync lock); nothing done';
/** Where the questions cursor stands before the test: a run that finished through New Year's Day. */
const CURSOR = { run: null, finishedThrough: '2024-01-01' };
let api: StandIn;

const env = () => ({ DATA_DIR: path.join(work, 'data'), QUESTIONS_API_URL: api.url });
const syncParldata = () => exitOf(spawnCommand(rt, 'sync.ts', ['--source', source, '--no-members', '--kinds', 'debates'], env()));
const syncQuestions = () => exitOf(spawnCommand(rt, 'sync.ts', ['--source', 'questions', '--from', '2024-01-01', '--to', '2024-01-31'], env()));

beforeAll(async () => {
  await resetDatabase(rt.db);
  await deleteSyncCursors(rt.db);
  await writeSyncCursor(rt.db, 'questions', CURSOR);
  const index = await ensureIndex(rt.search, rt.indexName);
  await waitForTask(index.deleteAllDocuments(), 'clearing the test index');
  layOutParldata(source, (name) => name.startsWith('debates'));
  api = await startWqApiStandIn(recordedListValues());
}, 120_000);

afterAll(async () => {
  await api?.close();
  rmSync(work, { recursive: true, force: true });
  await rt.db.$disconnect();
});

describe('npm run sync takes the sync lock', () => {
  it('refuses in one line with exit 75 while another holder has the lock, and changes nothing', async () => {
    const refused = await withRunLock(rt.db, 'sync', async () => ({ parldata: await syncParldata(), questions: await syncQuestions() }));
    expect(refused).not.toBeNull();
    for (const run of [refused!.parldata, refused!.questions]) {
      expect(run.code, run.stderr).toBe(75);
      expect(run.stderr.trim()).toBe(LOCKED_LINE);
      expect(run.stdout).toBe('');
    }
    expect(await countDocuments(rt.db)).toBe(0);
    expect(await readSyncCursor(rt.db, 'questions')).toEqual(CURSOR);
    expect(api.requests).toEqual([]);
  }, 120_000);

  it('the lock of the alerts outbox is another lock: holding the sync lock does not block it', async () => {
    const inner = await withRunLock(rt.db, 'sync', () => withRunLock(rt.db, 'alerts-outbox', async () => 'ran'));
    expect(inner).toBe('ran');
    // And the sync lock is exclusive: a second holder is turned away while the first has it.
    expect(await withRunLock(rt.db, 'sync', () => withRunLock(rt.db, 'sync', async () => 'ran'))).toBeNull();
  });

  it('runs normally once the lock is released', async () => {
    const parldata = await syncParldata();
    expect(parldata.code, parldata.stderr).toBe(0);
    expect(await countDocuments(rt.db)).toBeGreaterThan(0);

    const questions = await syncQuestions();
    expect(questions.code, questions.stderr).toBe(0);
    expect(api.requests.length).toBeGreaterThan(0);
    expect(await readSyncCursor(rt.db, 'questions')).toMatchObject({ finishedThrough: '2024-01-31' });
  }, 180_000);
});
