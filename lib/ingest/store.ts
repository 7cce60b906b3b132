/**
 * Stores one parsed document in Postgres in one transaction: its records, contributions and
 * speakers replace what the document held before, under deterministic ids (lib/ids.ts).
 * Contributions that disappear leave an alias: to the contribution now at their place (changed
 * text → 301) or to nothing (removed → 410). The document is marked as waiting for the index.
 */
import type { Db } from '../db/client';
import { getDefaultSpeakerResolver, type SpeakerResolver } from '../members';
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

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/**
 * One INSERT of many rows from a single JSON parameter; json_populate_recordset types every field
 * by the table's own columns (dates as YYYY-MM-DD, arrays as JSON arrays, JSON as JSON, null as NULL).
 * Table and column names are our constants, never input.
 */
async function insertRows(tx: Tx, table: string, columns: string[], rows: object[], conflict = ''): Promise<void> {
  const list = columns.map((c) => `"${c}"`).join(', ');
  await tx.$executeRawUnsafe(`INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json) ${conflict}`, JSON.stringify(rows));
}

export function speakerIdFor(name: string): string {
  return shortHash(`speaker:${slugify(name)}`);
}

/** `resolver` defaults to the bundled register, loaded once per process. */
export async function storeDocument(db: Db, doc: DocumentToStore, resolver: SpeakerResolver = getDefaultSpeakerResolver()): Promise<StoredDocument> {
  const docId = documentId(doc.key);
  const recordRows = doc.records.map((r, position) => ({ r, position, id: recordId(doc.key, position, r.sourceId) }));
  const contributionRows = recordRows.flatMap(({ r, id: recId }) => {
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
        ...toResolutionRow(resolver.resolve({ ...c.speaker, date: c.date ?? r.date, house: r.house })),
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

  await db.$transaction(
    async (tx) => {
      // A document seen for the first time has no rows, contributions or aliases to replace: the
      // common case of a bulk ingest skips that bookkeeping.
      const existed = (await tx.sourceDocument.findUnique({ where: { id: docId }, select: { id: true } })) !== null;
      const before = existed ? await tx.contribution.findMany({ where: { record: { documentId: docId } }, select: { id: true, recordId: true, position: true } }) : [];
      if (existed) await tx.record.deleteMany({ where: { documentId: docId } });
      const fields = { fileName: doc.fileName, sha256: doc.sha256, format: doc.format, rawText: doc.rawText, ingestedAt: new Date(), indexedAt: null };
      await tx.sourceDocument.upsert({ where: { id: docId }, create: { id: docId, sourceKey: doc.key, ...fields }, update: fields });
      // Rows go in as one JSON parameter each: Prisma's createMany compiled every row of a large
      // document in its Wasm query compiler (≈ 40 % of ingest CPU, and the Wasm heap never shrinks).
      if (speakers.size) await insertRows(tx, 'Speaker', SPEAKER_COLUMNS, [...speakers.values()], 'ON CONFLICT DO NOTHING');
      await insertRows(tx, 'Record', RECORD_COLUMNS, recordData);
      if (contributionRows.length) await insertRows(tx, 'Contribution', CONTRIBUTION_COLUMNS, contributionRows);
      if (!existed) return;

      const liveIds = new Set(contributionRows.map((c) => c.id));
      const previousIds = new Set(before.map((c) => c.id));
      const newAt = new Map(contributionRows.filter((c) => !previousIds.has(c.id)).map((c) => [`${c.recordId}:${c.position}`, c.id]));
      const gone = before.filter((c) => !liveIds.has(c.id));
      if (liveIds.size) await tx.contributionAlias.deleteMany({ where: { oldId: { in: [...liveIds] } } });
      for (const old of gone) {
        const newId = newAt.get(`${old.recordId}:${old.position}`) ?? null;
        await tx.contributionAlias.upsert({ where: { oldId: old.id }, create: { oldId: old.id, newId, recordId: old.recordId }, update: { newId, recordId: old.recordId } });
      }
      // Aliases that pointed at a contribution that is now gone follow it to its replacement.
      for (const old of gone) {
        const newId = newAt.get(`${old.recordId}:${old.position}`) ?? null;
        await tx.contributionAlias.updateMany({ where: { newId: old.id }, data: { newId } });
      }
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { documentId: docId, records: recordRows.length, contributions: contributionRows.length };
}
