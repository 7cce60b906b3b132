/**
 * parlparse's current register (Popolo `people.json` + `ministers-2010.json`) → the project's
 * register format (register-schema.ts), which lookup, resolution and import already read. Pure:
 * parsed JSON in, a register out, the same bytes for the same input.
 *
 * - Only seats in the Commons (a post of `house-of-commons`) and the Lords (`house-of-lords`)
 *   are kept; people with neither (MSPs, MLAs, offices only) are left out, as in the bundled copy.
 * - Dates given as YYYY or YYYY-MM become whole days: a start takes the first day, an end the last.
 * - A membership's name is the person's main name in force when it started (Lords: the peerage,
 *   from lordname / lordofname); every main and alternate name becomes a name form, dated.
 * - A merged person (`{id, redirect}`) stays findable: `redirects` maps the old id to the new one.
 * - Posts come from ministers-2010.json, without committee places (as the bundled copy, they
 *   would triple a file every parse loads); the post's kind is its data.parliament.uk source.
 */
import type { Register, RegisterMembership, RegisterNameForm, RegisterOffice, RegisterPerson } from './register-schema';
import type { MinistersJson, PeopleJson, PopoloName } from './popolo-schema';

export interface PopoloSource {
  /** Where the files came from (a folder or URL), for the register's meta and the page. */
  source: string;
}

const COMMONS = 'house-of-commons';
const LORDS = 'house-of-lords';

/** First day of a YYYY / YYYY-MM / YYYY-MM-DD start. */
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

/** "Baroness Adams of Craigielea", "Bishop of Blackburn", "Lord Sewel". */
export function peerageName(n: PopoloName): string | null {
  const of = clean(n.lordofname);
  const name = [clean(n.honorific_prefix), clean(n.lordname)].filter(Boolean).join(' ');
  return (of ? `${name} of ${of}` : name) || null;
}

const isPeerageName = (n: PopoloName) => Boolean(clean(n.lordname) || clean(n.lordofname));
const isMain = (n: PopoloName) => (n.note ?? 'Main') === 'Main';

/** The main name in force on `date` (or the nearest), of the peerage kind for a peer. */
function mainNameOn(names: PopoloName[], date: string, peer: boolean): PopoloName | null {
  const candidates = names.filter((n) => isMain(n) && isPeerageName(n) === peer);
  // Where one name ends on the day the next starts, the later start is the name of that day.
  const inForce = candidates.filter((n) => (startOf(n.start_date) ?? '') <= date && (endOf(n.end_date) ?? '9999') >= date);
  return (
    inForce.reduce<PopoloName | null>((best, n) => (!best || (startOf(n.start_date) ?? '') > (startOf(best.start_date) ?? '') ? n : best), null) ??
    candidates[candidates.length - 1] ??
    null
  );
}

/** The name forms lookup and resolution use (register-schema.ts `names`). */
export function toNameForms(names: PopoloName[]): RegisterNameForm[] {
  const forms: RegisterNameForm[] = [];
  for (const n of names) {
    const from = startOf(n.start_date);
    const to = endOf(n.end_date);
    const add = (name: string | null, kind: string) => name && forms.push({ name, kind, from, to });
    if (!isMain(n)) {
      add(clean(n.name) ?? (isPeerageName(n) ? peerageName(n) : fullName(n)), 'alias');
    } else if (isPeerageName(n)) {
      add(peerageName(n), 'peerage');
      if (clean(n.given_name) && clean(n.lordname)) add(`${clean(n.given_name)} ${clean(n.lordname)}`, 'first_forename+lordname');
    } else {
      add(fullName(n), 'full');
      const honorific = clean(n.honorific_prefix);
      if (honorific && fullName(n)) add(`${honorific} ${fullName(n)}`, 'titled');
      if (honorific && clean(n.family_name)) add(`${honorific} ${clean(n.family_name)}`, 'title+surname');
    }
  }
  return forms;
}

function fullName(n: PopoloName): string | null {
  return [clean(n.given_name), clean(n.family_name)].filter(Boolean).join(' ') || clean(n.name);
}

