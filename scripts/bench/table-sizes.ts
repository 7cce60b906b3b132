/**
 * How much disk the tables take, for the benchmark's bytes-per-contribution figures: each table
 * of a schema with its indexes and TOAST (pg_total_relation_size), largest first.
 */
import type pg from 'pg';

export interface TableSize {
  table: string;
  bytes: number;
}

/** Tables of `schema` (default: the connection's current schema, the app's) with their total size. */
export async function getTableSizes(pool: pg.Pool, schema?: string): Promise<TableSize[]> {
  const { rows } = await pool.query<{ table: string; bytes: string }>(
    `SELECT c.relname AS table, pg_total_relation_size(c.oid)::bigint AS bytes
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = COALESCE($1, current_schema()) AND c.relkind IN ('r', 'p', 'm')
     ORDER BY 2 DESC, 1`,
    [schema ?? null],
  );
  return rows.map((r) => ({ table: r.table, bytes: Number(r.bytes) }));
}
