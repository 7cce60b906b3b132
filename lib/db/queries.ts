/**
 * The reads that pages and the JSON API need. Rows → view models (plain, serialisable objects).
 */
import 'server-only';
import { getDb } from './client';
import { toIsoDate } from '../search/documents';

export interface SpeakerView {
  name: string | null;
  slug: string | null;
  role: string | null;
  party: string | null;
  constituency: string | null;
}

export interface ContributionView {
  id: string;
  url: string;
  position: number;
  type: string;
  date: string | null;
  time: string | null;
  text: string;
  speaker: SpeakerView;
  /** Contributions this one answers (questions), in record order. */
  answers: string[];
  /** Contributions that answer this one. */
  answeredBy: string[];
  sourceId: string | null;
}

export interface RecordView {
  id: string;
  url: string;
  title: string;
  kind: string;
  house: string | null;
  date: string | null;
  department: string | null;
  reference: { uin: string | null; volume: string | null; column: string | null };
  warnings: string[];
  flags: string[];
  question: { status: string; tabled: string | null; answered: string | null } | null;
  division: { ayes: number; noes: number } | null;
  sourceUrl: string | null;
  source: { fileName: string; format: string; ingestedAt: string; documentId: string };
  contributions: ContributionView[];
}

export type ContributionLookup =
  | { status: 'found'; contribution: ContributionView; record: RecordView }
  | { status: 'moved'; to: string }
  | { status: 'gone'; recordId: string; recordExists: boolean }
  | { status: 'missing' };

type RecordRow = NonNullable<Awaited<ReturnType<typeof loadRecord>>>;

function loadRecord(id: string) {
  return getDb().record.findUnique({
    where: { id },
    include: {
      document: { select: { fileName: true, format: true, ingestedAt: true, id: true } },
      contributions: { orderBy: { position: 'asc' }, include: { speaker: { select: { slug: true } } } },
    },
  });
}

export function toRecordView(row: RecordRow): RecordView {
  const answeredBy = new Map<string, string[]>();
  for (const c of row.contributions) for (const q of c.answersIds) answeredBy.set(q, [...(answeredBy.get(q) ?? []), c.id]);
  return {
    id: row.id,
    url: `/d/${row.id}`,
    title: row.title,
    kind: row.kind,
    house: row.house,
    date: toIsoDate(row.date),
    department: row.department,
    reference: { uin: row.uin, volume: row.volume, column: row.column },
    warnings: row.warnings,
    flags: row.flags,
    question: row.questionStatus ? { status: row.questionStatus, tabled: toIsoDate(row.tabledDate), answered: toIsoDate(row.answeredDate) } : null,
    division: row.ayes != null && row.noes != null ? { ayes: row.ayes, noes: row.noes } : null,
    sourceUrl: row.sourceUrl,
    source: { fileName: row.document.fileName.split('/').pop() ?? row.document.fileName, format: row.document.format, ingestedAt: row.document.ingestedAt.toISOString(), documentId: row.document.id },
    contributions: row.contributions.map((c) => ({
      id: c.id,
      url: `/c/${c.id}`,
      position: c.position,
      type: c.type,
      date: toIsoDate(c.date),
      time: c.time,
      text: c.text,
      speaker: { name: c.speakerName, slug: c.speaker?.slug ?? null, role: c.role, party: c.party, constituency: c.constituency },
      answers: c.answersIds,
      answeredBy: answeredBy.get(c.id) ?? [],
      sourceId: c.sourceId,
    })),
  };
}

export async function getRecordView(id: string): Promise<RecordView | null> {
  const row = await loadRecord(id);
  return row ? toRecordView(row) : null;
}

export async function getContributionLookup(id: string): Promise<ContributionLookup> {
  const db = getDb();
  const row = await db.contribution.findUnique({ where: { id }, select: { recordId: true } });
  if (row) {
    const record = await getRecordView(row.recordId);
    const contribution = record?.contributions.find((c) => c.id === id);
    if (record && contribution) return { status: 'found', contribution, record };
  }
  const alias = await db.contributionAlias.findUnique({ where: { oldId: id } });
  if (!alias) return { status: 'missing' };
  if (alias.newId) return { status: 'moved', to: alias.newId };
  const recordExists = (await db.record.count({ where: { id: alias.recordId } })) > 0;
  return { status: 'gone', recordId: alias.recordId, recordExists };
}

