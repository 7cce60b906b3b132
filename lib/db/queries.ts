/**
 * The reads that pages and the JSON API need. Rows → view models (plain, serialisable objects).
 */
import 'server-only';
import { getDb } from './client';
import { getRetiredPermalinkStatus, type RetiredPermalinkStatus } from './permalinks';
import { getPersonsForSpeakerSlug } from './speakers';
import { toIsoDate } from '../search/documents';
import type { HeldOffice } from '../members/offices';

/** The speaker exactly as printed; `register` adds what the member register says of them on that date. */
export interface SpeakerView {
  name: string | null;
  slug: string | null;
  role: string | null;
  party: string | null;
  constituency: string | null;
  /** From the member register (resolved at ingest), never from the source; absent / null when there is no printed speaker. */
  register?: SpeakerRegisterView | null;
}

/** A post the register says the speaker held on the contribution's date: what import stored (lib/members/offices.ts), read back. */
export type RegisterOfficeView = HeldOffice;

export interface SpeakerRegisterView {
  /** resolved: one person; ambiguous: several fit; unknown: none fits (or the date is missing). */
  status: 'resolved' | 'ambiguous' | 'unknown';
  /** How the person was found, or why nobody was. */
  reason: string | null;
  personId: string | null;
  /** The register's name for them on that date. */
  name: string | null;
  house: string | null;
  party: string | null;
  constituency: string | null;
  offices: RegisterOfficeView[];
  /** Held a government post that day per the register; null where its offices do not cover the date. */
  minister: boolean | null;
}

interface ResolutionColumns {
  personId: string | null;
  resolvedName: string | null;
  resolvedParty: string | null;
  resolvedConstituency: string | null;
  resolvedHouse: string | null;
  resolvedOffices: unknown;
  resolvedMinister: boolean | null;
  resolutionStatus: string | null;
  resolutionReason: string | null;
}

function toRegisterOffices(json: unknown): RegisterOfficeView[] {
  if (!Array.isArray(json)) return [];
  return json
    .filter((o): o is Record<string, unknown> => !!o && typeof o === 'object' && typeof (o as { title?: unknown }).title === 'string')
    .map((o) => ({
      title: o.title as string,
      department: typeof o.department === 'string' ? o.department : null,
      kind: typeof o.kind === 'string' ? o.kind : 'office',
      start: typeof o.start === 'string' ? o.start : '',
      end: typeof o.end === 'string' ? o.end : null,
      government: o.government === true,
      beyondRegister: o.beyondRegister === true,
    }));
}

/** The register's facts about a contribution's speaker, from its resolution columns; null when nothing was resolved. */
export function toSpeakerRegisterView(c: ResolutionColumns): SpeakerRegisterView | null {
  const status = c.resolutionStatus;
  if (status !== 'resolved' && status !== 'ambiguous' && status !== 'unknown') return null;
  return {
    status,
    reason: c.resolutionReason,
    personId: c.personId,
    name: c.resolvedName,
    house: c.resolvedHouse,
    party: c.resolvedParty,
    constituency: c.resolvedConstituency,
    offices: toRegisterOffices(c.resolvedOffices),
    minister: c.resolvedMinister,
  };
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

export type ContributionLookup = { status: 'found'; contribution: ContributionView; record: RecordView } | RetiredPermalinkStatus;

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
      speaker: { name: c.speakerName, slug: c.speaker?.slug ?? null, role: c.role, party: c.party, constituency: c.constituency, register: toSpeakerRegisterView(c) },
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
  return getRetiredPermalinkStatus(id, db);
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
  /** Whom the member register matched this printed name to, across all its contributions. */
  register: SpeakerPageRegister;
}

export interface SpeakerPageRegister {
  /** Register persons this printed name was matched to, most contributions first. */
  persons: { id: string; slug: string; name: string; contributions: number }[];
  /** Contributions by resolution outcome (`none`: stored before resolution, or no printed name), with their most common reasons. */
  outcomes: { status: 'resolved' | 'ambiguous' | 'unknown' | 'none'; contributions: number; reasons: string[] }[];
}

const OUTCOME_ORDER = ['resolved', 'ambiguous', 'unknown', 'none'] as const;

/** Resolution outcomes of one printed name's contributions, with up to `maxReasons` reasons each (most frequent first). */
async function getSpeakerPageRegister(speakerId: string, speakerSlug: string, maxReasons = 3): Promise<SpeakerPageRegister> {
  const db = getDb();
  const [groups, persons] = await Promise.all([
    db.contribution.groupBy({ by: ['resolutionStatus', 'resolutionReason'], where: { speakerId }, _count: { _all: true } }),
    getPersonsForSpeakerSlug(speakerSlug, db),
  ]);
  const outcomes = new Map<(typeof OUTCOME_ORDER)[number], { contributions: number; reasons: Array<[string, number]> }>();
  for (const g of groups) {
    const status = (OUTCOME_ORDER as readonly string[]).includes(g.resolutionStatus ?? '') ? (g.resolutionStatus as (typeof OUTCOME_ORDER)[number]) : 'none';
    const o = outcomes.get(status) ?? { contributions: 0, reasons: [] };
    o.contributions += g._count._all;
    if (g.resolutionReason) o.reasons.push([g.resolutionReason, g._count._all]);
    outcomes.set(status, o);
  }
  return {
    persons,
    outcomes: OUTCOME_ORDER.filter((s) => outcomes.has(s)).map((status) => {
      const o = outcomes.get(status)!;
      return { status, contributions: o.contributions, reasons: o.reasons.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, maxReasons).map(([r]) => r) };
    }),
  };
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
  const register = await getSpeakerPageRegister(speaker.id, speaker.slug);
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
    register,
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
