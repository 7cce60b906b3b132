/**
 * Offices a person held on a date, and which of them are government offices. Pure.
 *
 * The register's offices come from two files with different conventions (see
 * ../shared/data/members/README.md):
 * - kind `ministerial` (parlparse ministers.json, 1997 – March 2010) mixes government posts,
 *   opposition front-bench posts, PPS posts and committee chairs under short titles
 *   ("Minister of State", "Whip"); a missing end date means "still held in March 2010".
 * - kinds `governmentpost` / `oppositionpost` / `parliamentarypost` / `committee`
 *   (data.parliament.uk, 2010 – October 2020); a missing end date means "still held on
 *   2020-10-21".
 */
import type { HeldOffice } from '../db/store';
import type { RegisterMembership, RegisterOffice, RegisterPerson } from './register-schema';

/** Stored in the resolution columns, so its shape is defined beside them (lib/db/store/resolution.ts). */
export type { HeldOffice };

/** The pre-2010 file ends in March 2010; its open posts ended with that government at the latest. */
const MINISTERIAL_FILE_OPEN_END = '2010-05-11';
/** ministers-2010.json was taken on this date: open posts were held then, later is unknown. */
export const OFFICES_KNOWN_UNTIL = '2020-10-21';

/** Pre-2010 titles that are not government offices even when a government member holds them. */
const NOT_GOVERNMENT_TITLE = /\b(?:shadow|pps|parliamentary private secretary|chairman|chair|spokespersons? in the lords|advisory team|opposition|party)\b/i;
/** Parties in government 1997-2010, the only years of the `ministerial` file. */
const GOVERNMENT_PARTIES_1997_2010 = new Set(['Lab', 'Lab/Co-op']);
/** Non-party ministers of that government (GOATs, crossbench peers) have these or none. */
const NON_PARTY = new Set(['XB', 'Non-affiliated', 'Other', '']);

export function isGovernmentOffice(office: RegisterOffice, partyCode: string | null | undefined): boolean {
  if (office.kind === 'governmentpost') return true;
  if (office.kind !== 'ministerial') return false;
  if (NOT_GOVERNMENT_TITLE.test(office.role ?? '')) return false;
  const party = partyCode ?? '';
  return GOVERNMENT_PARTIES_1997_2010.has(party) || NON_PARTY.has(party);
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

export function toHeldOffice(
  office: RegisterOffice,
  partyCode: string | null | undefined,
  organizations: Record<string, string>,
  date: string | null,
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
    government: isGovernmentOffice(office, partyCode),
    beyondRegister: !office.end_date && office.kind !== 'ministerial' && date != null && date > OFFICES_KNOWN_UNTIL,
  };
}

/** Party code of the membership in force on a date (for telling government from opposition posts). */
export function partyCodeOn(person: RegisterPerson, date: string): string | null {
  const m = membershipsOn(person, date)[0];
  return m?.party ?? null;
}

/** Memberships in force on a date, latest start first. Dates compare as strings ("1957" < "1957-…"). */
export function membershipsOn(person: RegisterPerson, date: string): RegisterMembership[] {
  return person.memberships.filter((m) => m.start_date <= date && (!m.end_date || m.end_date >= date)).sort((a, b) => (a.start_date < b.start_date ? 1 : -1));
}

/**
 * Posts held on the date, committee places left out (they are many and say little about the
 * capacity someone speaks in), government posts first.
 */
export function officesHeldOn(person: RegisterPerson, date: string, organizations: Record<string, string>): HeldOffice[] {
  return (person.offices ?? [])
    .filter((o) => o.kind !== 'committee' && isHeldOn(o, date))
    .map((o) => toHeldOffice(o, partyCodeOn(person, o.start_date) ?? partyCodeOn(person, date), organizations, date))
    .sort((a, b) => Number(b.government) - Number(a.government) || (a.start < b.start ? 1 : -1));
}
