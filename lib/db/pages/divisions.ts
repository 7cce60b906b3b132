/**
 * Reads for divisions (../shared/CONTRACTS.md §5): a day's divisions, one division with every name
 * as printed, a person's votes, and the votes cast in the divisions of one debate (the reading
 * view's "how they voted"). Counts are the printed ones; the counted lists are given beside them.
 */
import 'server-only';
import { toIsoDate } from '../../dates';
import { getDb } from '../client';

export interface DivisionSummary {
  id: string;
  url: string;
  house: string | null;
  date: string | null;
  number: string | null;
  title: string;
  /** As printed (Lords contents count as aye). */
  counts: { aye: number | null; no: number | null };
}

export interface DivisionVoteView {
  personId: string | null;
  name: string;
  party: string | null;
  /** aye | no | abstain, or the value as printed. */
  vote: string;
  teller: boolean;
  proxy: string | null;
  /** The person's register page, when the name resolved. */
  personSlug: string | null;
}

export interface DivisionView extends DivisionSummary {
  time: string | null;
  column: string | null;
  motion: string | null;
  /** The debate it closes, and the place in it (the contribution it follows). */
  record: { id: string; url: string } | null;
  /** Every `<divisioncount>` attribute as printed. */
  printedCounts: Record<string, number>;
  /** Names listed per vote, tellers included and apart. */
  counted: Record<string, { names: number; tellers: number }>;
  votes: DivisionVoteView[];
  warnings: string[];
}

export interface PersonVote {
  division: DivisionSummary;
  vote: string;
  teller: boolean;
  proxy: string | null;
  /** The vote most of their party cast in this division (tellers included), when their party is known. */
  partyMajority: string | null;
}

export const divisionUrl = (id: string): string => `/divisions/${id}`;

type DivisionRowRead = {
  id: string;
  house: string | null;
  date: Date | null;
  number: string | null;
  title: string;
  ayes: number | null;
  noes: number | null;
};

function toSummary(d: DivisionRowRead): DivisionSummary {
  return { id: d.id, url: divisionUrl(d.id), house: d.house, date: toIsoDate(d.date), number: d.number, title: d.title, counts: { aye: d.ayes, no: d.noes } };
}

const SUMMARY_SELECT = { id: true, house: true, date: true, number: true, title: true, ayes: true, noes: true } as const;

/** Divisions on one day, in one house when given, in the order of the day. */
export async function listDivisionsOn(date: string, house: string | null): Promise<DivisionSummary[]> {
  const rows = await getDb().division.findMany({
    where: { date: new Date(`${date}T00:00:00Z`), ...(house ? { house } : {}) },
    select: { ...SUMMARY_SELECT, record: { select: { position: true, documentId: true } } },
  });
  rows.sort(
    (a, b) => (a.house ?? '').localeCompare(b.house ?? '') || a.record.documentId.localeCompare(b.record.documentId) || a.record.position - b.record.position,
  );
  return rows.map(toSummary);
}

/** One division with every name as printed; null when unknown. */
export async function getDivision(id: string): Promise<DivisionView | null> {
  const db = getDb();
  const d = await db.division.findUnique({
    where: { id },
    include: { votes: { orderBy: { position: 'asc' } }, record: { select: { warnings: true } } },
  });
  if (!d) return null;
  const personIds = [...new Set(d.votes.map((v) => v.personId).filter((p): p is string => p !== null))];
  const persons = personIds.length ? await db.person.findMany({ where: { id: { in: personIds } }, select: { id: true, slug: true } }) : [];
  const slugOf = new Map(persons.map((p) => [p.id, p.slug]));
  const counted: DivisionView['counted'] = {};
  for (const v of d.votes) {
    const c = (counted[v.vote] ??= { names: 0, tellers: 0 });
    if (v.teller) c.tellers++;
    else c.names++;
  }
  const anchor = d.afterContributionId ? `#c-${d.afterContributionId}` : '';
  return {
    ...toSummary(d),
    time: d.time,
    column: d.column,
    motion: d.motion,
    record: d.sectionRecordId ? { id: d.sectionRecordId, url: `/d/${d.sectionRecordId}${anchor}` } : null,
    printedCounts: (d.printedCounts ?? {}) as Record<string, number>,
    counted,
    votes: d.votes.map((v) => ({
      personId: v.personId,
      name: v.name,
      party: v.party,
      vote: v.vote,
      teller: v.teller,
      proxy: v.proxyPersonId,
      personSlug: v.personId ? (slugOf.get(v.personId) ?? null) : null,
    })),
    warnings: d.record.warnings,
  };
}

export interface PersonVotesQuery {
  personId: string;
  from?: string | null;
  to?: string | null;
  /** Words that must all appear in the division's title (case-insensitive). */
  words?: string[];
  page: number;
  perPage: number;
}

