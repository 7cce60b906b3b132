/**
 * The one resolution rule: printed speaker + date → a person in the member register, or a plain
 * "don't know". Parsing (ParlParse XML), ingest (other formats) and the register import all call
 * `resolveSpeaker` with an index built once (register-index.ts; load.ts keeps the bundled one per
 * process). Pure apart from a memo per index: the same speaker on the same date is worked out once.
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
import { PEERAGE_TITLES, toPartyName } from '../vocabulary';
import { canonicalConstituency, DATADOTPARL_REF, findMembership, type NameEntry, type RegisterCoverage, type RegisterIndex } from './register-index';
import { HOUSE_OF_MEMBERSHIP, MEMBERSHIP_OF_HOUSE, WESTMINSTER_HOUSES, type House } from './houses';
import type { RegisterMembership, RegisterPerson } from './register-schema';

export type ResolutionStatus = 'resolved' | 'ambiguous' | 'unknown';
export type ResolutionMethod = 'source-ref' | 'name' | 'surname' | 'chair' | 'office';
export type { House };

export interface SpeakerToResolve {
  name: string | null;
  role: string | null;
  party: string | null;
  constituency: string | null;
  sourceRef?: string | null;
  /** The contribution's date (YYYY-MM-DD), else its record's. */
  date: string | null;
  /** A record made to both Houses (`Bicameral`) is resolved in either. */
  house: House | 'Bicameral' | null;
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
  /**
   * The seat as the register's membership row spells it ("Hackney North & Stoke Newington"): what
   * the ParlParse parser prints as the speaker's constituency, the register's own words.
   */
  seatAsRegistered: string | null;
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

/**
 * Who holds a chair, by the membership's party: the bundled register's codes (SPK, CWM, DCWM) and
 * the organisation ids parlparse's people.json uses for them (`speaker`, `deputy-speaker`).
 */
const CHAIRS: { key: RegExp; codes: string[] }[] = [
  { key: /^(?:mr|madam)? ?speaker$/, codes: ['SPK', 'speaker'] },
  { key: /^(?:mr|madam|first|second)? ?deputy speaker$|^chairman of ways and means$/, codes: ['CWM', 'DCWM', 'deputy-speaker'] },
];

/** "Lord Hodgson", "Baroness Smith": a peerage title and one word, which may be a short form. */
const SHORT_PEERAGE = new RegExp(`^(?:${PEERAGE_TITLES.map((t) => t.toLowerCase()).join('|')}) \\S+$`);

/** Answers already worked out, per index: a speaker recurs in contribution after contribution. */
const memo = new WeakMap<RegisterIndex, Map<string, SpeakerResolution | null>>();

/**
 * Who `speaker` is according to the register: by the source's reference when it gives one, else by
 * name, house and date. Null when there is nobody to resolve (no printed name and no reference).
 */
/** A speaker to resolve in one House, or in either (null). */
type OneHouseSpeaker = Omit<SpeakerToResolve, 'house'> & { house: House | null };

export function resolveSpeaker(index: RegisterIndex, given: SpeakerToResolve): SpeakerResolution | null {
  const speaker: OneHouseSpeaker = { ...given, house: given.house === 'Bicameral' ? null : given.house };
  let answers = memo.get(index);
  if (!answers) memo.set(index, (answers = new Map()));
  const key = JSON.stringify([speaker.name, speaker.role, speaker.party, speaker.constituency, speaker.sourceRef ?? null, speaker.date, speaker.house]);
  const known = answers.get(key);
  if (known !== undefined) return known;
  let result: SpeakerResolution | null;
  const ref = speaker.sourceRef?.trim();
  if (ref) result = resolveByRef(index, ref, speaker);
  else if (!speaker.name?.trim()) result = null;
  else if (!speaker.date) result = unresolved('unknown', `"${speaker.name}": the record gives no date, so the register cannot tell who sat then`);
  else result = resolveByName(index, speaker.name.trim(), { ...speaker, date: speaker.date });
  if (answers.size > 20_000) answers.clear();
  answers.set(key, result);
  return result;
}

/** A parsed record's speakers, as far as resolving needs them (lib/parse/record.ts has the full shape). */
interface RecordSpeakers {
  date: string | null;
  house: SpeakerToResolve['house'];
  contributions: { date: string | null; speaker: Omit<SpeakerToResolve, 'date' | 'house'> }[];
}

/**
 * Every contribution's speaker, resolved on the contribution's date (else the record's) in the
 * record's house: `[record][contribution]`, the shape ingest hands to the store.
 */
