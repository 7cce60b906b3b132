/**
 * parlparse's register (Popolo `people.json` + the office files `ministers.json` and
 * `ministers-2010.json`) → the project's register format (register-schema.ts), which lookup,
 * resolution and import already read. Pure: checked entries in (popolo-schema.ts), a register out,
 * the same bytes for the same input.
 *
 * - Seats in the Commons (a post of `house-of-commons`), the Lords (`house-of-lords`), the Scottish
 *   Parliament (`scottish-parliament`), the Senedd (`welsh-parliament`) and the Northern Ireland
 *   Assembly (`northern-ireland-assembly`) are kept, with party and seat (the post's area:
 *   constituency or region); memberships of the London Assembly and the Crown are read and left
 *   out, as are people with none of ours.
 * - Dates given as YYYY or YYYY-MM become whole days: a start takes the first day, an end the last.
 * - Names are dated per person: a membership's name is the main name in force when it started
 *   (Lords: the peerage); every main and alternate name becomes a name form with its own dates. An
 *   alternate with an `organization_id` holds in that chamber only; one with only a `family_name`
 *   is a surname.
 * - Merged people (`{id, redirect}` persons) and merged memberships (`{id, redirect}` memberships,
 *   which old day files still cite) stay findable through `redirects` and `membership_redirects`.
 * - Posts come from both office files, without committee places (as the bundled copy: they would
 *   triple a file every parse loads); a 1997-2010 post is `ministerial`, a later one takes its
 *   data.parliament.uk source as its kind; Scottish Government posts (sp-ministers.json) are kind
 *   `scottish-government`. The last date ministers-2010.json mentions is how far
 *   its open posts are known to be held (`meta.offices_known_until`).
 * - A membership whose person is not in the file is skipped and named, like a malformed entry.
 */
import { CHAMBER_ORGANIZATIONS, type MembershipHouse } from './houses';
import type { Register, RegisterMembership, RegisterNameForm, RegisterOffice, RegisterPerson } from './register-schema';
import type { AltName, BasicPersonName, LordName, Membership, MinistersJson, PeopleJson, PopoloName, Post, SkippedEntry } from './popolo-schema';

export interface PopoloSource {
  /** Where the files came from (a folder or URL), for the register's meta and the page. */
  source: string;
}

/** The two office files; either may be absent (a register with no posts for those years). */
export interface OfficeFiles {
  /** ministers.json: 1997 – March 2010. */
  ministers: MinistersJson | null;
  /** ministers-2010.json: data.parliament.uk, 2010 on. */
  ministers2010: MinistersJson | null;
  /** sp-ministers.json: Scottish Government posts (data.parliament.scot), 1999 on; absent: none. */
  spMinisters?: MinistersJson | null;
}

export interface ConvertedRegister {
  register: Register;
  /** Entries the converter could not place (a membership of a person the file does not hold). */
  skipped: SkippedEntry[];
}

const COMMONS = 'house-of-commons';

/** First day of a YYYY / YYYY-MM / YYYY-MM-DD start. */
/** The kind of a Scottish Government post (sp-ministers.json): not a UK government office. */
export const SCOTTISH_GOVERNMENT_POST = 'scottish-government';