/** A person's votes, newest first, with the vote most of their party cast beside each. */
export async function listPersonVotes(q: PersonVotesQuery): Promise<{ total: number; votes: PersonVote[] }> {
  const db = getDb();
  const where = {
    personId: q.personId,
    division: {
      ...(q.from || q.to
        ? { date: { ...(q.from ? { gte: new Date(`${q.from}T00:00:00Z`) } : {}), ...(q.to ? { lte: new Date(`${q.to}T00:00:00Z`) } : {}) } }
        : {}),
      ...(q.words?.length ? { AND: q.words.map((w) => ({ title: { contains: w, mode: 'insensitive' as const } })) } : {}),
    },
  };
  const [total, rows] = await Promise.all([
    db.vote.count({ where }),
    db.vote.findMany({
      where,
      include: { division: { select: SUMMARY_SELECT } },
      orderBy: [{ division: { date: 'desc' } }, { divisionId: 'asc' }, { position: 'asc' }],
      skip: (q.page - 1) * q.perPage,
      take: q.perPage,
    }),
  ]);
  const majorities = await partyMajorities(rows.map((r) => ({ divisionId: r.divisionId, party: r.party })));
  return {
    total,
    votes: rows.map((r) => ({
      division: toSummary(r.division),
      vote: r.vote,
      teller: r.teller,
      proxy: r.proxyPersonId,
      partyMajority: r.party ? (majorities.get(`${r.divisionId}\u0000${r.party}`) ?? null) : null,
    })),
  };
}

/** The vote most members of a party cast in a division (a tie: none). */
async function partyMajorities(pairs: { divisionId: string; party: string | null }[]): Promise<Map<string, string>> {
  const divisionIds = [...new Set(pairs.filter((p) => p.party).map((p) => p.divisionId))];
  if (!divisionIds.length) return new Map();
  const groups = await getDb().vote.groupBy({
    by: ['divisionId', 'party', 'vote'],
    where: { divisionId: { in: divisionIds }, party: { not: null } },
    _count: { _all: true },
  });
  const best = new Map<string, { vote: string; n: number; tie: boolean }>();
  for (const g of groups) {
    const key = `${g.divisionId}\u0000${g.party}`;
    const n = g._count._all;
    const seen = best.get(key);
    if (!seen || n > seen.n) best.set(key, { vote: g.vote, n, tie: false });
    else if (n === seen.n) seen.tie = true;
  }
  return new Map([...best].filter(([, v]) => !v.tie).map(([k, v]) => [k, v.vote]));
}

/** A division as the reading view shows it at its place: the contribution it follows, counts, and its link. */
export interface DivisionInRecord extends DivisionSummary {
  afterContributionId: string | null;
  time: string | null;
  /** Names listed per vote (tellers included). */
  counted: Record<string, number>;
}

/**
 * The divisions that close parts of a debate (record), and each person's votes in them: the
 * reading view's blocks and "how they voted" beside each speaker.
 */
export async function getRecordDivisions(recordId: string): Promise<{
  /** The division this record is itself (a division's own record), when it is one. */
  own: DivisionInRecord | null;
  divisions: DivisionInRecord[];
  votesByPerson: Map<string, { divisionId: string; number: string | null; vote: string }[]>;
}> {
  const db = getDb();
  const rows = await db.division.findMany({
    where: { OR: [{ sectionRecordId: recordId }, { recordId }] },
    select: { ...SUMMARY_SELECT, recordId: true, afterContributionId: true, time: true, record: { select: { position: true } } },
  });
  rows.sort((a, b) => a.record.position - b.record.position);
  const votesByPerson = new Map<string, { divisionId: string; number: string | null; vote: string }[]>();
  const counted = new Map<string, Record<string, number>>();
  if (rows.length) {
    const votes = await db.vote.findMany({
      where: { divisionId: { in: rows.map((r) => r.id) } },
      select: { divisionId: true, personId: true, vote: true },
      orderBy: [{ divisionId: 'asc' }, { position: 'asc' }],
    });
    const numberOf = new Map(rows.map((r) => [r.id, r.number]));
    for (const v of votes) {
      const c = counted.get(v.divisionId) ?? {};
      c[v.vote] = (c[v.vote] ?? 0) + 1;
      counted.set(v.divisionId, c);
      if (!v.personId) continue;
      const list = votesByPerson.get(v.personId) ?? [];
      list.push({ divisionId: v.divisionId, number: numberOf.get(v.divisionId) ?? null, vote: v.vote });
      votesByPerson.set(v.personId, list);
    }
  }
  const views = rows.map((r) => ({ ...toSummary(r), afterContributionId: r.afterContributionId, time: r.time, counted: counted.get(r.id) ?? {} }));
  const ownIndex = rows.findIndex((r) => r.recordId === recordId);
  return {
    own: ownIndex >= 0 ? views[ownIndex] : null,
    divisions: views.filter((_, i) => i !== ownIndex),
    votesByPerson,
  };
}

/** Whether the register or any division list knows this person id. */
export async function personExists(personId: string): Promise<boolean> {
  const db = getDb();
  if (await db.person.findUnique({ where: { id: personId }, select: { id: true } })) return true;
  return (await db.vote.findFirst({ where: { personId }, select: { id: true } })) !== null;
}
