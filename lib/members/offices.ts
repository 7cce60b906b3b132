/**
 * Offices a person held on a date, and which of them are government offices. Pure.
 *
 * The register's offices come from two files with different conventions (see
 * ../shared/data/members/README.md):
 * - kind `ministerial` (parlparse ministers.json, 1997 – March 2010) mixes government posts,
 *   opposition front-bench posts, PPS posts and committee chairs under short titles
 *   ("Minister of State", "Whip"); a missing end date means "still held in March 2010".
 * - kinds `governmentpost` / `oppositionpost` / `parliamentarypost` / `committee`
 *   (data.parliament.uk, ministers-2010.json); a missing end date means "still held when the file
 *   was made" — the register's `offices_known_until`, taken from the file (the bundled copy has
 *   none, so its latest post date in 2020 stands in; a synced one ends wherever parlparse's
 *   current file ends). The import stores it, and the pages word an open post by it.
 * Parties are compared by full name (vocabulary.ts toPartyName), so the bundled register's codes
 * ("Lab") and people.json's organisation ids ("labour") answer alike.
 */
import type { HeldOffice } from '../db/store';
import { toPartyName } from '../vocabulary';
import type { RegisterMembership, RegisterOffice, RegisterPerson } from './register-schema';

/** Stored in the resolution columns, so its shape is defined beside them (lib/db/store/resolution.ts). */
export type { HeldOffice };

/** The pre-2010 file ends in March 2010; its open posts ended with that government at the latest. */
const MINISTERIAL_FILE_OPEN_END = '2010-05-11';
/** Pre-2010 titles that are not government offices even when a government member holds them. */
const NOT_GOVERNMENT_TITLE = /\b(?:shadow|pps|parliamentary private secretary|chairman|chair|spokespersons? in the lords|advisory team|opposition|party)\b/i;
/** Parties in government 1997-2010, the only years of the `ministerial` file (full names, vocabulary.ts). */
const GOVERNMENT_PARTIES_1997_2010 = new Set(['Labour', 'Labour/Co-operative']);
/** Non-party ministers of that government (GOATs, crossbench peers) have these or none. */
const NON_PARTY = new Set(['Crossbench', 'Non-affiliated', 'Other', '']);

/** `party`: the party's full name on the office's start (partyOn). */
export function isGovernmentOffice(office: RegisterOffice, party: string | null | undefined): boolean {
  if (office.kind === 'governmentpost') return true;
  if (office.kind !== 'ministerial') return false;
  if (NOT_GOVERNMENT_TITLE.test(office.role ?? '')) return false;
  return GOVERNMENT_PARTIES_1997_2010.has(party ?? '') || NON_PARTY.has(party ?? '');
}

/** The end date to compare with: an open `ministerial` post ends with the 1997-2010 government. */
export function effectiveEnd(office: RegisterOffice): string | null {
  if (office.end_date) return office.end_date;
  return office.kind === 'ministerial' ? MINISTERIAL_FILE_OPEN_END : null;
}

export function isHeldOn(office: RegisterOffice, date: string): boolean {
  const end = effectiveEnd(office);
  return office.start_date <= date && (!end || end >= date);
}

/** `knownUntil`: how far the register's open posts are known to be held (RegisterCoverage.officesKnownUntil). */
export function toHeldOffice(
  office: RegisterOffice,
  party: string | null | undefined,
  organizations: Record<string, string>,
  date: string | null,
  knownUntil: string,
): HeldOffice {
  const orgId = office.organization_id ?? null;
  const orgName = orgId ? (organizations[orgId] ?? null) : null;
  // data.parliament.uk files most posts, Lords ones included, under "house-of-commons": not a department.
  const department = orgId === 'house-of-commons' && office.kind !== 'parliamentarypost' ? null : orgName;
  const title = office.role?.trim() || (office.kind === 'committee' ? `Member, ${orgName ?? 'committee'}` : (orgName ?? office.kind));
  return {
    title,
    department,
    kind: office.kind,
    start: office.start_date,
    end: office.end_date ?? null,
    government: isGovernmentOffice(office, party),
    beyondRegister: !office.end_date && office.kind !== 'ministerial' && date != null && date > knownUntil,
  };
}

/** Full party name of the membership in force on a date (for telling government from opposition posts). */
export function partyOn(person: RegisterPerson, date: string): string | null {
  const m = membershipsOn(person, date)[0];
  return toPartyName(m?.party_name) ?? toPartyName(m?.party) ?? null;
}

/** Memberships in force on a date, latest start first. Dates compare as strings ("1957" < "1957-…"). */
export function membershipsOn(person: RegisterPerson, date: string): RegisterMembership[] {
  return person.memberships.filter((m) => m.start_date <= date && (!m.end_date || m.end_date >= date)).sort((a, b) => (a.start_date < b.start_date ? 1 : -1));
}

/**
 * Posts held on the date, committee places left out (they are many and say little about the
 * capacity someone speaks in), government posts first.
 */
export function officesHeldOn(person: RegisterPerson, date: string, organizations: Record<string, string>, knownUntil: string): HeldOffice[] {
  return (person.offices ?? [])
    .filter((o) => o.kind !== 'committee' && isHeldOn(o, date))
    .map((o) => toHeldOffice(o, partyOn(person, o.start_date) ?? partyOn(person, date), organizations, date, knownUntil))
    .sort((a, b) => Number(b.government) - Number(a.government) || (a.start < b.start ? 1 : -1));
}