export function resolveRecordSpeakers(index: RegisterIndex, records: RecordSpeakers[]): (SpeakerResolution | null)[][] {
  return records.map((r) => r.contributions.map((c) => resolveSpeaker(index, { ...c.speaker, date: c.date ?? r.date, house: r.house })));
}

/** The seat held on the date in that house; with no house, a Westminster seat (houses.ts WESTMINSTER_HOUSES). */
function membershipFor(person: RegisterPerson, date: string, house: House | null): RegisterMembership | null {
  return membershipsOn(person, date).find((m) => (house ? houseOf(m) === house : WESTMINSTER_HOUSES.includes(m.house))) ?? null;
}

function describe(
  index: RegisterIndex,
  person: RegisterPerson,
  membership: RegisterMembership | null,
  date: string | null,
  method: ResolutionMethod,
  reason: string,
): SpeakerResolution {
  const offices = date ? officesHeldOn(person, date, index.organizations, index.coverage.officesKnownUntil) : [];
  const covered = date != null && date >= index.coverage.officesFrom && date <= index.coverage.officesUntil;
  const government = offices.some((o) => o.government);
  return {
    status: 'resolved',
    reason,
    method,
    personId: person.id,
    name: membership ? nameOf(person, membership) : person.name,
    party: membership ? toPartyName(membership.party_name) : null,
    constituency: membership && membership.house !== 'lords' ? canonicalConstituency(index, membership.constituency) : null,
    seatAsRegistered: membership?.constituency?.trim() || null,
    house: membership ? houseOf(membership) : null,
    offices,
    minister: covered ? government : government ? true : null,
    candidates: [],
  };
}

function unresolved(status: 'ambiguous' | 'unknown', reason: string, candidates: RegisterPerson[] = []): SpeakerResolution {
  return {
    status,
    reason,
    method: null,
    personId: null,
    name: null,
    party: null,
    constituency: null,
    seatAsRegistered: null,
    house: null,
    offices: [],
    minister: null,
    candidates: candidates.map((p) => p.id),
  };
}

/**
 * A membership id fixes seat and party whatever the date (a merged one: the membership it became);
 * a person id takes the seat held on the date.
 */
function resolveByRef(index: RegisterIndex, ref: string, s: OneHouseSpeaker): SpeakerResolution {
  const direct = findMembership(index, ref);
  if (direct) {
    const merged = direct.membership.id !== ref ? `, merged into ${direct.membership.id}` : '';
    return describe(index, direct.person, direct.membership, s.date, 'source-ref', `source reference ${ref}${merged}`);
  }
  const person = ref.startsWith(DATADOTPARL_REF) ? index.byDatadotparlId.get(ref.slice(DATADOTPARL_REF.length)) : index.byPersonId.get(ref);
  const { commonsUntil, newestPeerage } = index.coverage;
  if (!person)
    return unresolved(
      'unknown',
      `source reference ${ref} is not in the member register (it holds Commons members to ${commonsUntil}, peers created to ${newestPeerage})`,
    );
  const membership = s.date ? membershipFor(person, s.date, s.house) : null;
  return describe(
    index,
    person,
    membership,
    s.date,
    'source-ref',
    `source reference ${ref}${membership ? '' : `; no seat in the register on ${s.date ?? 'an unknown date'}`}`,
  );
}

