/**
 * One variant of the settings sweep (`npm run bench:settings`, decision 023): built from the
 * documents in Postgres through the code `npm run reindex` runs, then measured — bytes on disk per
 * contribution (its LMDB file, the pages in use, the stored documents, and what a snapshot's
 * compaction leaves), indexing seconds, search latency over the bench query mix with every facet,
 * and what each query and probe finds, so a variant that changes results shows it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Meilisearch } from 'meilisearch';
import type { Db } from '../../lib/db/client';
import { rebuildIndex } from '../../lib/ingest/index-documents';
import { waitForTask } from '../../lib/search/index-admin';
import { searchContributions } from '../../lib/search/run-search';
import { parseSearchParams } from '../../lib/search/search-params';
import { measureLatency, round, runMeili } from './measure';
import type { BenchQuery } from './queries';
import type { SettingsVariant } from './settings-variants';
import type { Summary } from './stats';

export interface SweepContext {
  db: Db;
  /** For writes and stats (fetch transport). */
  admin: Meilisearch;
  /** For searches: the transport the app server uses. */
  search: Meilisearch;
  /** The bench services' data dir (Meilisearch's database is its `meilisearch/`, snapshots its `snapshots/`). */
  dataDir: string;
}

/** What a search found: its total and the ids of its first page, or why it failed. */
export type Answer = { total: number; ids: string[] } | { error: string };

export interface VariantResult {
  name: string;
  change: string;
  documents: number;
  /** Its LMDB file (what the disk holds), the pages of it in use, and the stored documents alone. */
  bytesPerContribution: number;
  usedBytesPerContribution: number;
  documentBytesPerContribution: number;
  /** The variant's data.mdb in a snapshot (Meilisearch compacts each index into it); null when not asked. */
  compactedBytesPerContribution: number | null;
  /** Wall time of the rebuild (Postgres read, documents made and sent, Meilisearch indexing). */
  indexSeconds: number;
  /** Meilisearch's own time: the durations of the batches that indexed it. */
  engineSeconds: number;
  /** Every query of the mix that did not fail, all facets counted, as the app asks. */
  search: Summary | null;
  perQueryP95: Record<string, number>;
  answers: Record<string, Answer>;
}

const indexesDir = (ctx: SweepContext) => path.join(ctx.dataDir, 'meilisearch', 'indexes');
const listIndexDirs = (ctx: SweepContext) => new Set(existsSync(indexesDir(ctx)) ? readdirSync(indexesDir(ctx)) : []);

/** Builds, measures and (unless `keep`) deletes one variant under `indexName`. */
export async function measureVariant(
  ctx: SweepContext,
  variant: SettingsVariant,
  indexName: string,
  o: { queries: BenchQuery[]; probes: (indexName: string) => Promise<BenchQuery[]>; rounds: number; compaction: boolean; log: (line: string) => void },
): Promise<VariantResult> {
  const dirsBefore = listIndexDirs(ctx);
  const statsBefore = await ctx.admin.getStats();
  const t0 = performance.now();
  await rebuildIndex(ctx.db, ctx.admin, indexName, { shape: variant.shape });
  const indexSeconds = round((performance.now() - t0) / 1000);
  const statsAfter = await ctx.admin.getStats();
  const uuid = [...listIndexDirs(ctx)].find((d) => !dirsBefore.has(d));
  if (!uuid) throw new Error(`cannot find the directory of index ${indexName} under ${indexesDir(ctx)}`);
  const fileBytes = statSync(path.join(indexesDir(ctx), uuid, 'data.mdb')).size;
  const indexStats = await ctx.admin.index(indexName).getStats();
  const documents = indexStats.numberOfDocuments;
  const per = (bytes: number) => Math.round(bytes / documents);
  // The tasks' own database grows a little too (the variant's tasks): a few bytes per contribution at most.
  const usedBytes = statsAfter.usedDatabaseSize - statsBefore.usedDatabaseSize;
  o.log(`  built in ${indexSeconds} s: ${per(fileBytes)} bytes per contribution (${per(usedBytes)} in use)`);

  const compacted = o.compaction ? await snapshotIndexBytes(ctx, uuid) : null;
  if (compacted !== null) o.log(`  compacted (snapshot): ${per(compacted)} bytes per contribution`);

  const probes = await o.probes(indexName);
  const answers: Record<string, Answer> = {};
  for (const q of [...o.queries, ...probes]) answers[q.name] = await answer(ctx.search, indexName, q);
  const timed = o.queries.filter((q) => !('error' in answers[q.name]));
  const latency = timed.length ? await measureLatency(timed, o.rounds, runMeili(ctx.search, indexName)) : null;
  if (latency) o.log(`  search p50 ${latency.overall.p50} ms, p95 ${latency.overall.p95} ms over ${timed.length} queries`);

  return {
    name: variant.name,
    change: variant.change,
    documents,
    bytesPerContribution: per(fileBytes),
    usedBytesPerContribution: per(usedBytes),
    documentBytesPerContribution: per(indexStats.rawDocumentDbSize ?? 0),
    compactedBytesPerContribution: compacted === null ? null : per(compacted),
    indexSeconds,
    engineSeconds: await engineSeconds(ctx.admin, indexName),
    search: latency?.overall ?? null,
    perQueryP95: Object.fromEntries((latency?.perQuery ?? []).map((q) => [q.name, q.ms.p95])),
    answers,
  };
}

