/** The full-sync bench's parldata tree: every kind, days in two versions whose redirects land, the last day held back. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DAY_FILE_KINDS, groupDayFileVersions, parseDayFileName } from '../../../lib/day-files';
import { contributionIdForSource } from '../../../lib/ids';
import { readGidRedirects } from '../../../lib/parse/parlparse/gid-redirects';
import { writeCorpus } from '../../../scripts/bench/corpus';
import { SOURCES } from '../../../scripts/bench/options';
import { addNextDay, KINDS_NOT_IN_BENCH_TREE, layOutParldataTree } from '../../../scripts/bench/parldata-tree';

const work = mkdtempSync(path.join(tmpdir(), 'parldata-tree-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const kindFiles = (root: string, kind: string) => (existsSync(path.join(root, 'scrapedxml', kind)) ? readdirSync(path.join(root, 'scrapedxml', kind)) : []);

describe('the bench corpus laid out as parldata', async () => {
  const corpus = path.join(work, 'corpus');
  await writeCorpus({ dir: corpus, contributions: 4000, seed: 7, mode: 'synthetic', sources: SOURCES });
  const tree = layOutParldataTree(corpus, SOURCES.realSamples, path.join(work, 'tree'));

  it('holds every kind sync takes (but those no file of exists here), each file in its kind folder under a day-file name', () => {
    for (const kind of DAY_FILE_KINDS.filter((k) => !KINDS_NOT_IN_BENCH_TREE.includes(k))) {
      const files = kindFiles(tree.root, kind);
      expect(files.length, kind).toBeGreaterThan(0);
      for (const f of files) expect(parseDayFileName(f)?.kind).toBe(kind);
    }
  });

  it('publishes some days twice: the older version only redirects renumbered gids to speeches of the latest', () => {
    expect(tree.versioned).toBeGreaterThan(0);
    let redirects = 0;
    for (const kind of DAY_FILE_KINDS) {
      const { days } = groupDayFileVersions(kindFiles(tree.root, kind), (f) => f);
      for (const day of days.filter((d) => d.older.length)) {
        const older = readFileSync(path.join(tree.root, 'scrapedxml', kind, day.older[0]), 'utf8');
        const latest = readFileSync(path.join(tree.root, 'scrapedxml', kind, day.latest), 'utf8');
        expect(older).toContain('latest="no"');
        const pairs = readGidRedirects(older);
        expect(pairs.length).toBeGreaterThan(0);
        for (const p of pairs) {
          expect(latest).toContain(`id="${p.newGid}"`);
          expect(latest).not.toContain(`id="${p.oldGid}"`);
          expect(contributionIdForSource(p.oldGid)).not.toBe(contributionIdForSource(p.newGid));
        }
        redirects += pairs.length;
      }
    }
    expect(redirects).toBeGreaterThan(0);
  });

  it('holds the newest day file of each kind back until it is added', () => {
    // One per kind the generator writes (six ParlParse kinds).
    expect(new Set(tree.nextDay.files.map((f) => path.dirname(f.to))).size).toBe(tree.nextDay.files.length);
    expect(tree.nextDay.files.length).toBe(6);
    const present = () => tree.nextDay.files.filter((f) => existsSync(path.join(tree.root, f.to))).length;
    expect(present()).toBe(0);
    expect(addNextDay(tree)).toBe(tree.nextDay.files.length);
    expect(present()).toBe(tree.nextDay.files.length);
  });
});
