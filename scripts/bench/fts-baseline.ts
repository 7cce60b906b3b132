/**
 * The benchmark's SQL. The Postgres full-text baseline it compares Meilisearch with: a copy of the
 * contributions in schema `bench_fts` (never the app's schema) with a weighted tsvector (text,
 * then speaker, then title) under a GIN index, answering the same requests — top hits by ts_rank
 * (or date), ts_headline snippets, the total, and facet counts by GROUP BY GROUPING SETS, with a
 * separate count per selected facet for disjunctive counts, as the app does.
 * Not modelled: typo tolerance (Postgres has none) and the `acts` facet (derived in JavaScript).
 */
import pg from 'pg';

export const BASELINE_SCHEMA = 'bench_fts';

/** A pool of its own for the baseline's concurrent queries (the app's Prisma client is not involved). */
export function createBaselinePool(databaseUrl: string, size = 4): pg.Pool {
  return new pg.Pool({ connectionString: databaseUrl, max: size });
}

/** Baseline facet → column; `minister` mirrors lib/search/documents.ts in SQL. */
const FACET_COLUMNS = {
  speaker: 'speaker',
  minister: 'minister',
  party: 'party',
  house: 'house',
  kind: 'kind',
  type: 'type',
  department: 'department',
  year: 'year',
} as const;
type BaselineFacet = keyof typeof FACET_COLUMNS;
const FACETS = Object.keys(FACET_COLUMNS) as BaselineFacet[];

/** The parts of a search request (lib/search/search-params.ts SearchRequest) the baseline answers. */
export interface BaselineRequest {
  q: string;
  facets: Record<BaselineFacet, string[]>;
  from: string | null;
  to: string | null;
  sort: string;
  page: number;
  perPage: number;
}

const GOVERNMENT_OFFICE = String.raw`\m(minister|secretary of state|solicitor[- ]general|attorney[- ]general|advocate[- ]general|whip|lord privy seal|leader of the house|chancellor|paymaster|prime minister|under-secretary)\M`;

/** Builds the baseline table and its indexes from the app's tables; returns seconds taken. */
export async function buildBaseline(pool: pg.Pool): Promise<number> {
  const started = performance.now();
  const s = BASELINE_SCHEMA;
  await pool.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await pool.query(`CREATE SCHEMA ${s}`);
  await pool.query(`
    CREATE TABLE ${s}.contributions AS
    SELECT c.id, c."recordId" AS record_id, c.position, c.text, c."speakerName" AS speaker, c.party, r.house, r.kind, c.type, r.department,
           r.title, (COALESCE(c.date, r.date) - DATE '1970-01-01') AS day, EXTRACT(YEAR FROM COALESCE(c.date, r.date))::int AS year,
           CASE WHEN c."speakerName" IS NOT NULL AND (c.type = 'answer' OR c.role ~* '${GOVERNMENT_OFFICE}') THEN c."speakerName" END AS minister,
           setweight(to_tsvector('english', c.text), 'A') || setweight(to_tsvector('english', COALESCE(c."speakerName", '')), 'B')
             || setweight(to_tsvector('english', r.title), 'C') AS tsv
    FROM "Contribution" c JOIN "Record" r ON r.id = c."recordId"`);
  await pool.query(`CREATE INDEX ON ${s}.contributions USING gin (tsv)`);
  await pool.query(`CREATE INDEX ON ${s}.contributions (day DESC, position)`);
  await pool.query(`ANALYZE ${s}.contributions`);
  return (performance.now() - started) / 1000;
}

export async function dropBaseline(pool: pg.Pool): Promise<void> {
  await pool.query(`DROP SCHEMA IF EXISTS ${BASELINE_SCHEMA} CASCADE`);
}

/** A request as SQL pieces: the WHERE clause (optionally without one facet's selection) and its values. */
export function toBaselineWhere(request: BaselineRequest, exclude?: BaselineFacet): { where: string; values: unknown[]; hasQuery: boolean } {
  const values: unknown[] = [];
  const clauses: string[] = [];
  const hasQuery = request.q.trim() !== '';
  if (hasQuery) {
    values.push(request.q);
    clauses.push(`tsv @@ websearch_to_tsquery('english', $${values.length})`);
  }
  for (const facet of FACETS) {
    const selected = request.facets[facet];
    if (!selected.length || facet === exclude) continue;
    values.push(facet === 'year' ? selected.map(Number) : selected);
    clauses.push(`${FACET_COLUMNS[facet]} = ANY($${values.length})`);
  }
  const toDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
  if (request.from) {
    values.push(toDay(request.from));
    clauses.push(`day >= $${values.length}`);
  }
  if (request.to) {
    values.push(toDay(request.to));
    clauses.push(`day <= $${values.length}`);
  }
  return { where: clauses.length ? clauses.join(' AND ') : 'TRUE', values, hasQuery };
}

