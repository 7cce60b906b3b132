/**
 * Stores one parsed document in Postgres in one transaction: its records, contributions and
 * speakers replace what the document held before, under deterministic ids (lib/ids.ts).
 * Contributions that disappear leave an alias: to the contribution now at their place (changed
 * text → 301) or to nothing (removed → 410). The document is marked as waiting for the index.
 */
import type pg from 'pg';
import { pgPoolOf, type Db } from '../db/client';
import type { SpeakerResolution } from '../members';
import { toResolutionColumns } from '../members/columns';
import { Prisma } from '../db/generated/client';
import { contributionIds, documentId, recordId, slugify, shortHash } from '../ids';
import type { ParsedRecord } from '../parse/record';

export interface DocumentToStore {
  key: string;
  fileName: string;
  sha256: string;
  format: string;
  rawText: string;
  records: ParsedRecord[];
  /**
   * `[record][contribution]`: who each speaker is according to the member register, resolved once
   * before storing (while parsing, or by ingest right after) and written beside the printed fields.
   */
  resolutions: (SpeakerResolution | null)[][];
}

export interface StoredDocument {
  documentId: string;
  records: number;
  contributions: number;
}

/** The resolution columns (one definition, lib/members/columns.ts) as plain JSON: DbNull → null. */
function toResolutionRow(res: Parameters<typeof toResolutionColumns>[0]) {
  const columns = toResolutionColumns(res);
  return { ...columns, resolvedOffices: columns.resolvedOffices === Prisma.DbNull ? null : columns.resolvedOffices };
}
const RESOLUTION_COLUMNS = Object.keys(toResolutionColumns(null));

const SPEAKER_COLUMNS = ['id', 'slug', 'name'];
const RECORD_COLUMNS = ['id', 'documentId', 'position', 'sourceId', 'sourceUrl', 'title', 'kind', 'house', 'date', 'department', 'uin', 'volume', 'column', 'warnings', 'flags', 'questionStatus', 'tabledDate', 'answeredDate', 'ayes', 'noes'];
const CONTRIBUTION_COLUMNS = ['id', 'recordId', 'position', 'sourceId', 'speakerId', 'speakerName', 'role', 'party', 'constituency', 'speakerRef', 'type', 'date', 'time', 'text', 'answersIds', ...RESOLUTION_COLUMNS];

/**
 * One INSERT of many rows from a single JSON parameter; json_populate_recordset types every field
 * by the table's own columns (dates as YYYY-MM-DD, arrays as JSON arrays, JSON as JSON, null as NULL).
 * Table and column names are our constants, never input.
 */
async function insertRows(client: pg.PoolClient, table: string, columns: string[], rows: object[], conflict = ''): Promise<void> {
  const list = columns.map((c) => `"${c}"`).join(', ');
  await client.query(`INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json) ${conflict}`, [JSON.stringify(rows)]);
}

/**
 * BEGIN … COMMIT on one pooled connection. A connection whose ROLLBACK fails (it died) is dropped
 * from the pool rather than given back.
 */
async function inTransaction(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  // A connection that dies emits 'error' besides failing the statement in flight (which is what
  // we report); a checked-out client has no listener of its own, and an unheard 'error' would
  // end the process.
  const ignore = () => {};
  client.on('error', ignore);
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    await work(client);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw e;
  } finally {
    client.removeListener('error', ignore);
    client.release(broken);
  }
}

export function speakerIdFor(name: string): string {
  return shortHash(`speaker:${slugify(name)}`);
}

