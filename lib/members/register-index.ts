/**
 * The member register as an in-memory index, built once from a validated register file and then
 * only read: by source reference (ParlParse membership and person ids), by name form and by
 * surname, with the official spelling of every constituency and how far the register's data
 * reaches. Building is here; the rule that uses it to say who a printed speaker is lives in
 * resolve.ts. Pure.
 */
import { toNameKey, normalizeText } from './names';
import type { MembershipHouse } from './houses';
import { SCOTTISH_GOVERNMENT_POST } from './popolo';
import type { Register, RegisterMembership, RegisterPerson } from './register-schema';

/** A name form of a person, valid between two dates when the register bounds it ("The Prime Minister"), in one chamber when it says so. */
export interface NameEntry {
  person: RegisterPerson;
  from?: string | null;
  to?: string | null;
  house?: MembershipHouse;
}

/** How far the register's data reaches, for saying why somebody was not found. */
export interface RegisterCoverage {
  commonsUntil: string;
  newestPeerage: string;
  officesFrom: string;
  officesUntil: string;
  /**
   * How far an open post is known to be held: the register's `meta.offices_known_until` (the last
   * date its office file mentions), else the latest office date it holds.
   */
  officesKnownUntil: string;
}

/**
 * A source reference by Parliament's own member id (the Written Questions API's askingMemberId):
 * `datadotparl:4253` names the register person whose identifiers carry datadotparl_id 4253.
 */
export const DATADOTPARL_REF = 'datadotparl:';

export interface RegisterIndex {
  /** Where the register came from, for messages. */
  source: string;
  persons: RegisterPerson[];
  organizations: Record<string, string>;
  byPersonId: Map<string, RegisterPerson>;
  /** Parliament's own member id (identifiers.datadotparl_id) → person: how the Written Questions API names members. */
  byDatadotparlId: Map<string, RegisterPerson>;
  /** `uk.org.publicwhip/member/N`, `…/lord/N` and other membership ids: one seat, one party. */
  byMembershipId: Map<string, { person: RegisterPerson; membership: RegisterMembership }>;
  /** A merged membership's old id → the id it became (people.json `{id, redirect}` memberships). */
  membershipRedirects: Map<string, string>;
  /** Name key (names.ts) → the people who have that name form. */
  byName: Map<string, NameEntry[]>;
  /** Surname or short peerage key ("coaker", "lord hodgson") → people, checked against who sat on the date. */
  bySurname: Map<string, NameEntry[]>;
  /** Normalised spelling → the official one ("Oxford West & Abingdon" → "Oxford West and Abingdon"). */
  constituencies: Map<string, string>;
  coverage: RegisterCoverage;
}