export interface BaselineResult {
  total: number;
  hits: Array<{ id: string; snippet: string }>;
  facets: Record<string, Record<string, number>>;
}

/** Answers one request the way /api/search does, with the queries running concurrently on the pool. */
export async function searchBaseline(pool: pg.Pool, request: BaselineRequest): Promise<BaselineResult> {
  const s = BASELINE_SCHEMA;
  const main = toBaselineWhere(request);
  const offset = (request.page - 1) * request.perPage;
  const tsq = main.hasQuery ? `websearch_to_tsquery('english', $1)` : null;
  const order = request.sort === 'newest' || !tsq ? 'day DESC, position' : request.sort === 'oldest' ? 'day ASC, position' : `ts_rank(tsv, ${tsq}) DESC`;
  const hitsSql = `
    SELECT id, ${tsq ? `ts_headline('english', text, ${tsq}, 'MaxWords=40, MinWords=20, StartSel=<mark>, StopSel=</mark>')` : 'left(text, 240)'} AS snippet
    FROM (SELECT id, text, day, position${tsq ? ', tsv' : ''} FROM ${s}.contributions WHERE ${main.where} ORDER BY ${order} LIMIT ${request.perPage} OFFSET ${offset}) top
    ORDER BY ${order}`;
  const unselected = FACETS.filter((f) => !request.facets[f].length);
  const cols = unselected.map((f) => FACET_COLUMNS[f]);
  const groupingSql = `
    SELECT ${[...cols, cols.length ? `GROUPING(${cols.join(', ')})` : '0'].join(', ')} AS g, count(*)::int AS n
    FROM ${s}.contributions WHERE ${main.where}
    GROUP BY GROUPING SETS (${[...cols.map((c) => `(${c})`), '()'].join(', ')})`;
  const selected = FACETS.filter((f) => request.facets[f].length);
  const [hits, grouped, ...own] = await Promise.all([
    pool.query(hitsSql, main.values),
    pool.query(groupingSql, main.values),
    ...selected.map((f) => {
      const w = toBaselineWhere(request, f);
      return pool.query(`SELECT ${FACET_COLUMNS[f]} AS value, count(*)::int AS n FROM ${s}.contributions WHERE ${w.where} GROUP BY 1`, w.values);
    }),
  ]);
  const facets: Record<string, Record<string, number>> = Object.fromEntries(FACETS.map((f) => [f, {}]));
  let total = 0;
  // GROUPING() sets bit (n-1-i) when column i is aggregated away: the row of set (cols[i]) has only that bit clear.
  const allBits = (1 << cols.length) - 1;
  for (const row of grouped.rows as Array<Record<string, unknown> & { g: number; n: number }>) {
    if (row.g === allBits) {
      total = row.n;
      continue;
    }
    const i = cols.findIndex((_, j) => (row.g & (1 << (cols.length - 1 - j))) === 0);
    const value = i >= 0 ? row[cols[i]] : null;
    if (i >= 0 && value !== null) facets[unselected[i]][String(value)] = row.n;
  }
  selected.forEach((f, i) => {
    for (const row of own[i].rows as Array<{ value: unknown; n: number }>) if (row.value !== null) facets[f][String(row.value)] = row.n;
  });
  for (const f of FACETS) facets[f] = topValues(facets[f], 300);
  return { total, hits: hits.rows as BaselineResult['hits'], facets };
}

/** The `limit` most frequent values, as Meilisearch's maxValuesPerFacet keeps them. */
function topValues(counts: Record<string, number>, limit: number): Record<string, number> {
  return Object.fromEntries(
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit),
  );
}

/** The database's size on disk (the benchmark reports it beside Meilisearch's). */
export async function getDatabaseSizeBytes(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ size: string }>(`SELECT pg_database_size(current_database())::bigint AS size`);
  return Number(rows[0].size);
}

/** Up to `limit` record ids in a stable pseudo-random order (the record pages the load test asks for). */
export async function sampleRecordIds(pool: pg.Pool, limit: number): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(`SELECT id FROM "Record" ORDER BY md5(id) LIMIT $1`, [limit]);
  return rows.map((r) => r.id);
}