export async function storeDocument(db: Db, doc: DocumentToStore): Promise<StoredDocument> {
  if (doc.resolutions.length !== doc.records.length || doc.records.some((r, n) => doc.resolutions[n].length !== r.contributions.length)) {
    throw new Error(`${doc.fileName}: the speakers' resolutions do not line up with the records' contributions`);
  }
  const docId = documentId(doc.key);
  const recordRows = doc.records.map((r, position) => ({ r, position, id: recordId(doc.key, position, r.sourceId) }));
  const contributionRows = recordRows.flatMap(({ r, position: n, id: recId }) => {
    const ids = contributionIds(recId, r.contributions);
    return r.contributions.map((c, position) => {
      const answered = c.answers == null ? [] : Array.isArray(c.answers) ? c.answers : [c.answers];
      const name = c.speaker.name;
      return {
        id: ids[position],
        recordId: recId,
        position,
        sourceId: c.sourceId ?? null,
        speakerId: name ? speakerIdFor(name) : null,
        speakerName: name,
        role: c.speaker.role,
        party: c.speaker.party,
        constituency: c.speaker.constituency,
        speakerRef: c.speaker.sourceRef ?? null,
        type: c.type,
        date: c.date ?? null,
        time: c.time,
        text: c.text,
        answersIds: answered.filter((i) => i >= 0 && i < ids.length && i !== position).map((i) => ids[i]),
        // The register's view of the speaker on that date, beside the printed fields.
        ...toResolutionRow(doc.resolutions[n][position]),
      };
    });
  });
  const speakers = new Map<string, { id: string; slug: string; name: string }>();
  for (const c of contributionRows) {
    if (c.speakerName && c.speakerId && !speakers.has(c.speakerId)) speakers.set(c.speakerId, { id: c.speakerId, slug: slugify(c.speakerName), name: c.speakerName });
  }

  const recordData = recordRows.map(({ r, position, id }) => ({
    id,
    documentId: docId,
    position,
    sourceId: r.sourceId ?? null,
    sourceUrl: r.sourceUrl ?? null,
    title: r.title,
    kind: r.kind,
    house: r.house,
    date: r.date ?? null,
    department: r.department,
    uin: r.reference.uin,
    volume: r.reference.volume,
    column: r.reference.column,
    warnings: r.warnings,
    flags: r.flags ?? [],
    questionStatus: r.question?.status ?? null,
    tabledDate: r.question?.tabled ?? null,
    answeredDate: r.question?.answered ?? null,
    ayes: r.division?.ayes ?? null,
    noes: r.division?.noes ?? null,
  }));

  // On a plain pg connection, not through Prisma: the raw text and the rows' JSON would each be
  // copied four or five times by Prisma's request serialisation and Wasm query compiler
  // (pgPoolOf, lib/db/client.ts).
  await inTransaction(await pgPoolOf(db), async (client) => {
    // A document seen for the first time has no rows, contributions or aliases to replace: the
    // common case of a bulk ingest skips that bookkeeping.
    const existed = (await client.query('SELECT 1 FROM "SourceDocument" WHERE id = $1', [docId])).rowCount !== 0;
    const before = existed ? await contributionsOf(client, docId) : [];
    if (existed) await client.query('DELETE FROM "Record" WHERE "documentId" = $1', [docId]); // contributions cascade
    await client.query(
      `INSERT INTO "SourceDocument" (id, "sourceKey", "fileName", sha256, format, "rawText", "ingestedAt", "indexedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7::timestamp(3), NULL)
       ON CONFLICT (id) DO UPDATE SET "fileName" = $3, sha256 = $4, format = $5, "rawText" = $6, "ingestedAt" = $7::timestamp(3), "indexedAt" = NULL`,
      // A UTC ISO string cast to timestamp(3) is what Prisma writes for a DateTime.
      [docId, doc.key, doc.fileName, doc.sha256, doc.format, doc.rawText, new Date().toISOString()],
    );
    // Rows go in as one JSON parameter each: Prisma's createMany compiled every row of a large
    // document in its Wasm query compiler (≈ 40 % of ingest CPU, and the Wasm heap never shrinks).
    if (speakers.size) await insertRows(client, 'Speaker', SPEAKER_COLUMNS, [...speakers.values()], 'ON CONFLICT DO NOTHING');
    await insertRows(client, 'Record', RECORD_COLUMNS, recordData);
    if (contributionRows.length) await insertRows(client, 'Contribution', CONTRIBUTION_COLUMNS, contributionRows);
    if (existed) await writeAliases(client, before, contributionRows);
  });
  return { documentId: docId, records: recordRows.length, contributions: contributionRows.length };
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