export function toStartDate(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** Last day of a YYYY / YYYY-MM / YYYY-MM-DD end. */
export function toEndDate(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number);
    return `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return date;
}

const clean = (s: string | null | undefined) => s?.trim() || null;
const startOf = (d: string | null | undefined) => (d ? toStartDate(d) : null);
const endOf = (d: string | null | undefined) => (d ? toEndDate(d) : null);
const latest = (a: string, b: string | null | undefined) => (b && b > a ? b : a);

const isAltName = (n: PopoloName): n is AltName => 'name' in n;
const isLordName = (n: PopoloName): n is LordName => !('name' in n) && !('family_name' in n);
const isPersonName = (n: PopoloName): n is BasicPersonName => 'family_name' in n;

/** "Baroness Adams of Craigielea", "Bishop of Blackburn", "Lord Sewel". */
export function peerageName(n: LordName): string | null {
  const of = clean(n.lordofname);
  const name = [clean(n.honorific_prefix), clean(n.lordname) ?? clean(n.surname)].filter(Boolean).join(' ');
  return (of ? `${name} of ${of}` : name) || null;
}

/** The main name in force on `date` (or the last one), of the peerage kind for a peer. */
function mainNameOn<T extends BasicPersonName | LordName>(names: PopoloName[], date: string, kind: (n: PopoloName) => n is T): T | null {
  const candidates = names.filter((n): n is T => kind(n) && n.note === 'Main');
  // Where one name ends on the day the next starts, the later start is the name of that day.
  const inForce = candidates.filter((n) => (startOf(n.start_date) ?? '') <= date && (endOf(n.end_date) ?? '9999') >= date);
  return (
    inForce.reduce<T | null>((best, n) => (!best || (startOf(n.start_date) ?? '') > (startOf(best.start_date) ?? '') ? n : best), null) ??
    candidates[candidates.length - 1] ??
    null
  );
}

function fullName(n: BasicPersonName): string | null {
  return [clean(n.given_name), clean(n.family_name)].filter(Boolean).join(' ') || null;
}

/** Our house for a chamber's organization id; null for the chambers the register does not hold. */
function houseOf(organizationId: string | null | undefined): MembershipHouse | null {
  return (organizationId && CHAMBER_ORGANIZATIONS[organizationId]) || null;
}

/** The name forms lookup and resolution use (register-schema.ts `names`), each dated as the person's name is. */
export function toNameForms(names: PopoloName[]): RegisterNameForm[] {
  const forms: RegisterNameForm[] = [];
  for (const n of names) {
    const dates = { from: startOf(n.start_date), to: endOf(n.end_date) };
    const add = (name: string | null, kind: string, house?: MembershipHouse) => name && forms.push({ name, kind, ...dates, ...(house ? { house } : {}) });
    if (isAltName(n)) {
      // Valid in one chamber only; a chamber the register does not hold (London) is not ours to match against.
      const house = n.organization_id ? houseOf(n.organization_id) : undefined;
      if (house !== null) add(clean(n.name), 'alias', house);
    } else if (isLordName(n)) {
      add(peerageName(n), n.note === 'Main' ? 'peerage' : 'alias');
      const forename = clean(n.given_name)?.split(/\s+/)[0];
      if (n.note === 'Main' && forename && clean(n.lordname)) add(`${forename} ${clean(n.lordname)}`, 'first_forename+lordname');
    } else if (n.note === 'Alternate') {
      // Only a family name: a surname the member is also printed under, checked like one.
      add(fullName(n), clean(n.given_name) ? 'alias' : 'surname');
    } else {
      add(fullName(n), 'full');
      const honorific = clean(n.honorific_prefix);
      if (honorific && fullName(n)) add(`${honorific} ${fullName(n)}`, 'titled');
      if (honorific && clean(n.family_name)) add(`${honorific} ${clean(n.family_name)}`, 'title+surname');
    }
  }
  return forms;
}

/** Follows `{id, redirect}` chains (bounded: a loop in the file ends rather than spins). */
function follow(redirects: Record<string, string>, id: string): string {
  let to = id;
  for (let hops = 0; redirects[to] && hops < 10; hops++) to = redirects[to];
  return to;
}

export function convertPopoloRegister(people: PeopleJson, offices: OfficeFiles, source: PopoloSource): ConvertedRegister {
  const skipped: SkippedEntry[] = [];
  const redirects: Record<string, string> = {};
  for (const p of people.persons) if ('redirect' in p) redirects[p.id] = p.redirect;
  const personIds = new Set(people.persons.filter((p) => !('redirect' in p)).map((p) => p.id));

  const organizations = new Map(people.organizations.map((o) => [o.id, o.name]));
  const posts = new Map(people.posts.map((p) => [p.id, p]));
  const membershipsOf = new Map<string, Membership[]>();
  const membershipRedirects: Record<string, string> = {};
  people.memberships.forEach((m, i) => {
    if ('redirect' in m) {
      membershipRedirects[m.id] = m.redirect;
      return;
    }
    const personId = follow(redirects, m.person_id);
    if (!personIds.has(personId)) {
      skipped.push({ file: 'people.json', at: `memberships[${i}]`, id: m.id, reason: `person_id "${m.person_id}": no such person in the file` });
      return;
    }
    // As TheyWorkForYou's loader: the chamber is the post's, else the membership's own organization.
    const house = houseOf(m.post_id ? posts.get(m.post_id)?.organization_id : m.organization_id);
    if (!house || !m.start_date) return;
    membershipsOf.set(personId, [...(membershipsOf.get(personId) ?? []), m]);
  });

  const officesOf = new Map<string, RegisterOffice[]>();
  const addOffices = (file: MinistersJson | null, kindOf: (source: string | null | undefined) => string) => {
    for (const o of file?.memberships ?? []) {
      const kind = kindOf(o.source);
      if (kind === 'committee') continue;
      const personId = follow(redirects, o.person_id);
      const office: RegisterOffice = {
        id: o.id,
        role: clean(o.role),
        organization_id: clean(o.organization_id),
        kind,
        start_date: toStartDate(o.start_date),
        end_date: endOf(o.end_date),
      };
      officesOf.set(personId, [...(officesOf.get(personId) ?? []), office]);
    }
  };
  addOffices(offices.ministers, () => 'ministerial');
  addOffices(offices.ministers2010, (s) => (s ?? '').replace(/^.*\//, '') || 'governmentpost');
  addOffices(offices.spMinisters ?? null, () => SCOTTISH_GOVERNMENT_POST);
  const officesKnownUntil = (offices.ministers2010?.memberships ?? []).reduce<string>(
    (to, o) => latest(latest(to, startOf(o.start_date)), endOf(o.end_date)),
    '',
  );

  const persons: RegisterPerson[] = [];
  const keptMemberships = new Set<string>();
  let dataTo = '';
  for (const p of people.persons) {
    if ('redirect' in p) continue;
    const seats = membershipsOf.get(p.id);
    if (!seats?.length) continue;
    const names = p.other_names;
    const memberships = seats.map((m) => toMembership(m, names, organizations, posts)).sort((a, b) => a.start_date.localeCompare(b.start_date));
    for (const m of memberships) {
      dataTo = latest(latest(dataTo, m.start_date), m.end_date);
      keptMemberships.add(m.id);
    }
    const last = memberships[memberships.length - 1];
    const identifiers = Object.fromEntries(p.identifiers.map((i) => [i.scheme, i.identifier]));
    persons.push({
      id: p.id,
      name: last.display_name ?? ([last.given_name, last.family_name].filter(Boolean).join(' ') || null),
      names: toNameForms(names),
      memberships,
      ...(officesOf.get(p.id)?.length ? { offices: officesOf.get(p.id) } : {}),
      ...(Object.keys(identifiers).length ? { identifiers } : {}),
    });
  }
  const usedOrganizations = new Set(persons.flatMap((p) => (p.offices ?? []).map((o) => o.organization_id).filter((id): id is string => Boolean(id))));
  const officeOrganizations = new Map([
    ...[...(offices.ministers?.organizations ?? []), ...(offices.ministers2010?.organizations ?? [])].map((o) => [o.id, o.name] as const),
    ...organizations,
  ]);
  const register: Register = {
    meta: {
      source: source.source,
      data_to: dataTo || null,
      offices_known_until: officesKnownUntil || null,
      description: 'Converted from parlparse people.json, ministers.json and ministers-2010.json by lib/members/popolo.ts',
    },
    organizations: Object.fromEntries([...usedOrganizations].sort().map((id) => [id, officeOrganizations.get(id) ?? id])),
    constituencies: people.posts
      .filter((p) => p.organization_id === COMMONS)
      .map((p) => ({
        names: [...new Set([p.area.name, ...p.area.other_names])],
        start_date: startOf(p.start_date),
        end_date: endOf(p.end_date),
      })),
    redirects,
    // Only redirects that end at a membership the register holds: the rest would lead nowhere.
    membership_redirects: Object.fromEntries(
      Object.keys(membershipRedirects).flatMap((id) => {
        const to = follow(membershipRedirects, id);
        return keptMemberships.has(to) && !keptMemberships.has(id) ? [[id, to]] : [];
      }),
    ),
    persons,
  };
  return { register, skipped };
}

function toMembership(m: Membership, names: PopoloName[], organizations: Map<string, string>, posts: Map<string, Post>): RegisterMembership {
  const start = toStartDate(m.start_date!);
  const party = clean(m.on_behalf_of_id);
  const common = { id: m.id, party, party_name: party ? (organizations.get(party) ?? null) : null, start_date: start, end_date: endOf(m.end_date) };
  const post = m.post_id ? posts.get(m.post_id) : undefined;
  if (houseOf(post ? post.organization_id : m.organization_id) === 'lords') {
    const n = mainNameOn(names, start, isLordName);
    return {
      ...common,
      house: 'lords',
      display_name: n ? peerageName(n) : null,
      honorific: clean(n?.honorific_prefix),
      lordname: clean(n?.lordname) ?? clean(n?.surname),
      lordofname: clean(n?.lordofname),
      given_name: clean(n?.given_name),
    };
  }
  const n = mainNameOn(names, start, isPersonName);
  return {
    ...common,
    house: houseOf(post ? post.organization_id : m.organization_id) ?? 'commons',
    given_name: clean(n?.given_name),
    family_name: clean(n?.family_name),
    honorific: clean(n?.honorific_prefix),
    constituency: clean(post?.area.name),
  };
}
