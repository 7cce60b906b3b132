/**
 * Printed speaker + date → a person in the member register, or a plain "don't know". Pure: the
 * register is an argument (lib/members/load.ts loads the bundled one once per process).
 *
 * Order of evidence:
 * 1. The source's own reference (ParlParse `speakerid` member/lord id, or `person_id`). A
 *    reference the register lacks is not guessed around: the person is someone the register
 *    does not hold.
 * 2. The printed name — as a name form of someone sitting (in the record's house) on the date —
 *    then, when several fit, the printed constituency, party, office and title (Mr/Mrs) to tell
 *    them apart. "Mr Coaker" falls back to surnames of sitting members; "Lord Hodgson" to the
 *    peers called Hodgson; "Mr Speaker" to whoever held the chair that day.
 * Two people fitting is `ambiguous`, none is `unknown`; the reason says which and why. Nobody is
 * resolved without a date, since the register cannot say who sat then.
 */
import { membershipsOn, officesHeldOn, type HeldOffice } from './offices';
import { normalizeText, splitOfficeAndName, toNameKey, toOfficeKey } from './names';
import { toPartyName } from './parties';
import type { Register, RegisterMembership, RegisterPerson } from './register-schema';

export type ResolutionStatus = 'resolved' | 'ambiguous' | 'unknown';
export type ResolutionMethod = 'source-ref' | 'name' | 'surname' | 'chair' | 'office';
export type House = 'Commons' | 'Lords';

export interface SpeakerToResolve {
  name: string | null;
  role: string | null;
  party: string | null;
  constituency: string | null;
  sourceRef?: string | null;
  /** The contribution's date (YYYY-MM-DD), else its record's. */
  date: string | null;
  house: House | null;
}

export interface SpeakerResolution {
  status: ResolutionStatus;
  /** In words, for the report and the page: how the person was found, or why not. */
  reason: string;
  method: ResolutionMethod | null;
  personId: string | null;
  /** The register's name for them on that date ("Vernon Coaker", "Baroness Williams of Trafford"). */
  name: string | null;
  party: string | null;
  /** Official spelling ("Oxford West and Abingdon", not "Oxford West & Abingdon"). */
  constituency: string | null;
  house: House | null;
  /** Posts held on the date (government first), from the register — not from what the page printed. */
  offices: HeldOffice[];
  /**
   * Whether they held a government post that day: true / false where the register's offices cover
   * the date, null where they do not (before its first or after its last recorded post) — then
   * only a post still open at the register's end says true.
   */
  minister: boolean | null;
  /** Person ids that fit, when more than one did (or the near-miss, when none did). */
  candidates: string[];
}

export interface SpeakerResolver {
  /** Null when there is nobody to resolve (no printed name and no reference). */
  resolve(speaker: SpeakerToResolve): SpeakerResolution | null;
  person(personId: string): RegisterPerson | undefined;
}

interface NameEntry {
  person: RegisterPerson;
  from?: string | null;
  to?: string | null;
}

interface Coverage {
  commonsUntil: string;
  newestPeerage: string;
  officesFrom: string;
  officesUntil: string;
}

const CHAIRS: { key: RegExp; codes: string[] }[] = [
  { key: /^(?:mr|madam)? ?speaker$/, codes: ['SPK'] },
  { key: /^(?:mr|madam|first|second)? ?deputy speaker$|^chairman of ways and means$/, codes: ['CWM', 'DCWM'] },
];

