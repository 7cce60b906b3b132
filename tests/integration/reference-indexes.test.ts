/**
 * Every lookup /go makes (lib/db/references.ts) can be served by an index. The statements are the
 * ones the lookups really send (captured from Prisma's query log while they run against real
 * Postgres holding the seeds and the shipped day files), each then EXPLAINed with its parameters
 * and sequential scans switched off: the planner still chooses a Seq Scan only when no index can
 * answer (or reads a whole index with no condition on it), so a lookup without an index fails
 * here whatever the table sizes.
 */
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { ReleasingPrismaPg } from '../../lib/db/adapter';
import { PrismaClient } from '../../lib/db/generated/client';
import { findBySourceId, findBySourceIdInOtherVersions, findDayRecords, findRecordsBySourceUrl, findRecordsByUin } from '../../lib/db/proxy';
import { listContributions, listRecords } from '../support/inventory';
import { sourceUrlVariants } from '../../lib/references/resolve-reference';
import { SEEDS_DIR, testRuntime } from '../support/fixtures';
import { ROOT } from '../support/test-services';
import { withSeededRuntime } from './runtime-support';

const rt = testRuntime('it_reference_indexes');

interface Statement {
  sql: string;
  params: unknown[];
}

/** A client that keeps every statement it sends, and the statements kept. */
function capturingDb(): { db: PrismaClient; statements: Statement[] } {
  const statements: Statement[] = [];
  const db = new PrismaClient({
    adapter: new ReleasingPrismaPg({ connectionString: rt.services.databaseUrl, max: 2 }),
    log: [{ emit: 'event', level: 'query' }],
  });
  db.$on('query', (e) => statements.push({ sql: e.query, params: JSON.parse(e.params) as unknown[] }));
  return { db, statements };
}

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; 'Index Cond'?: string; Plans?: PlanNode[] };

/**
 * Scans that read a whole table: a Seq Scan, or an index scan with no condition on the index (the
 * planner's way round a disabled Seq Scan when no index fits: every entry read, in index order).
 */
function wholeTableScans(node: PlanNode): string[] {
  const type = node['Node Type'];
  const whole = type === 'Seq Scan' || (/^(?:Index|Index Only|Bitmap Index) Scan$/.test(type) && !node['Index Cond']);
  const own = whole ? [`${type} ${node['Relation Name'] ?? node['Index Name'] ?? '?'}`] : [];
  return [...own, ...(node.Plans ?? []).flatMap(wholeTableScans)];
}

/** Whole-table scans the planner would make for `s` even with sequential scans off. */
async function tablesScannedWhole(client: pg.PoolClient, s: Statement): Promise<string[]> {
  await client.query('BEGIN');
  try {
    await client.query('SET LOCAL enable_seqscan = off');
    const { rows } = await client.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (FORMAT JSON) ${s.sql}`, s.params);
    return wholeTableScans(rows[0]['QUERY PLAN'][0].Plan);
  } finally {
    await client.query('ROLLBACK');
  }
}

describe('indexes behind /go lookups', () => {
  withSeededRuntime(rt, [SEEDS_DIR, path.join(ROOT, 'hansard/scrapedxml')]);

  it('every statement of a UIN, gid, gid-end, other-version, source-address and citation lookup uses an index', async () => {
    const records = await listRecords(rt.db);
    const withUin = records.find((r) => r.uin);
    const withUrl = records.find((r) => r.sourceUrl);
    const contributions = await listContributions(rt.db);
    const withGid = contributions.find((c) => c.sourceId && /\d{4}-\d{2}-\d{2}[a-z]\./.test(c.sourceId));
    // A committee gid (…/standing/standing2009-10-20_CHILDPOV_05-0_2009-10-27a.2.2) and the end its address names.
    const committeeGid = contributions.find((c) => c.sourceId?.startsWith('uk.org.publicwhip/standing/'))?.sourceId;
    const committeeEnd = committeeGid ? /_[^_]+_[^_]+$/.exec(committeeGid)?.[0] : undefined;
    const withDate = records.find((r) => r.date);
    if (!withUin?.uin || !withUrl?.sourceUrl || !withGid?.sourceId || !withDate?.date || !committeeEnd)
      throw new Error('the seeded data lacks a UIN, an address, a gid, a committee gid or a date');
    const gid = withGid.sourceId;
    const uin = withUin.uin.split(/[,;\s]+/)[0].toUpperCase();

    const { db, statements } = capturingDb();
    const lookups: Record<string, () => Promise<unknown[]>> = {
      uin: () => findRecordsByUin(uin, null, db),
      'uin on a date': () => findRecordsByUin(uin, '2009-10-26', db),
      gid: () => findBySourceId(gid, {}, db),
      'gid end': () => findBySourceId('uk.org.publicwhip/standing/', { suffix: committeeEnd }, db),
      'other versions': () => findBySourceIdInOtherVersions(gid, db),
      'source address': () => findRecordsBySourceUrl(sourceUrlVariants(withUrl.sourceUrl!), db),
      citation: () => findDayRecords({ date: withDate.date!.toISOString().slice(0, 10), house: withDate.house, venues: ['chamber'] }, db),
    };
    const pool = new pg.Pool({ connectionString: rt.services.databaseUrl, max: 1 });
    const client = await pool.connect();
    try {
      await client.query('ANALYZE "Record", "Contribution"');
      const scanned: Record<string, string[]> = {};
      for (const [name, lookup] of Object.entries(lookups)) {
        statements.length = 0;
        const found = await lookup();
        // The lookups with data behind them must find it (so their follow-up statements ran too).
        if (name === 'uin' || name === 'gid' || name === 'gid end' || name === 'source address') expect(found.length, name).toBeGreaterThan(0);
        expect(statements.length, name).toBeGreaterThan(0);
        for (const s of statements) {
          const whole = await tablesScannedWhole(client, s);
          if (whole.length) scanned[`${name}: ${s.sql.slice(0, 160)}`] = whole;
        }
      }
      expect(scanned).toEqual({});
    } finally {
      client.release();
      await pool.end();
      await db.$disconnect();
    }
  });
});
