/**
 * Stores one parsed document in Postgres in one transaction: its records, contributions,
 * divisions with their votes, and speakers (rows from lib/db/store/document-rows.ts) replace what the document held before.
 * Contributions that disappear leave an alias: to the contribution now at their place (changed
 * text → 301) or to nothing (removed → 410). The document is marked as waiting for the index.
 */
import type pg from 'pg';
import { pgPoolOf, type Db } from '../client';
import { withPoolClient } from '../pool-client';
import { DIVISION_COLUMNS, VOTE_COLUMNS } from './division-rows';
import { CONTRIBUTION_COLUMNS, RECORD_COLUMNS, SPEAKER_COLUMNS, toDocumentRows, type DocumentRows, type DocumentToStore } from './document-rows';
import { writeContributionRedirects, type ContributionRedirect } from './gid-aliases';

export interface StoredDocument {
  documentId: string;
  records: number;
  contributions: number;
  /** Old contribution ids that now redirect as the source's gid redirects say. */
  redirected: number;
}

/** Maps the document to its rows and writes them. */
export async function storeDocument(db: Db, doc: DocumentToStore): Promise<StoredDocument> {
  const rows = toDocumentRows(doc);
  const redirected = await writeDocumentRows(db, rows, doc.redirects);
  return { documentId: rows.document.id, records: rows.records.length, contributions: rows.contributions.length, redirected };
}

/**
 * Replaces a document's rows in one transaction, on a plain pg connection rather than through
 * Prisma: the raw text and the rows' JSON would each be copied four or five times by Prisma's
 * request serialisation and Wasm query compiler (pgPoolOf, lib/db/client.ts).
 */
export async function writeDocumentRows(db: Db, rows: DocumentRows, redirects: readonly ContributionRedirect[] = []): Promise<number> {
  const { document } = rows;
  let redirected = 0;
  await inTransaction(await pgPoolOf(db), async (client) => {
    // A document seen for the first time has no rows, contributions or aliases to replace: the
    // common case of a bulk ingest skips that bookkeeping.
    const existed = (await client.query('SELECT 1 FROM "SourceDocument" WHERE id = $1', [document.id])).rowCount !== 0;
    const before = existed ? await contributionsOf(client, document.id) : [];
    if (existed) await client.query('DELETE FROM "Record" WHERE "documentId" = $1', [document.id]); // contributions cascade
    await client.query(
      `INSERT INTO "SourceDocument" (id, "sourceKey", "fileName", sha256, format, "rawText", "ingestedAt", "indexedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7::timestamp(3), NULL)
       ON CONFLICT (id) DO UPDATE SET "fileName" = $3, sha256 = $4, format = $5, "rawText" = $6, "ingestedAt" = $7::timestamp(3), "indexedAt" = NULL`,
      // A UTC ISO string cast to timestamp(3) is what Prisma writes for a DateTime.
      [document.id, document.sourceKey, document.fileName, document.sha256, document.format, document.rawText, new Date().toISOString()],
    );
    // Rows go in as one JSON parameter each: Prisma's createMany compiled every row of a large
    // document in its Wasm query compiler (≈ 40 % of ingest CPU, and the Wasm heap never shrinks).
    if (rows.speakers.length) await insertRows(client, 'Speaker', SPEAKER_COLUMNS, rows.speakers, 'ON CONFLICT DO NOTHING');
    await insertRows(client, 'Record', RECORD_COLUMNS, rows.records);
    if (rows.contributions.length) await insertRows(client, 'Contribution', CONTRIBUTION_COLUMNS, rows.contributions);
    // Divisions cascade from their records: a later version of the day writes the same ids again.
    if (rows.divisions.length) await insertRows(client, 'Division', DIVISION_COLUMNS, rows.divisions);
    if (rows.votes.length) await insertRows(client, 'Vote', VOTE_COLUMNS, rows.votes);
    if (existed) await writeAliases(client, before, rows.contributions);
    // After the guesses by position: the source's own redirects (gidredirect) override them.
    if (redirects.length) redirected = await writeContributionRedirects(client, redirects);
  });
  return redirected;
}

/**
 * One INSERT of many rows from a single JSON parameter; json_populate_recordset types every field
 * by the table's own columns (dates as YYYY-MM-DD, arrays as JSON arrays, JSON as JSON, null as NULL).
 * Table and column names are our constants, never input.
 */
async function insertRows(client: pg.PoolClient, table: string, columns: string[], rows: object[], conflict = ''): Promise<void> {
  const list = columns.map((c) => `"${c}"`).join(', ');
  await client.query(`INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json) ${conflict}`, [
    JSON.stringify(rows),
  ]);
}

/**
 * BEGIN … COMMIT on one pooled connection. A connection whose ROLLBACK fails (it died) is dropped
 * from the pool rather than given back.
 */
async function inTransaction(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  await withPoolClient(pool, async (client, discard) => {
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(discard);
      throw e;
    }
  });
}

interface PlacedContribution {
  id: string;
  recordId: string;
  position: number;
}

async function contributionsOf(client: pg.PoolClient, docId: string): Promise<PlacedContribution[]> {
  const { rows } = await client.query<PlacedContribution>(
    'SELECT c.id, c."recordId", c.position FROM "Contribution" c JOIN "Record" r ON r.id = c."recordId" WHERE r."documentId" = $1',
    [docId],
  );
  return rows;
}

/**
 * After a document replaced its previous version (`before`): a contribution that came back is no
 * longer an alias; one that is gone becomes an alias to the new contribution at its place (changed
 * text) or to nothing (removed), and aliases that pointed at it follow it.
 */
async function writeAliases(client: pg.PoolClient, before: PlacedContribution[], live: PlacedContribution[]): Promise<void> {
  const liveIds = new Set(live.map((c) => c.id));
  const previousIds = new Set(before.map((c) => c.id));
  const newAt = new Map(live.filter((c) => !previousIds.has(c.id)).map((c) => [`${c.recordId}:${c.position}`, c.id]));
  const gone = before.filter((c) => !liveIds.has(c.id));
  if (liveIds.size) await client.query('DELETE FROM "ContributionAlias" WHERE "oldId" = ANY($1::text[])', [[...liveIds]]);
  if (!gone.length) return;
  const oldIds = gone.map((c) => c.id);
  // A replacement is always a contribution new to this document, never one of the gone ids, so
  // the order of these updates does not matter.
  const newIds = gone.map((c) => newAt.get(`${c.recordId}:${c.position}`) ?? null);
  await client.query(
    `INSERT INTO "ContributionAlias" ("oldId", "newId", "recordId")
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
     ON CONFLICT ("oldId") DO UPDATE SET "newId" = EXCLUDED."newId", "recordId" = EXCLUDED."recordId"`,
    [oldIds, newIds, gone.map((c) => c.recordId)],
  );
  // Aliases that pointed at a contribution that is now gone follow it to its replacement.
  await client.query(
    `UPDATE "ContributionAlias" a SET "newId" = v.new_id FROM unnest($1::text[], $2::text[]) AS v(old_id, new_id) WHERE a."newId" = v.old_id`,
    [oldIds, newIds],
  );
}