export function createSpeakerResolver(register: Register): SpeakerResolver {
  const organizations = register.organizations ?? {};
  const byPerson = new Map<string, RegisterPerson>();
  const byMembership = new Map<string, { person: RegisterPerson; membership: RegisterMembership }>();
  const names = new Map<string, NameEntry[]>();
  const surnames = new Map<string, Set<RegisterPerson>>();
  const constituencies = new Map<string, string>();
  const coverage: Coverage = { commonsUntil: '', newestPeerage: '', officesFrom: '9999', officesUntil: '' };

  const addName = (key: string, entry: NameEntry) => {
    if (!key) return;
    const list = names.get(key) ?? [];
    if (!list.some((e) => e.person === entry.person && e.from == entry.from && e.to == entry.to)) list.push(entry);
    names.set(key, list);
  };
  const addSurname = (key: string, person: RegisterPerson) => {
    if (!key) return;
    const set = surnames.get(key) ?? new Set();
    set.add(person);
    surnames.set(key, set);
  };

  for (const c of register.constituencies ?? []) for (const n of c.names) constituencies.set(normalizeText(n), c.names[0]);
  for (const person of register.persons) {
    byPerson.set(person.id, person);
    for (const o of person.offices ?? []) {
      if (o.kind === 'committee') continue;
      if (o.start_date < coverage.officesFrom) coverage.officesFrom = o.start_date;
      const last = o.end_date ?? o.start_date;
      if (last > coverage.officesUntil) coverage.officesUntil = last;
    }
    if (person.name) addName(toNameKey(person.name).key, { person });
    for (const n of person.names ?? []) {
      const { key } = toNameKey(n.name);
      // "Mr Coaker" is a surname form: it goes through the surname path, which checks who sat then.
      if (n.kind === 'title+surname') addSurname(key, person);
      else addName(key, { person, from: n.from, to: n.to });
    }
    for (const m of person.memberships) {
      byMembership.set(m.id, { person, membership: m });
      if (m.house === 'commons') {
        if (m.end_date && m.end_date > coverage.commonsUntil) coverage.commonsUntil = m.end_date;
        if (m.given_name && m.family_name) addName(toNameKey(`${m.given_name} ${m.family_name}`).key, { person });
        if (m.family_name) addSurname(toNameKey(m.family_name).key, person);
      } else {
        if (m.start_date > coverage.newestPeerage) coverage.newestPeerage = m.start_date;
        if (m.display_name) addName(toNameKey(m.display_name).key, { person });
        // "Lord Hodgson" for "Lord Hodgson of Astley Abbotts": a short form, checked like a surname.
        if (m.honorific && m.lordname) addSurname(toNameKey(`${m.honorific} ${m.lordname}`).key, person);
      }
    }
  }

  const canonicalConstituency = (name: string | null | undefined) => {
    const t = name?.trim();
    return t ? (constituencies.get(normalizeText(t)) ?? t) : null;
  };

  const membershipFor = (person: RegisterPerson, date: string, house: House | null) =>
    membershipsOn(person, date).find((m) => !house || houseOf(m) === house) ?? null;

  const describe = (person: RegisterPerson, membership: RegisterMembership | null, date: string | null, method: ResolutionMethod, reason: string): SpeakerResolution => {
    const offices = date ? officesHeldOn(person, date, organizations) : [];
    const covered = date != null && date >= coverage.officesFrom && date <= coverage.officesUntil;
    const government = offices.some((o) => o.government);
    return {
      status: 'resolved',
      reason,
      method,
      personId: person.id,
      name: membership ? nameOf(person, membership) : person.name,
      party: membership ? toPartyName(membership.party_name) : null,
      constituency: membership?.house === 'commons' ? canonicalConstituency(membership.constituency) : null,
      house: membership ? houseOf(membership) : null,
      offices,
      minister: covered ? government : government ? true : null,
      candidates: [],
    };
  };

  const unresolved = (status: 'ambiguous' | 'unknown', reason: string, candidates: RegisterPerson[] = []): SpeakerResolution => ({
    status,
    reason,
    method: null,
    personId: null,
    name: null,
    party: null,
    constituency: null,
    house: null,
    offices: [],
    minister: null,
    candidates: candidates.map((p) => p.id),
  });

  function resolveByRef(ref: string, s: SpeakerToResolve): SpeakerResolution {
    const direct = byMembership.get(ref);
    if (direct) return describe(direct.person, direct.membership, s.date, 'source-ref', `source reference ${ref}`);
    const person = byPerson.get(ref);
    if (!person) return unresolved('unknown', `source reference ${ref} is not in the member register (it holds Commons members to ${coverage.commonsUntil}, peers created to ${coverage.newestPeerage})`);
    const membership = s.date ? membershipFor(person, s.date, s.house) : null;
    return describe(person, membership, s.date, 'source-ref', `source reference ${ref}${membership ? '' : `; no seat in the register on ${s.date ?? 'an unknown date'}`}`);
  }

  function resolveByName(printed: string, s: SpeakerToResolve & { date: string }): SpeakerResolution {
    const inner = splitOfficeAndName(printed);
    const name = inner?.name ?? printed;
    const officeHint = inner?.office ?? s.role;
    const { key, honorific, gender } = toNameKey(name);
    const where = `${s.house ? `the ${s.house}` : 'Parliament'} on ${s.date}`;
    const sitting = (p: RegisterPerson) => membershipFor(p, s.date, s.house) != null;

    let method: ResolutionMethod = 'name';
    let found = uniq((names.get(key) ?? []).filter((e) => within(s.date, e.from, e.to)).map((e) => e.person)).filter(sitting);
    if (!found.length && (key.split(' ').length === 1 || honorific || /^(lord|baroness|lady|viscount|earl|countess) \S+$/.test(key))) {
      method = 'surname';
      found = [...(surnames.get(key) ?? [])].filter(sitting);
    }
    if (!found.length) {
      const chair = CHAIRS.find((c) => c.key.test(normalizeText(name)));
      if (chair && s.house !== 'Lords') {
        method = 'chair';
        found = register.persons.filter((p) => {
          const m = membershipFor(p, s.date, 'Commons');
          return m?.party != null && chair.codes.includes(m.party);
        });
      }
    }
    if (!found.length) {
      const wanted = toOfficeKey(name);
      method = 'office';
      found = wanted.split(' ').length >= 2 ? register.persons.filter((p) => sitting(p) && officesHeldOn(p, s.date, organizations).some((o) => officeKeys(o).includes(wanted))) : [];
    }
    if (!found.length) {
      const former = uniq([...(names.get(key) ?? []).map((e) => e.person), ...(surnames.get(key) ?? [])]);
      const hint = former.length === 1 ? `; ${former[0].name ?? former[0].id} (${former[0].id}) has that name but no seat in the register then` : former.length > 1 ? `; ${former.length} people of that name sat at other times` : '';
      return unresolved('unknown', `no member called "${name}" sat in ${where} according to the register${outsideCoverage(s, coverage)}${hint}`, former.slice(0, 5));
    }

    // Several fit: let the other printed facts choose, each only if it leaves somebody.
    const steps: string[] = [];
    const narrow = (label: string, keep: (p: RegisterPerson) => boolean) => {
      if (found.length < 2) return;
      const left = found.filter(keep);
      if (left.length && left.length < found.length) {
        found = left;
        steps.push(label);
      }
    };
    const printedSeat = canonicalConstituency(s.constituency);
    if (printedSeat) narrow('constituency', (p) => canonicalConstituency(membershipFor(p, s.date, s.house)?.constituency) === printedSeat);
    if (s.party) narrow('party', (p) => samePartyFamily(s.party!, toPartyName(membershipFor(p, s.date, s.house)?.party_name)));
    if (officeHint) {
      const wanted = toOfficeKey(officeHint);
      narrow('office', (p) => officesHeldOn(p, s.date, organizations).some((o) => officeKeys(o).includes(wanted)));
    }
    if (gender) narrow('title', (p) => genderOf(p, s.date) === gender);
    if (found.length > 1) {
      const list = found.slice(0, 5).map((p) => nameOf(p, membershipFor(p, s.date, s.house))).join(', ');
      return unresolved('ambiguous', `"${name}" fits ${found.length} members sitting in ${where}: ${list}${found.length > 5 ? ', …' : ''}`, found);
    }

    const person = found[0];
    const membership = membershipFor(person, s.date, s.house);
    // A printed seat or party that contradicts the only candidate means the name points elsewhere.
    const registerSeat = canonicalConstituency(membership?.constituency);
    if (printedSeat && registerSeat && normalizeText(printedSeat) !== normalizeText(registerSeat)) {
      return unresolved('unknown', `"${name}" matches ${nameOf(person, membership)}, but the page prints ${s.constituency} and the register has ${registerSeat} on ${s.date}`, [person]);
    }
    const registerParty = toPartyName(membership?.party_name);
    if (!printedSeat && s.party && registerParty && !samePartyFamily(s.party, registerParty)) {
      return unresolved('unknown', `"${name}" matches ${nameOf(person, membership)}, but the page prints ${s.party} and the register has ${registerParty} on ${s.date}`, [person]);
    }
    const how = { name: 'name form', surname: 'surname', chair: 'chair held', office: 'office held' }[method as Exclude<ResolutionMethod, 'source-ref'>];
    const by = steps.length ? `, told apart by ${steps.join(' and ')}` : '';
    return describe(person, membership, s.date, method, `${how} "${name}" fits one member sitting in ${where}${by}`);
  }

  const cache = new Map<string, SpeakerResolution | null>();
  return {
    person: (id) => byPerson.get(id),
    resolve(s) {
      const cacheKey = JSON.stringify([s.name, s.role, s.party, s.constituency, s.sourceRef ?? null, s.date, s.house]);
      const hit = cache.get(cacheKey);
      if (hit !== undefined) return hit;
      let result: SpeakerResolution | null;
      const ref = s.sourceRef?.trim();
      if (ref) result = resolveByRef(ref, s);
      else if (!s.name?.trim()) result = null;
      else if (!s.date) result = unresolved('unknown', `"${s.name}": the record gives no date, so the register cannot tell who sat then`);
      else result = resolveByName(s.name.trim(), { ...s, date: s.date });
      if (cache.size > 20_000) cache.clear();
      cache.set(cacheKey, result);
      return result;
    },
  };
}

