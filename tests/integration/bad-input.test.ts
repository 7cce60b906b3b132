/**
 * `npm run ingest` over a folder of bad files beside good ones, run as a user runs it: one clear
 * line per refused file naming it and the reason, no stack trace, the good files stored, exit
 * status 1, and a summary listing the failures. Files that are odd but readable (Latin-1, UTF-16,
 * HTML, cut off, 50,000 comments before the root) are read, not refused; a DTD entity that
 * would expand to 20 GB is refused, by ingest and by `npm run parse`.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countDocuments } from '../../lib/db/store';
import { listContributions } from '../support/inventory';
import { countPendingDocuments } from '../../lib/db/store';
import { documentId, documentKey } from '../../lib/ids';
import { ensureIndex, waitForTask } from '../../lib/search/index-admin';
import { writeBadFiles, type BadFile } from '../faults/support/bad-files';
import { runScript, type Finished } from '../faults/support/processes';
import { resetDatabase, testRuntime } from '../support/fixtures';
import { TEST_DATA_DIR } from '../support/test-services';

const rt = testRuntime('it_bad_input');
const dir = path.join(TEST_DATA_DIR, 'bad-input');
let files: BadFile[];
let run: Finished;

async function contributionsOf(name: string) {
  return listContributions(rt.db, { documentId: documentId(documentKey(name)) });
}

describe('ingest of a folder with bad files', () => {
  beforeAll(async () => {
    await resetDatabase(rt.db);
    await waitForTask((await ensureIndex(rt.search, rt.indexName)).deleteAllDocuments(), 'clearing');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    files = writeBadFiles(dir);
    run = await runScript('ingest.ts', [dir, path.join(dir, 'no-such-file.txt')], {
      DATABASE_URL: rt.services.databaseUrl,
      MEILI_URL: rt.services.meiliUrl,
      MEILI_MASTER_KEY: rt.services.meiliKey,
      MEILI_INDEX: rt.indexName,
    });
  }, 120_000);
  afterAll(async () => {
    await rt.db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits 1, with one line per bad file naming it and why, and no stack trace', () => {
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    for (const f of files.filter((x) => x.bad)) {
      const mine = lines.filter((l) => l.startsWith(path.join(dir, f.name) + ':'));
      expect(mine, f.name).toHaveLength(1);
      expect(mine[0]).toMatch(f.reason!);
    }
    expect(lines.filter((l) => l.includes('no-such-file.txt: no such file or folder'))).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at |Error:|TypeError/);
  });

  it('lists the failures in the summary, and counts the stored files', () => {
    const bad = files.filter((f) => f.bad).map((f) => f.name);
    const summary = run.stderr.slice(run.stderr.indexOf('failed files:'));
    for (const name of [...bad, 'no-such-file.txt']) expect(summary).toContain(name);
    for (const f of files.filter((x) => !x.bad)) expect(summary).not.toContain(f.name);
    expect(run.stdout).toMatch(new RegExp(`${files.length} files in .* — ${files.filter((f) => !f.bad).length} stored .*, ${bad.length + 1} failed`));
  });

  it('stores every good file, and nothing of the bad ones', async () => {
    for (const f of files) expect((await contributionsOf(f.name)).length > 0, f.name).toBe(!f.bad);
    expect(await countDocuments(rt.db)).toBe(files.filter((f) => !f.bad).length);
    expect(await countPendingDocuments(rt.db)).toBe(0);
  });

  it('decodes Latin-1 and UTF-16 to the same characters as UTF-8', async () => {
    expect((await contributionsOf('latin1.txt')).map((c) => c.text).join('\n')).toContain('It costs £5 million and the café');
    const utf16 = (await contributionsOf('utf16.txt')).map((c) => [c.speakerName, c.text]);
    const html = (await contributionsOf('page.html')).map((c) => [c.speakerName, c.text]);
    expect(utf16.length).toBe(14);
    expect(utf16.flat().join(' ')).not.toMatch(/\u0000|\ufffd/);
    // The HTML copy reads as the same contributions, and its script is not text.
    expect(html).toEqual(utf16);
    expect(html.flat().join(' ')).not.toContain('tracking = 1');
  });

  it('npm run parse: the day file after 50,000 comments parses, the 20 GB entity expansion is refused in one line', async () => {
    const comments = await runScript('parse.ts', [path.join(dir, 'comments-day.xml')], {});
    expect(comments.code, comments.stderr).toBe(0);
    expect((JSON.parse(comments.stdout) as unknown[]).length).toBeGreaterThan(0);
    const file = path.join(dir, 'entity-expansion.xml');
    const entities = await runScript('parse.ts', [file], {});
    expect(entities.code).toBe(1);
    expect(entities.stdout).toBe('');
    expect(entities.stderr.trim().split('\n')).toEqual([
      `${file}: the entities its DTD declares would add more than 1 MB of text when expanded, past the limit for one file; refused unread`,
    ]);
  }, 60_000);

  it('keeps what a cut-off file holds: fewer contributions, no invented ones', async () => {
    const whole = await contributionsOf('utf16.txt');
    const cut = await contributionsOf('truncated.txt');
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.length).toBeLessThan(whole.length);
    // Every contribution but the last (cut mid-text) is whole and in the complete file.
    for (const c of cut.slice(0, -1)) expect(whole.map((w) => w.text)).toContain(c.text);
    const last = cut[cut.length - 1].text;
    expect(whole.some((w) => w.text.startsWith(last.slice(0, 40)))).toBe(true);
  });
});
