/**
 * Reads for speaker pages (app/speakers/…), printed names and persons together:
 * - a printed name (Speaker.slug): how it was described, its contributions, and whom the register
 *   matched it to;
 * - a register person: seats and offices over time, every name they were printed under, and their
 *   contributions across those names. Needs the register in the database (`npm run
 *   import:members`); contributions link by `personId`, set at ingest.
 */
import 'server-only';
import type { Db } from '../client';
import { getDb } from '../client';
import { toIsoDate } from '../../dates';
import type { Prisma } from '../generated/client';
import { slugify } from '../../ids';
import { toRecordLink, type SpeakerPageRegister, type SpeakerPageView } from './views';

/** A speaker's or person's contributions, newest first: undated ones last, record order within a day. */
const NEWEST_FIRST = [
  { date: { sort: 'desc', nulls: 'last' } },
  { record: { date: { sort: 'desc', nulls: 'last' } } },
  { recordId: 'asc' },
  { position: 'asc' },
] satisfies Prisma.ContributionOrderByWithRelationInput[];

/** The record fields a listed contribution shows. */
const RECORD_LINK_SELECT = { id: true, title: true, kind: true, house: true, date: true, department: true } satisfies Prisma.RecordSelect;

const EXCERPT_LENGTH = 280;

/** The opening paragraph, cut at a word near EXCERPT_LENGTH. */
function excerptOf(text: string): string {
  const first =
    text
      .split(/\n{2,}/)
      .map((p) => p.trim())
      .find(Boolean) ?? '';
  return first.length > EXCERPT_LENGTH ? `${first.slice(0, EXCERPT_LENGTH).replace(/\s+\S*$/, '')} …` : first;
}

export interface PersonMembershipView {
  house: string;
  /** Name in that seat (peerage title in the Lords). */
  name: string;
  party: string | null;
  constituency: string | null;
  /** YYYY-MM-DD, or only a year for some old peerages. */
  start: string;
  /** Null: still sitting when the register was made. */
  end: string | null;
}

export interface PersonOfficeView {
  title: string;
  department: string | null;
  kind: string;
  government: boolean;
  start: string;
  /** Null: still held when the register was made (2010-03 for `ministerial`; otherwise where its office data ends, RegisterCoverage.officesKnownUntil). */
  end: string | null;
}

export interface PersonContributionView {
  id: string;
  url: string;
  date: string | null;
  time: string | null;
  type: string;
  record: { id: string; url: string; title: string; kind: string; house: string | null; department: string | null };
  /** As the source printed them; `slug` is the printed name's speaker page. */
  printed: { name: string | null; slug: string | null; role: string | null; party: string | null; constituency: string | null };
  /** From the register, for that date. */
  resolved: { party: string | null; constituency: string | null; minister: boolean | null };
  /** The opening paragraph, shortened to about 280 characters. */
  excerpt: string;
}

export interface PersonProfile {
  id: string;
  slug: string;
  name: string;
  identifiers: Record<string, string | null>;
  /** Register name forms ("Mr Coaker", aliases with dates). */
  nameForms: { name: string; kind: string; from: string | null; to: string | null }[];
  /** The names sources printed for this person, with how many contributions each. */
  printedNames: { name: string; contributions: number }[];
  /** Oldest first. */
  memberships: PersonMembershipView[];
  /** Newest first. */
  offices: PersonOfficeView[];
  contributions: { total: number; offset: number; items: PersonContributionView[] };
}

export interface PersonProfileOptions {
  /** Contributions per page (default 50, at most 200), newest first. */
  limit?: number;
  offset?: number;
  /** Leave committee places out of `offices` (they are many). */
  withoutCommittees?: boolean;
  db?: Db;
}

