/**
 * Reads for person pages (app/speakers/…): a register person with their seats and offices over
 * time, every name they were printed under, and their contributions across those names. Needs
 * the register in the database (`npm run import:members`); contributions link by `personId`,
 * set at ingest.
 */
import 'server-only';
import type { Db } from './client';
import { getDb } from './client';
import { toIsoDate } from '../search/documents';
import { slugify } from '../ids';

const EXCERPT_LENGTH = 280;

/** The opening paragraph, cut at a word near EXCERPT_LENGTH. */
function excerptOf(text: string): string {
  const first = text.split(/\n{2,}/).map((p) => p.trim()).find(Boolean) ?? '';
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
  /** Null: still held when the register was made (2010-03 for `ministerial`, 2020-10-21 otherwise). */
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
      // as getSpeakerPage orders a printed name's contributions: undated ones last, record order within a day
      orderBy: [{ date: { sort: 'desc', nulls: 'last' } }, { record: { date: { sort: 'desc', nulls: 'last' } } }, { recordId: 'asc' }, { position: 'asc' }],
      skip: offset,
      take: limit,
      include: { record: { select: { id: true, title: true, kind: true, house: true, date: true, department: true } } },
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
    memberships: person.memberships.map((m) => ({ house: m.house, name: m.name, party: m.party, constituency: m.constituency, start: m.startDate, end: m.endDate })),
    offices: person.offices.map((o) => ({ title: o.title, department: o.department, kind: o.kind, government: o.government, start: o.startDate, end: o.endDate })),
    contributions: {
      total,
      offset,
      items: rows.map((c) => ({
        id: c.id,
        url: `/c/${c.id}`,
        date: toIsoDate(c.date ?? c.record.date),
        time: c.time,
        type: c.type,
        record: { id: c.record.id, url: `/d/${c.record.id}`, title: c.record.title, kind: c.record.kind, house: c.record.house, department: c.record.department },
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
export async function getPersonsForSpeakerSlug(speakerSlug: string, db: Db = getDb()): Promise<{ id: string; slug: string; name: string; contributions: number }[]> {
  const groups = await db.contribution.groupBy({ by: ['personId'], where: { speaker: { slug: speakerSlug }, personId: { not: null } }, _count: { _all: true } });
  if (!groups.length) return [];
  const persons = await db.person.findMany({ where: { id: { in: groups.map((g) => g.personId!) } }, select: { id: true, slug: true, name: true } });
  const count = new Map(groups.map((g) => [g.personId!, g._count._all]));
  return persons.map((p) => ({ ...p, contributions: count.get(p.id) ?? 0 })).sort((a, b) => b.contributions - a.contributions);
}