function houseOf(m: RegisterMembership): House {
  return m.house === 'lords' ? 'Lords' : 'Commons';
}

/** The register's name for the person in that membership: peerage title in the Lords. */
export function nameOf(person: RegisterPerson, m: RegisterMembership | null): string {
  if (m?.house === 'lords' && m.display_name) return m.display_name;
  if (m?.given_name && m.family_name) return `${m.given_name} ${m.family_name}`;
  return person.name ?? person.id;
}

function within(date: string, from?: string | null, to?: string | null): boolean {
  return (!from || from <= date) && (!to || to >= date);
}

function uniq<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function officeKeys(o: HeldOffice): string[] {
  return [toOfficeKey(o.title), ...(o.department ? [toOfficeKey(`${o.title} ${o.department}`)] : [])];
}

/** "Labour" fits "Labour/Co-operative"; "Liberal Democrat" fits "Liberal Democrats". */
function samePartyFamily(printed: string, registered: string | null): boolean {
  if (!registered) return true;
  const a = normalizeText(printed).replace(/\bparty\b/g, '').trim();
  const b = normalizeText(registered).replace(/\bparty\b/g, '').trim();
  return a === b || a.startsWith(b) || b.startsWith(a);
}

function genderOf(person: RegisterPerson, date: string): 'f' | 'm' | null {
  const m = membershipsOn(person, date)[0];
  const titled = [m?.honorific, ...(person.names ?? []).filter((n) => n.kind === 'titled' || n.kind === 'title+surname' || n.kind === 'peerage').map((n) => n.name.split(' ')[0])];
  for (const t of titled) if (t) {
    const g = toNameKey(`${t} X`).gender;
    if (g) return g;
  }
  return null;
}

function outsideCoverage(s: { house: House | null; date: string }, c: Coverage): string {
  if (s.house !== 'Lords' && s.date > c.commonsUntil) return ` (it holds no Commons members after ${c.commonsUntil})`;
  if (s.house === 'Lords' && s.date > c.newestPeerage) return ` (it holds no peers created after ${c.newestPeerage})`;
  return '';
}