/** A person by register id (`uk.org.publicwhip/person/10121`) or slug (`vernon-coaker`); null when unknown. */
export async function getPersonProfile(idOrSlug: string, options: PersonProfileOptions = {}): Promise<PersonProfile | null> {
  const db = options.db ?? getDb();
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
  const offset = Math.max(options.offset ?? 0, 0);
  const person = await db.person.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] },
    include: {
      names: { orderBy: { id: 'asc' } },
      memberships: { orderBy: [{ startDate: 'asc' }, { id: 'asc' }] },
      offices: { where: options.withoutCommittees ? { kind: { not: 'committee' } } : undefined, orderBy: [{ startDate: 'desc' }, { id: 'asc' }] },
    },
  });
  if (!person) return null;
  const [total, printed, rows] = await Promise.all([
    db.contribution.count({ where: { personId: person.id } }),
    db.contribution.groupBy({ by: ['speakerName'], where: { personId: person.id }, _count: { _all: true } }),
    db.contribution.findMany({
      where: { personId: person.id },
      orderBy: NEWEST_FIRST,
      skip: offset,
      take: limit,
      include: { record: { select: RECORD_LINK_SELECT } },
    }),
  ]);
  const seenForms = new Set<string>();
  return {
    id: person.id,
    slug: person.slug,
    name: person.name,
    identifiers: (person.identifiers ?? {}) as Record<string, string | null>,
    nameForms: person.names
      .filter((n) => n.kind !== 'membership' && !seenForms.has(n.name + n.validFrom) && seenForms.add(n.name + n.validFrom))
      .map((n) => ({ name: n.name, kind: n.kind, from: n.validFrom, to: n.validTo })),
    printedNames: printed
      .filter((p) => p.speakerName)
      .map((p) => ({ name: p.speakerName!, contributions: p._count._all }))
      .sort((a, b) => b.contributions - a.contributions || a.name.localeCompare(b.name)),
    memberships: person.memberships.map((m) => ({
      house: m.house,
      name: m.name,
      party: m.party,
      constituency: m.constituency,
      start: m.startDate,
      end: m.endDate,
    })),
    offices: person.offices.map((o) => ({
      title: o.title,
      department: o.department,
      kind: o.kind,
      government: o.government,
      start: o.startDate,
      end: o.endDate,
    })),
    contributions: {
      total,
      offset,
      items: rows.map((c) => ({
        id: c.id,
        url: `/c/${c.id}`,
        date: toIsoDate(c.date ?? c.record.date),
        time: c.time,
        type: c.type,
        record: toRecordLink(c.record),
        printed: { name: c.speakerName, slug: c.speakerName ? slugify(c.speakerName) : null, role: c.role, party: c.party, constituency: c.constituency },
        resolved: { party: c.resolvedParty, constituency: c.resolvedConstituency, minister: c.resolvedMinister },
        excerpt: excerptOf(c.text),
      })),
    },
  };
}

/**
 * The register persons a printed-name speaker page (Speaker.slug, one per printed name) resolved
 * to, most contributions first: lets /speakers/{printed-slug} show or link to the person.
 */
export async function getPersonsForSpeakerSlug(
  speakerSlug: string,
  db: Db = getDb(),
): Promise<{ id: string; slug: string; name: string; contributions: number }[]> {
  const groups = await db.contribution.groupBy({
    by: ['personId'],
    where: { speaker: { slug: speakerSlug }, personId: { not: null } },
    _count: { _all: true },
  });
  if (!groups.length) return [];
  const persons = await db.person.findMany({ where: { id: { in: groups.map((g) => g.personId!) } }, select: { id: true, slug: true, name: true } });
  const count = new Map(groups.map((g) => [g.personId!, g._count._all]));
  return persons.map((p) => ({ ...p, contributions: count.get(p.id) ?? 0 })).sort((a, b) => b.contributions - a.contributions);
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
      return {
        status,
        contributions: o.contributions,
        reasons: o.reasons
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .slice(0, maxReasons)
          .map(([r]) => r),
      };
    }),
  };
}

/** A speaker (as printed) and one page of their contributions, newest first. Null when no such slug. */
export async function getSpeakerPage(slug: string, page: number, perPage = 50): Promise<SpeakerPageView | null> {
  const db = getDb();
  const speaker = await db.speaker.findUnique({ where: { slug } });
  if (!speaker) return null;
  const total = await db.contribution.count({ where: { speakerId: speaker.id } });
  const described = await db.$queryRaw<
    Array<{ role: string | null; party: string | null; constituency: string | null; first: Date | null; last: Date | null; n: number }>
  >`
    SELECT c.role, c.party, c.constituency, MIN(COALESCE(c.date, r.date)) AS first, MAX(COALESCE(c.date, r.date)) AS last, COUNT(*)::int AS n
    FROM "Contribution" c JOIN "Record" r ON r.id = c."recordId"
    WHERE c."speakerId" = ${speaker.id}
    GROUP BY c.role, c.party, c.constituency
    ORDER BY MAX(COALESCE(c.date, r.date)) DESC NULLS LAST, COUNT(*) DESC`;
  const register = await getSpeakerPageRegister(speaker.id, speaker.slug);
  const rows = await db.contribution.findMany({
    where: { speakerId: speaker.id },
    orderBy: NEWEST_FIRST,
    skip: (page - 1) * perPage,
    take: perPage,
    include: { record: { select: RECORD_LINK_SELECT } },
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
      record: toRecordLink(c.record),
    })),
    register,
  };
}