function resolveByName(index: RegisterIndex, printed: string, s: OneHouseSpeaker & { date: string }): SpeakerResolution {
  const inner = splitOfficeAndName(printed);
  const name = inner?.name ?? printed;
  const officeHint = inner?.office ?? s.role;
  const { key, honorific, gender } = toNameKey(name);
  const where = `${s.house ? `the ${s.house}` : 'Parliament'} on ${s.date}`;
  const sitting = (p: RegisterPerson) => membershipFor(p, s.date, s.house) != null;
  const holds = (p: RegisterPerson, office: string) =>
    officesHeldOn(p, s.date, index.organizations, index.coverage.officesKnownUntil).some((o) => officeKeys(o).includes(office));
  const house = s.house ? MEMBERSHIP_OF_HOUSE[s.house] : null;
  // A name form holds on its dates, and in its chamber when it names one.
  const applies = (e: NameEntry) => within(s.date, e.from, e.to) && (!e.house || !house || e.house === house);
  const seatOf = (p: RegisterPerson) => canonicalConstituency(index, membershipFor(p, s.date, s.house)?.constituency);

  let method: ResolutionMethod = 'name';
  let found = uniq((index.byName.get(key) ?? []).filter(applies).map((e) => e.person)).filter(sitting);
  if (!found.length && (key.split(' ').length === 1 || honorific || SHORT_PEERAGE.test(key))) {
    method = 'surname';
    found = uniq((index.bySurname.get(key) ?? []).filter(applies).map((e) => e.person)).filter(sitting);
  }
  if (!found.length) {
    const chair = CHAIRS.find((c) => c.key.test(normalizeText(name)));
    if (chair && (s.house === 'Commons' || s.house === null)) {
      method = 'chair';
      found = index.persons.filter((p) => {
        const m = membershipFor(p, s.date, 'Commons');
        return m?.party != null && chair.codes.includes(m.party);
      });
    }
  }
  if (!found.length) {
    const wanted = toOfficeKey(name);
    method = 'office';
    found = wanted.split(' ').length >= 2 ? index.persons.filter((p) => sitting(p) && holds(p, wanted)) : [];
  }
  if (!found.length) {
    const former = uniq([...(index.byName.get(key) ?? []), ...(index.bySurname.get(key) ?? [])].map((e) => e.person));
    const hint =
      former.length === 1
        ? `; ${former[0].name ?? former[0].id} (${former[0].id}) has that name but no seat in the register then`
        : former.length > 1
          ? `; ${former.length} people of that name sat at other times`
          : '';
    return unresolved(
      'unknown',
      `no member called "${name}" sat in ${where} according to the register${outsideCoverage(s, index.coverage)}${hint}`,
      former.slice(0, 5),
    );
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
  const printedSeat = canonicalConstituency(index, s.constituency);
  if (printedSeat) narrow('constituency', (p) => seatOf(p) === printedSeat);
  if (s.party) narrow('party', (p) => samePartyFamily(s.party!, toPartyName(membershipFor(p, s.date, s.house)?.party_name)));
  if (officeHint) {
    const wanted = toOfficeKey(officeHint);
    narrow('office', (p) => holds(p, wanted));
  }
  if (gender) narrow('title', (p) => genderOf(p, s.date) === gender);
  if (found.length > 1) {
    const list = found
      .slice(0, 5)
      .map((p) => nameOf(p, membershipFor(p, s.date, s.house)))
      .join(', ');
    return unresolved('ambiguous', `"${name}" fits ${found.length} members sitting in ${where}: ${list}${found.length > 5 ? ', …' : ''}`, found);
  }

  const person = found[0];
  const membership = membershipFor(person, s.date, s.house);
  // A printed seat or party that contradicts the only candidate means the name points elsewhere.
  const registerSeat = seatOf(person);
  if (printedSeat && registerSeat && normalizeText(printedSeat) !== normalizeText(registerSeat)) {
    return unresolved(
      'unknown',
      `"${name}" matches ${nameOf(person, membership)}, but the page prints ${s.constituency} and the register has ${registerSeat} on ${s.date}`,
      [person],
    );
  }
  const registerParty = toPartyName(membership?.party_name);
  if (!printedSeat && s.party && registerParty && !samePartyFamily(s.party, registerParty)) {
    return unresolved(
      'unknown',
      `"${name}" matches ${nameOf(person, membership)}, but the page prints ${s.party} and the register has ${registerParty} on ${s.date}`,
      [person],
    );
  }
  const how = { name: 'name form', surname: 'surname', chair: 'chair held', office: 'office held' }[method as Exclude<ResolutionMethod, 'source-ref'>];
  const by = steps.length ? `, told apart by ${steps.join(' and ')}` : '';
  return describe(index, person, membership, s.date, method, `${how} "${name}" fits one member sitting in ${where}${by}`);
}

function houseOf(m: RegisterMembership): House {
  return HOUSE_OF_MEMBERSHIP[m.house];
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
  const a = normalizeText(printed)
    .replace(/\bparty\b/g, '')
    .trim();
  const b = normalizeText(registered)
    .replace(/\bparty\b/g, '')
    .trim();
  return a === b || a.startsWith(b) || b.startsWith(a);
}

function genderOf(person: RegisterPerson, date: string): 'f' | 'm' | null {
  const m = membershipsOn(person, date)[0];
  const titled = [
    m?.honorific,
    ...(person.names ?? []).filter((n) => n.kind === 'titled' || n.kind === 'title+surname' || n.kind === 'peerage').map((n) => n.name.split(' ')[0]),
  ];
  for (const t of titled)
    if (t) {
      const g = toNameKey(`${t} X`).gender;
      if (g) return g;
    }
  return null;
}

function outsideCoverage(s: { house: House | null; date: string }, c: RegisterCoverage): string {
  if ((s.house === 'Commons' || s.house === null) && s.date > c.commonsUntil) return ` (it holds no Commons members after ${c.commonsUntil})`;
  if (s.house === 'Lords' && s.date > c.newestPeerage) return ` (it holds no peers created after ${c.newestPeerage})`;
  return '';
}
