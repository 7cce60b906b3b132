/**
 * The table sizes the benchmark divides by the contributions stored (scripts/bench/table-sizes.ts), on
 * the real Postgres: the app's tables by default, the baseline's schema only when asked for.
 */
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASELINE_SCHEMA, buildBaseline, createBaselinePool, dropBaseline } from '../../scripts/bench/fts-baseline';
import { getTableSizes } from '../../scripts/bench/table-sizes';
import { ingestFile } from '../../lib/ingest/ingest';
import { resetDatabase, testRuntime } from '../support/fixtures';
import { ROOT } from '../support/test-services';
import { getDefaultRegisterIndex } from '../../lib/members';

const rt = testRuntime('it_table_sizes');

describe('table sizes', () => {
  let pool: pg.Pool;
  beforeAll(async () => {
    await resetDatabase(rt.db);
    expect(
      (await ingestFile(path.join(ROOT, 'seeds', '000_e66c5539a422f58f.txt'), rt.db, { olderVersions: [], register: getDefaultRegisterIndex() })).kind,
    ).toBe('stored');
    pool = createBaselinePool(rt.services.databaseUrl, 1);
  });
  afterAll(async () => {
    await dropBaseline(pool);
    await pool.end();
    await rt.db.$disconnect();
  });

  it('lists the app’s tables, largest first, with the stored rows taking room', async () => {
    const sizes = await getTableSizes(pool);
    const names = sizes.map((s) => s.table);
    expect(names).toEqual(expect.arrayContaining(['Contribution', 'Record']));
    expect(sizes.find((s) => s.table === 'Contribution')!.bytes).toBeGreaterThan(0);
    expect(sizes.map((s) => s.bytes)).toEqual([...sizes.map((s) => s.bytes)].sort((a, b) => b - a));
  });

  it('keeps the baseline’s copy out of the app’s tables and reports it under its own schema', async () => {
    await buildBaseline(pool);
    const app = await getTableSizes(pool);
    const baseline = await getTableSizes(pool, BASELINE_SCHEMA);
    expect(baseline.map((s) => s.table)).toEqual(['contributions']);
    expect(baseline[0].bytes).toBeGreaterThan(0);
    expect(app.map((s) => s.table)).not.toContain('contributions');
  });
});