export async function getSourceDocumentText(documentId: string): Promise<{ fileName: string; rawText: string } | null> {
  return getDb().sourceDocument.findUnique({ where: { id: documentId }, select: { fileName: true, rawText: true } });
}

/** Whole texts of the given contributions (for exports, whose search hits carry only snippets). */
export async function getContributionTexts(ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await getDb().contribution.findMany({ where: { id: { in: ids } }, select: { id: true, text: true } });
  return new Map(rows.map((r) => [r.id, r.text]));
}

export interface SpeakerDescription {
  role: string | null;
  party: string | null;
  constituency: string | null;
  first: string | null;
  last: string | null;
  contributions: number;
}

export interface SpeakerContributionView {
  id: string;
  url: string;
  type: string;
  date: string | null;
  time: string | null;
  text: string;
  role: string | null;
  record: { id: string; url: string; title: string; kind: string; house: string | null; department: string | null };
}

export interface SpeakerPageView {
  id: string;
  slug: string;
  name: string;
  total: number;
  page: number;
  perPage: number;
  pages: number;
  /** Each distinct office / party / constituency printed beside the name, with the dates it was printed. */
  descriptions: SpeakerDescription[];
  contributions: SpeakerContributionView[];
}

/** A speaker (as printed) and one page of their contributions, newest first. Null when no such slug. */
export async function getSpeakerPage(slug: string, page: number, perPage = 50): Promise<SpeakerPageView | null> {
  const db = getDb();
  const speaker = await db.speaker.findUnique({ where: { slug } });
  if (!speaker) return null;
  const total = await db.contribution.count({ where: { speakerId: speaker.id } });
  const described = await db.$queryRaw<Array<{ role: string | null; party: string | null; constituency: string | null; first: Date | null; last: Date | null; n: number }>>`
    SELECT c.role, c.party, c.constituency, MIN(COALESCE(c.date, r.date)) AS first, MAX(COALESCE(c.date, r.date)) AS last, COUNT(*)::int AS n
    FROM "Contribution" c JOIN "Record" r ON r.id = c."recordId"
    WHERE c."speakerId" = ${speaker.id}
    GROUP BY c.role, c.party, c.constituency
    ORDER BY MAX(COALESCE(c.date, r.date)) DESC NULLS LAST, COUNT(*) DESC`;
  const rows = await db.contribution.findMany({
    where: { speakerId: speaker.id },
    orderBy: [{ date: { sort: 'desc', nulls: 'last' } }, { record: { date: { sort: 'desc', nulls: 'last' } } }, { recordId: 'asc' }, { position: 'asc' }],
    skip: (page - 1) * perPage,
    take: perPage,
    include: { record: { select: { id: true, title: true, kind: true, house: true, department: true, date: true } } },
  });
  return {
    id: speaker.id,
    slug: speaker.slug,
    name: speaker.name,
    total,
    page,
    perPage,
    pages: Math.max(1, Math.ceil(total / perPage)),
    descriptions: described
      .filter((d) => d.role || d.party || d.constituency)
      .map((d) => ({ role: d.role, party: d.party, constituency: d.constituency, first: toIsoDate(d.first), last: toIsoDate(d.last), contributions: d.n })),
    contributions: rows.map((c) => ({
      id: c.id,
      url: `/c/${c.id}`,
      type: c.type,
      date: toIsoDate(c.date ?? c.record.date),
      time: c.time,
      text: c.text,
      role: c.role,
      record: { id: c.record.id, url: `/d/${c.record.id}`, title: c.record.title, kind: c.record.kind, house: c.record.house, department: c.record.department },
    })),
  };
}

/** Whole texts and when each contribution's document was ingested (the date of undated feed entries). */
export async function getContributionFeedFacts(ids: string[]): Promise<Map<string, { text: string; ingestedAt: string }>> {
  if (!ids.length) return new Map();
  const rows = await getDb().contribution.findMany({
    where: { id: { in: ids } },
    select: { id: true, text: true, record: { select: { document: { select: { ingestedAt: true } } } } },
  });
  return new Map(rows.map((r) => [r.id, { text: r.text, ingestedAt: r.record.document.ingestedAt.toISOString() }]));
}
