/**
 * Pure lookups in a loaded member register: a ParlParse speaker reference plus a sitting date →
 * the person, and the party and seat the register gives for that date.
 *
 * - `uk.org.publicwhip/member/N` and `…/lord/N` name a membership (one seat, one party), so they
 *   fix party and seat whatever the date.
 * - `uk.org.publicwhip/person/N` names a person: the membership in force on the date is chosen.
 */
import { toPartyName } from './parties';
import type { Register, RegisterMembership, RegisterPerson } from './register-schema';

export type MemberHouse = 'Commons' | 'Lords';

export interface MemberRecord {
  /** `uk.org.publicwhip/person/N` (or `wikidata:Q…` for unmatched 2017 MPs). */
  personId: string;
  /** Name the register gives for that membership (peerage title for Lords), else the person's name. */
  name: string | null;
  /** Full party name ("Labour", "Crossbench"), null when the register has none for the date. */
  party: string | null;
  constituency: string | null;
  house: MemberHouse | null;
}

/** The function parsers receive: `(speakerRef, date) → member or null`. */
export type MemberLookup = (speakerRef: string, date: string | null) => MemberRecord | null;

export interface MemberIndex {
  byMembershipId: Map<string, { person: RegisterPerson; membership: RegisterMembership }>;
  byPersonId: Map<string, RegisterPerson>;
  /** Where the register came from, for messages. */
  source: string;
}

/** Builds the in-memory index of a validated register. Pure. */
export function buildMemberIndex(register: Register, source = 'register'): MemberIndex {
  const byMembershipId: MemberIndex['byMembershipId'] = new Map();
  const byPersonId: MemberIndex['byPersonId'] = new Map();
  for (const person of register.persons) {
    byPersonId.set(person.id, person);
    for (const membership of person.memberships) byMembershipId.set(membership.id, { person, membership });
  }
  return { byMembershipId, byPersonId, source };
}

/** Looks a speaker reference up for a date (YYYY-MM-DD). Unknown references give null. */
export function lookupMember(index: MemberIndex, speakerRef: string, date: string | null): MemberRecord | null {
  const ref = speakerRef.trim();
  const direct = index.byMembershipId.get(ref);
  if (direct) return toMemberRecord(direct.person, direct.membership);
  const person = index.byPersonId.get(ref);
  if (!person) return null;
  const membership = date ? membershipOn(person, date) : null;
  if (membership) return toMemberRecord(person, membership);
  return { personId: person.id, name: person.name, party: null, constituency: null, house: null };
}

/** Binds an index into the `MemberLookup` function shape that parsers take. */
export function createMemberLookup(index: MemberIndex): MemberLookup {
  return (speakerRef, date) => lookupMember(index, speakerRef, date);
}

/**
 * The membership in force on `date`. Dates compare as strings: a Lords start given only as a
 * year ("1957") sorts before any full date of a later year, which is what we want.
 */
export function membershipOn(person: RegisterPerson, date: string): RegisterMembership | null {
  let best: RegisterMembership | null = null;
  for (const m of person.memberships) {
    if (m.start_date > date) continue;
    if (m.end_date && m.end_date < date) continue;
    // Where a seat ends on the day a peerage starts, the later start is the current one.
    if (!best || m.start_date > best.start_date) best = m;
  }
  return best;
}

function toMemberRecord(person: RegisterPerson, m: RegisterMembership): MemberRecord {
  const house: MemberHouse = m.house === 'lords' ? 'Lords' : 'Commons';
  const partsName = [m.given_name, m.family_name].filter(Boolean).join(' ');
  const name = (house === 'Lords' ? m.display_name : partsName) || person.name || null;
  return {
    personId: person.id,
    name,
    party: toPartyName(m.party_name),
    constituency: m.constituency?.trim() || null,
    house,
  };
}
