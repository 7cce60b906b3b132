/**
 * A folder of 1,000 files with bad ones scattered through it, ingested by the CLI: each bad file
 * gets one line naming it, every good file lands whole, exit status 1, and the summary lists
 * exactly the failures.
 */
import { mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBadFiles } from './support/bad-files';
import { writeSeedCorpus } from './support/corpus';
import { recordFigures } from './support/figures';
import { runScript } from './support/processes';
import { FaultServices, FAULTS_DIR } from './support/services';
import { withServicesAndDb } from './support/services-with-db';
import { checkStore, compareIds, expectDocuments, indexedIds } from './support/verify';
import { listSearchDocumentIds } from '../support/inventory';
import { createSearchClient } from '../../lib/search/index-admin';

const INDEX = 'faults_bad_folder';
const services = new FaultServices('bad-folder', 5);
const dir = path.join(FAULTS_DIR, 'bad-folder-corpus');

describe('a folder of 1,000 files with bad ones among them', () => {
  const db = withServicesAndDb(services);

  it('reports each bad file once, stores every good one, exits 1', async () => {
    // The odd and bad files, renamed so they sort among the good ones; good files fill the folder to 1,000.
    const odd = writeBadFiles(ensureDir(path.join(FAULTS_DIR, 'bad-folder-odd')));
    const bulk = writeSeedCorpus(dir, 1000 - odd.length, 'bulk');
    const spacing = Math.floor(bulk.length / odd.length);
    const placed = odd.map((f, i) => {
      const name = `bulk-${String(i * spacing + Math.floor(spacing / 2)).padStart(5, '0')}-x-${f.name}`;
      renameSync(path.join(FAULTS_DIR, 'bad-folder-odd', f.name), path.join(dir, name));
      return { ...f, name, file: path.join(dir, name) };
    });
    const files = [...bulk, ...placed.map((p) => p.file)];
    expect(files).toHaveLength(1000);
    const bad = placed.filter((p) => p.bad);
    const good = [...bulk, ...placed.filter((p) => !p.bad).map((p) => p.file)];

    const started = Date.now();
    const run = await runScript('ingest.ts', [dir], services.env(INDEX), 280_000);
    const seconds = (Date.now() - started) / 1000;
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    for (const b of bad) {
      const mine = lines.filter((l) => l.startsWith(`${b.file}:`));
      expect(mine, b.name).toHaveLength(1);
      expect(mine[0]).toMatch(b.reason!);
    }
    const listed = run.stderr
      .slice(run.stderr.indexOf('failed files:'))
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.trim());
    expect(listed.sort()).toEqual(bad.map((b) => b.file).sort());
    expect(run.stdout).toMatch(new RegExp(`1000 files in .* — ${good.length} stored .*, ${bad.length} failed`));

    const expected = expectDocuments(good);
    const check = await checkStore(db(), expected);
    expect(check.problems).toEqual([]);
    expect(check.complete).toBe(good.length);
    const ids = compareIds(await listSearchDocumentIds(db()), await indexedIds(createSearchClient(services.meiliUrl, services.meiliKey), INDEX));
    expect(ids.missingFromIndex.length + ids.notInStore.length + ids.duplicatesInIndex).toBe(0);

    recordFigures('bad-folder', {
      files: files.length,
      badFilesRefused: bad.length,
      oddFilesRead: placed.length - bad.length,
      goodStored: check.complete,
      recordsLost: good.length - check.complete,
      seconds: Math.round(seconds),
    });
  }, 300_000);
});

function ensureDir(d: string): string {
  mkdirSync(d, { recursive: true });
  return d;
}