export function convertPopoloRegister(people: PeopleJson, ministers: MinistersJson | null, source: PopoloSource): Register {
  const redirects: Record<string, string> = {};
  for (const p of people.persons) if ('redirect' in p) redirects[p.id] = p.redirect;
  const personIdOf = (id: string) => {
    let to = id;
    for (let hops = 0; redirects[to] && hops < 10; hops++) to = redirects[to];
    return to;
  };

  const organizations = new Map(people.organizations.map((o) => [o.id, o.name]));
  const posts = new Map(people.posts.map((p) => [p.id, p]));
  const membershipsOf = new Map<string, PeopleJson['memberships']>();
  for (const m of people.memberships) {
    const house = m.organization_id === LORDS ? LORDS : m.post_id && posts.get(m.post_id)?.organization_id === COMMONS ? COMMONS : null;
    if (!house || !m.start_date) continue;
    const personId = personIdOf(m.person_id);
    membershipsOf.set(personId, [...(membershipsOf.get(personId) ?? []), m]);
  }
  const officesOf = new Map<string, RegisterOffice[]>();
  for (const o of ministers?.memberships ?? []) {
    const kind = o.source.replace(/^.*\//, '');
    if (kind === 'committee') continue;
    const personId = personIdOf(o.person_id);
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

  const persons: RegisterPerson[] = [];
  let dataTo = '';
  for (const p of people.persons) {
    if ('redirect' in p) continue;
    const seats = membershipsOf.get(p.id);
    if (!seats?.length) continue;
    const names = p.other_names ?? [];
    const memberships = seats.map((m) => toMembership(m, names, organizations, posts)).sort((a, b) => a.start_date.localeCompare(b.start_date));
    for (const m of memberships) dataTo = [dataTo, m.start_date, m.end_date ?? ''].reduce((a, b) => (b > a ? b : a));
    const last = memberships[memberships.length - 1];
    const identifiers = Object.fromEntries((p.identifiers ?? []).map((i) => [i.scheme, i.identifier]));
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
  const officeOrganizations = new Map([...(ministers?.organizations ?? []).map((o) => [o.id, o.name] as const), ...organizations]);
  return {
    meta: {
      source: source.source,
      data_to: dataTo || null,
      description: 'Converted from parlparse people.json and ministers-2010.json by lib/members/popolo.ts',
    },
    organizations: Object.fromEntries([...usedOrganizations].sort().map((id) => [id, officeOrganizations.get(id) ?? id])),
    constituencies: people.posts
      .filter((p) => p.organization_id === COMMONS && p.area)
      .map((p) => ({
        names: [...new Set([p.area!.name, ...(p.area!.other_names ?? []).map((n) => n.name)])],
        start_date: startOf(p.start_date),
        end_date: endOf(p.end_date),
      })),
    redirects,
    persons,
  };
}

function toMembership(
  m: PeopleJson['memberships'][number],
  names: PopoloName[],
  organizations: Map<string, string>,
  posts: Map<string, PeopleJson['posts'][number]>,
): RegisterMembership {
  const start = toStartDate(m.start_date!);
  const party = clean(m.on_behalf_of_id);
  const common = { id: m.id, party, party_name: party ? (organizations.get(party) ?? null) : null, start_date: start, end_date: endOf(m.end_date) };
  if (m.organization_id === LORDS) {
    const n = mainNameOn(names, start, true);
    return {
      ...common,
      house: 'lords',
      display_name: n ? peerageName(n) : null,
      honorific: clean(n?.honorific_prefix),
      lordname: clean(n?.lordname),
      lordofname: clean(n?.lordofname),
      given_name: clean(n?.given_name),
    };
  }
  const n = mainNameOn(names, start, false);
  return {
    ...common,
    house: 'commons',
    given_name: clean(n?.given_name),
    family_name: clean(n?.family_name),
    honorific: clean(n?.honorific_prefix),
    constituency: (m.post_id && posts.get(m.post_id)?.area?.name) || null,
  };
}
