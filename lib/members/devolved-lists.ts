/**
 * parlparse's older member lists of the devolved chambers → register persons, for the bundled
 * register (scripts/build-member-data.ts): `people.xml` says which person holds each member id
 * (SP 80000–89999, NI 90000–99999, Senedd 70000–79999), `sp-members.xml` and `ni-members.xml`
 * give each MSP's and MLA's name, party, seat (constituency or region) and dates. The synced
 * register gets the same seats from people.json (popolo.ts). Pure: texts in, persons out; the
 * XML is read with a linear scan of one element's attributes at a time (no backtracking pattern
 * over the file).
 */
import { toPartyName } from '../vocabulary';
import type { MembershipHouse } from './houses';
import type { RegisterMembership, RegisterPerson } from './register-schema';

export interface DevolvedListTexts {
  peopleXml: string;
  spMembersXml: string;
  niMembersXml: string;
}

/** Attributes of every `<tag …>` element in `xml`, in document order. */
export function readElements(xml: string, tag: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  const open = `<${tag}`;
  let at = xml.indexOf(open);
  while (at !== -1) {
    const after = xml[at + open.length];
    const end = xml.indexOf('>', at);
    if (end === -1) break;
    if (after === ' ' || after === '\n' || after === '\t' || after === '\r' || after === '/' || after === '>')
      found.push(readAttributes(xml.slice(at + open.length, end)));
    at = xml.indexOf(open, end);
  }
  return found;
}

/** `name="value"` pairs of one tag's inside, entities of the five XML kinds and numeric ones decoded. */
function readAttributes(inside: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  let i = 0;
  while (i < inside.length) {
    const eq = inside.indexOf('=', i);
    if (eq === -1) break;
    const name = inside.slice(i, eq).trim();
    const quote = inside[eq + 1];
    if (quote !== '"' && quote !== "'") break;
    const close = inside.indexOf(quote, eq + 2);
    if (close === -1) break;
    attrs[name] = decode(inside.slice(eq + 2, close));
    i = close + 1;
  }
  return attrs;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decode(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1))) : (NAMED[e] ?? whole),
  );
}

/** The SP list's party codes; "None" is the Presiding Officer's (no party affiliation). */
const SP_PARTIES: Record<string, string> = {
  None: 'No party affiliation',
  SSP: 'Scottish Socialist Party',
  SG: 'Solidarity Group',
  SSCUP: "Scottish Senior Citizens' Unity Party",
};

function partyName(code: string | undefined): string | null {
  const c = code?.trim();
  if (!c) return null;
  // A few rows of ni-members.xml carry the accent as "??" (a lost encoding).
  if (/^Sinn F/.test(c)) return 'Sinn Féin';
  return SP_PARTIES[c] ?? toPartyName(c);
}

const clean = (s: string | undefined) => s?.trim() || null;
/** parlparse's "still in office" end date. */
const openEnd = (d: string | undefined) => (!d || d.startsWith('9999') ? null : d.trim());

function toMembership(a: Record<string, string>, house: MembershipHouse): RegisterMembership | null {
  if (!a.id || !a.fromdate) return null;
  let given = clean(a.firstname);
  let family = clean(a.lastname);
  if (!given && !family && a.fullname) {
    const parts = a.fullname.trim().split(/\s+/);
    family = parts.pop() ?? null;
    given = parts.join(' ') || null;
  }
  const party = clean(a.party);
  return {
    id: a.id,
    house,
    given_name: given,
    family_name: family,
    honorific: clean(a.title),
    party,
    party_name: partyName(party ?? undefined),
    constituency: clean(a.constituency),
    start_date: a.fromdate.trim(),
    end_date: openEnd(a.todate),
  };
}

/**
 * Persons with their SP and NI seats, keyed by person id; `name` is people.xml's latest name.
 * Member ids people.xml does not place, and rows without an id or start date, are returned apart.
 */
export function readDevolvedMembers(texts: DevolvedListTexts): { persons: Map<string, RegisterPerson>; unplaced: string[] } {
  const personOf = new Map<string, { id: string; name: string | null }>();
  // people.xml: <person id latestname> … <office id/> … </person>, read in one pass.
  const xml = texts.peopleXml;
  let at = xml.indexOf('<person ');
  while (at !== -1) {
    const endTag = xml.indexOf('>', at);
    const close = xml.indexOf('</person>', endTag);
    if (endTag === -1 || close === -1) break;
    const person = readAttributes(xml.slice(at + '<person'.length, endTag).replace(/\/$/, ''));
    if (person.id)
      for (const office of readElements(xml.slice(endTag, close), 'office'))
        if (office.id) personOf.set(office.id, { id: person.id, name: clean(person.latestname) });
    at = xml.indexOf('<person ', close);
  }

  const persons = new Map<string, RegisterPerson>();
  const unplaced: string[] = [];
  const add = (rows: Record<string, string>[], house: MembershipHouse) => {
    for (const row of rows) {
      const membership = toMembership(row, house);
      const owner = row.id ? personOf.get(row.id) : undefined;
      if (!membership || !owner) {
        unplaced.push(row.id ?? '(no id)');
        continue;
      }
      const person = persons.get(owner.id) ?? { id: owner.id, name: owner.name, memberships: [] };
      person.memberships.push(membership);
      persons.set(owner.id, person);
    }
  };
  add(readElements(texts.spMembersXml, 'member_sp'), 'scottish-parliament');
  add(readElements(texts.niMembersXml, 'member_ni'), 'northern-ireland-assembly');
  for (const p of persons.values()) p.memberships.sort((a, b) => a.start_date.localeCompare(b.start_date));
  return { persons, unplaced };
}