export function buildRegisterIndex(register: Register, source = 'register'): RegisterIndex {
  const index: RegisterIndex = {
    source,
    persons: register.persons,
    organizations: register.organizations ?? {},
    byPersonId: new Map(),
    byDatadotparlId: new Map(),
    byMembershipId: new Map(),
    membershipRedirects: new Map(Object.entries(register.membership_redirects ?? {})),
    byName: new Map(),
    bySurname: new Map(),
    constituencies: new Map(),
    coverage: { commonsUntil: '', newestPeerage: '', officesFrom: '9999', officesUntil: '', officesKnownUntil: '' },
  };
  const { coverage } = index;
  for (const c of register.constituencies ?? []) for (const n of c.names) index.constituencies.set(normalizeText(n), c.names[0]);
  for (const person of register.persons) {
    index.byPersonId.set(person.id, person);
    const datadotparl = person.identifiers?.datadotparl_id?.trim();
    if (datadotparl) index.byDatadotparlId.set(datadotparl, person);
    for (const o of person.offices ?? []) {
      if (!countsForOfficeCoverage(o)) continue;
      if (o.start_date < coverage.officesFrom) coverage.officesFrom = o.start_date;
      const last = o.end_date ?? o.start_date;
      if (last > coverage.officesUntil) coverage.officesUntil = last;
    }
    if (person.name) addName(index, toNameKey(person.name).key, { person });
    for (const n of person.names ?? []) {
      const { key } = toNameKey(n.name);
      const entry = { person, from: n.from, to: n.to, ...(n.house ? { house: n.house } : {}) };
      // "Mr Coaker", or a surname alias: surname forms go through the surname path, which checks who sat then.
      if (n.kind === 'title+surname' || n.kind === 'surname') addSurname(index, key, entry);
      else addName(index, key, entry);
    }
    for (const m of person.memberships) {
      index.byMembershipId.set(m.id, { person, membership: m });
      if (m.house !== 'lords') {
        // The Commons and the devolved chambers name members alike: given and family name.
        if (m.house === 'commons' && m.end_date && m.end_date > coverage.commonsUntil) coverage.commonsUntil = m.end_date;
        if (m.given_name && m.family_name) addName(index, toNameKey(`${m.given_name} ${m.family_name}`).key, { person });
        if (m.family_name) addSurname(index, toNameKey(m.family_name).key, { person });
      } else {
        if (m.start_date > coverage.newestPeerage) coverage.newestPeerage = m.start_date;
        if (m.display_name) addName(index, toNameKey(m.display_name).key, { person });
        // "Lord Hodgson" for "Lord Hodgson of Astley Abbotts": a short form, checked like a surname.
        if (m.honorific && m.lordname) addSurname(index, toNameKey(`${m.honorific} ${m.lordname}`).key, { person });
      }
    }
  }
  coverage.officesKnownUntil = officesKnownUntil(register);
  // A merged person's old id (people.json `{id, redirect}`) finds the person it became.
  for (const [oldId, newId] of Object.entries(register.redirects ?? {})) {
    const person = index.byPersonId.get(newId);
    if (person && !index.byPersonId.has(oldId)) index.byPersonId.set(oldId, person);
  }
  return index;
}

/**
 * How far a register's open posts are known to be held: its `meta.offices_known_until` (the last
 * date its office file mentions), else the latest start or end date of its posts (committee places
 * aside); '' when it holds no post. The import stores it, so pages word an open end by it.
 */
/** Coverage is of Westminster's posts: committee places and Scottish Government posts say nothing of it. */
function countsForOfficeCoverage(office: { kind: string }): boolean {
  return office.kind !== 'committee' && office.kind !== SCOTTISH_GOVERNMENT_POST;
}

export function officesKnownUntil(register: Register): string {
  const known = register.meta?.offices_known_until;
  if (typeof known === 'string' && known) return known;
  let latest = '';
  for (const person of register.persons) {
    for (const o of person.offices ?? []) {
      if (!countsForOfficeCoverage(o)) continue;
      const last = o.end_date ?? o.start_date;
      if (last > latest) latest = last;
    }
  }
  return latest;
}

function addName(index: RegisterIndex, key: string, entry: NameEntry): void {
  addEntry(index.byName, key, entry);
}

function addSurname(index: RegisterIndex, key: string, entry: NameEntry): void {
  addEntry(index.bySurname, key, entry);
}

function addEntry(map: Map<string, NameEntry[]>, key: string, entry: NameEntry): void {
  if (!key) return;
  const list = map.get(key) ?? [];
  const same = (e: NameEntry) =>
    e.person === entry.person && (e.from ?? null) === (entry.from ?? null) && (e.to ?? null) === (entry.to ?? null) && e.house === entry.house;
  if (!list.some(same)) list.push(entry);
  map.set(key, list);
}

/**
 * A membership by id, following merged memberships (an old day file's `speakerid` that parlparse
 * has since redirected): the one lookup for member ids, so speakers and division lists agree.
 */
export function findMembership(index: RegisterIndex, id: string): { person: RegisterPerson; membership: RegisterMembership } | null {
  let to = id;
  for (let hops = 0; !index.byMembershipId.has(to) && index.membershipRedirects.has(to) && hops < 10; hops++) to = index.membershipRedirects.get(to)!;
  return index.byMembershipId.get(to) ?? null;
}

/** The register's official spelling of a printed constituency; the printed one when it has none. */
export function canonicalConstituency(index: RegisterIndex, name: string | null | undefined): string | null {
  const t = name?.trim();
  return t ? (index.constituencies.get(normalizeText(t)) ?? t) : null;
}
