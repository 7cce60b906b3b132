/**
 * Ingest is atomic per document: `tsx scripts/ingest.ts` over 2,000 documents is killed with
 * SIGKILL at random points — during start-up, while storing, while indexing — and restarted.
 * After every kill each stored document must hold exactly what its file parses to (no half
 * records); after the last, complete run Postgres holds every document once and Meilisearch
 * holds exactly Postgres' contributions.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countDocuments } from '../../lib/db/store';
import { countIndexedDocuments, countPendingDocuments } from '../../lib/db/store';
import { createSearchClient } from '../../lib/search/index-admin';
import { writeSeedCorpus } from './support/corpus';
import { recordFigures } from './support/figures';
import { createRandom } from './support/mutate';
import { spawnScript, runScript, type Running } from './support/processes';
import { FaultServices, FAULTS_DIR } from './support/services';
import { withServicesAndDb } from './support/services-with-db';
import { checkStore, compareIds, expectDocuments, indexedIds } from './support/verify';
import { listSearchDocumentIds } from '../support/inventory';

const DOCUMENTS = Number(process.env.KILL_DOCUMENTS ?? 2000);
const INDEX = 'faults_kill';
const services = new FaultServices('ingest-kill', 1);
const corpus = path.join(FAULTS_DIR, 'ingest-kill-corpus');

type Phase = 'start-up' | 'storing' | 'indexing';
interface Kill {
  phase: Phase;
  /** start-up: ms after spawn; storing: stored-document count to reach; indexing: -ms after all are stored (before the first batch is marked), or the indexed-document count to reach. */
  at: number;
}

/** A fixed, seeded schedule: one kill in start-up, four while storing, two while indexing. */
function killSchedule(seed: number): Kill[] {
  const r = createRandom(seed);
  const storing = Array.from({ length: 4 }, () => r.int(Math.floor(DOCUMENTS * 0.02), Math.floor(DOCUMENTS * 0.98))).sort((a, b) => a - b);
  return [
    { phase: 'start-up', at: r.int(200, 1500) },
    ...storing.map((at) => ({ phase: 'storing' as const, at })),
    { phase: 'indexing', at: -r.int(0, 400) },
    { phase: 'indexing', at: r.int(Math.floor(DOCUMENTS * 0.1), Math.floor(DOCUMENTS * 0.8)) },
  ];
}

async function waitFor(run: Running, condition: () => Promise<boolean>): Promise<boolean> {
  while (!run.exited()) {
    if (await condition()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

describe('kill -9 during a 2,000-document ingest', () => {
  const db = withServicesAndDb(services);

  it('loses and doubles nothing: every document whole, index equal to Postgres', async () => {
    const files = writeSeedCorpus(corpus, DOCUMENTS);
    const expected = expectDocuments(files);
    const expectedContributions = [...expected.values()].reduce((n, d) => n + d.records.reduce((m, r) => m + r.contributions.length, 0), 0);
    const env = services.env(INDEX);
    const kills: Array<Kill & { killed: boolean; storedAtKill: number; indexedAtKill: number }> = [];

    for (const kill of killSchedule(7)) {
      const run = spawnScript('ingest.ts', [corpus], env);
      const started = Date.now();
      let ready: boolean;
      if (kill.phase === 'start-up') {
        ready = await waitFor(run, async () => Date.now() - started >= kill.at);
      } else if (kill.phase === 'storing') {
        ready = await waitFor(run, async () => (await countDocuments(db())) >= kill.at);
      } else if (kill.at <= 0) {
        ready = await waitFor(run, async () => (await countDocuments(db())) >= DOCUMENTS);
        const indexingFrom = Date.now();
        if (ready) ready = await waitFor(run, async () => Date.now() - indexingFrom >= -kill.at);
      } else {
        ready = await waitFor(run, async () => (await countIndexedDocuments(db())) >= kill.at);
      }
      const finished = await run.kill9();
      const killed = ready && finished.signal === 'SIGKILL';
      const storedAtKill = await countDocuments(db());
      const indexedAtKill = await countIndexedDocuments(db());
      kills.push({ ...kill, killed, storedAtKill, indexedAtKill });
      // The atomicity claim, checked at the moment after each kill: no document is half there.
      const check = await checkStore(db(), expected);
      expect(check.problems, `after a kill while ${kill.phase} (${kill.at})`).toEqual([]);
    }

    const final = await runScript('ingest.ts', [corpus], env);
    expect(final.stderr).toBe('');
    expect(final.code).toBe(0);

    const check = await checkStore(db(), expected);
    expect(check.problems).toEqual([]);
    expect(check.documents).toBe(DOCUMENTS);
    expect(check.complete).toBe(DOCUMENTS);
    expect(check.contributions).toBe(expectedContributions);
    expect(await countPendingDocuments(db())).toBe(0);

    const stored = await listSearchDocumentIds(db());
    const indexed = await indexedIds(createSearchClient(services.meiliUrl, services.meiliKey), INDEX);
    const diff = compareIds(stored, indexed);
    expect(diff.missingFromIndex).toEqual([]);
    expect(diff.notInStore).toEqual([]);
    expect(diff.duplicatesInIndex).toBe(0);
    expect(indexed.length).toBe(stored.length);

    const effective = kills.filter((k) => k.killed);
    recordFigures('ingest-kill', {
      documents: DOCUMENTS,
      contributions: expectedContributions,
      killsInjected: kills.length,
      killsThatHitARunningIngest: effective.length,
      byPhase: Object.fromEntries((['start-up', 'storing', 'indexing'] as const).map((p) => [p, effective.filter((k) => k.phase === p).length])),
      kills: kills.map((k) => `${k.phase}@${k.at}: ${k.killed ? 'killed' : 'had finished'}, ${k.storedAtKill} stored, ${k.indexedAtKill} indexed`),
      halfDocumentsSeen: 0,
      recordsLost: DOCUMENTS - check.complete,
      contributionsLost: expectedContributions - check.contributions,
      indexMissing: diff.missingFromIndex.length,
      indexExtra: diff.notInStore.length,
    });
    // Every kill must have hit a running ingest, or the test proved less than it claims.
    expect(effective.length).toBe(kills.length);
  }, 600_000);
});