export async function dropIndex(ctx: SweepContext, indexName: string): Promise<void> {
  await waitForTask(ctx.admin.deleteIndex(indexName), `deleting ${indexName}`);
}

async function answer(search: Meilisearch, indexName: string, q: BenchQuery): Promise<Answer> {
  try {
    const outcome = await searchContributions(search, indexName, q.request);
    if (!outcome.ok) return { error: outcome.error };
    return { total: outcome.result.total, ids: outcome.result.hits.map((h) => h.id) };
  } catch (e) {
    return { error: (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 120) };
  }
}

/** Sum of the durations of the batches that processed the index's tasks (a batch's tasks share one duration). */
async function engineSeconds(admin: Meilisearch, indexName: string): Promise<number> {
  const byBatch = new Map<number, number>();
  let from: number | undefined;
  for (;;) {
    const page = await admin.tasks.getTasks({ indexUids: [indexName], limit: 1000, ...(from !== undefined ? { from } : {}) });
    for (const t of page.results) if (t.batchUid !== null) byBatch.set(t.batchUid, isoSeconds(t.duration));
    if (page.next == null) break;
    from = page.next;
  }
  return round([...byBatch.values()].reduce((a, b) => a + b, 0));
}

function isoSeconds(d: string | null | undefined): number {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(d ?? '');
  return m ? Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) : 0;
}

/**
 * The size of the index's data.mdb inside a fresh snapshot: Meilisearch 1.21 copies each index into
 * a snapshot with LMDB's compaction (unless --experimental-no-snapshot-compaction), so this is
 * the index with no free pages — what importing that snapshot would leave on disk.
 */
async function snapshotIndexBytes(ctx: SweepContext, uuid: string): Promise<number> {
  const dir = path.join(ctx.dataDir, 'snapshots');
  rmSync(dir, { recursive: true, force: true });
  await waitForTask(ctx.admin.createSnapshot(), 'creating a snapshot');
  const file = readdirSync(dir).find((f) => f.endsWith('.snapshot'));
  if (!file) throw new Error(`no snapshot file in ${dir}`);
  try {
    const listing = spawnSync('tar', ['-tvzf', path.join(dir, file)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (listing.status !== 0) throw new Error(`tar could not list ${file}: ${listing.stderr.trim()}`);
    const line = listing.stdout.split('\n').find((l) => l.endsWith(`indexes/${uuid}/data.mdb`));
    const bytes = line ? Number(line.trim().split(/\s+/)[2]) : NaN;
    if (!Number.isFinite(bytes)) throw new Error(`no indexes/${uuid}/data.mdb in ${file}`);
    return bytes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Searches for what each trimmed searchable attribute gives a user, with values read from the
 * index itself: a question number, a department, a role, a speaker's surname, a debate title, a
 * word cut short as the search box sends it while someone types, and a phrase whose words occur
 * together but seldom in that order.
 */
export async function findProbes(admin: Meilisearch, indexName: string): Promise<BenchQuery[]> {
  const index = admin.index(indexName);
  const sample = await index.search('', {
    limit: 1000,
    attributesToRetrieve: ['uins', 'role', 'recordTitle', 'speakerName'],
    facets: ['department', 'speakerName'],
  });
  const docs = sample.hits as Array<{ uins?: string[]; role?: string | null; recordTitle?: string; speakerName?: string | null }>;
  const top = (facet: string) => Object.entries(sample.facetDistribution?.[facet] ?? {}).sort((a, b) => b[1] - a[1])[0]?.[0];
  const withUin = await index.search('', { filter: 'uins EXISTS AND uins IS NOT EMPTY', limit: 1, attributesToRetrieve: ['uins'] });
  const uin = (withUin.hits[0] as { uins?: string[] } | undefined)?.uins?.[0];
  const role = docs.find((d) => d.role && d.role.split(/\s+/).length >= 2)?.role;
  const title = docs.find((d) => d.recordTitle && d.recordTitle.split(/\s+/).length >= 2)?.recordTitle;
  const surname = top('speakerName')?.split(/\s+/).pop();
  const probes: Array<[string, string | undefined]> = [
    ['probe: question number', uin],
    ['probe: department', top('department')],
    ['probe: role', role ?? undefined],
    ['probe: speaker surname', surname],
    ['probe: debate title', title],
    ['probe: word being typed', 'climate chan'],
    // A phrase is exact: these two words rarely follow each other in this order (the bench's phrase is "climate change").
    ['probe: phrase, words swapped', '"change climate"'],
  ];
  return probes
    .filter((p): p is [string, string] => !!p[1])
    .map(([name, q]) => {
      const params = new URLSearchParams({ q: q.startsWith('"') ? q : q.replace(/["()]/g, ' ').slice(0, 200) }).toString();
      const parsed = parseSearchParams(new URLSearchParams(params));
      if (!parsed.ok) throw new Error(`probe ${name} (${params}) is not a valid search: ${parsed.error}`);
      return { name, params, request: parsed.value };
    });
}
