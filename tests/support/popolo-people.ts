/**
 * A `people.json` in parlparse's Popolo shape, written from the real register data the team keeps
 * (../shared/data/members/register.json): the real parlparse `people.json` is not in the shared
 * data (its blob is too large for the store), so tests rebuild one with the same people, seats,
 * parties and names, laid out as parlparse lays it out (memberships apart from persons, parties as
 * organizations, seats as posts with `area.name`, names as dated `other_names`).
 * `mergedPersons` rewrites a person's memberships to a new id and leaves the old one as
 * `{id, redirect}`, as parlparse does when two person entries are merged.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { slugify } from '../../lib/ids';
import type { Register } from '../../lib/members/register-schema';
import { ROOT } from './test-services';

export const SHARED_MEMBERS = path.join(ROOT, '..', 'shared', 'data', 'members');

export function readSharedRegister(): Register {
  return JSON.parse(readFileSync(path.join(SHARED_MEMBERS, 'register.json'), 'utf8')) as Register;
}

export function toPeopleJson(register: Register, options: { mergedPersons?: Record<string, string> } = {}) {
  const merged = options.mergedPersons ?? {};
  const parties = new Map<string, string>();
  const partyIds = new Map<string, string>();
  // "Labour/Co-operative" and the Wikidata label "Labour Co-operative" are two spellings: two organizations.
  const partyId = (name: string) => {
    let id = partyIds.get(name);
    if (!id) {
      id = slugify(name);
      while (parties.has(id)) id += '-x';
      parties.set(id, name);
      partyIds.set(name, id);
    }
    return id;
  };
  const posts = new Map<string, string>();
  const persons: object[] = [];
  const memberships: object[] = [];
  for (const p of register.persons) {
    const personId = merged[p.id] ?? p.id;
    if (merged[p.id]) persons.push({ id: p.id, redirect: personId });
    const otherNames: (object | null)[] = [];
    for (const m of p.memberships) {
      const party = m.party_name ? partyId(m.party_name) : null;
      const seat = m.house === 'commons' && m.constituency ? m.constituency : null;
      if (seat && !posts.has(seat)) posts.set(seat, `uk.org.publicwhip/cons/${posts.size + 1}`);
      memberships.push({
        id: m.id,
        person_id: p.id, // merged persons keep their old id here: the converter must follow the redirect
        ...(seat ? { post_id: posts.get(seat) } : { organization_id: m.house === 'lords' ? 'house-of-lords' : 'house-of-commons' }),
        ...(party ? { on_behalf_of_id: party } : {}),
        start_date: m.start_date,
        ...(m.end_date ? { end_date: m.end_date } : {}),
      });
      const dates = { start_date: m.start_date, ...(m.end_date ? { end_date: m.end_date } : {}) };
      otherNames.push(
        m.house === 'lords'
          ? {
              note: 'Main',
              honorific_prefix: m.honorific,
              lordname: m.lordname,
              lordofname: m.lordofname,
              given_name: (m as { forenames?: string }).forenames,
              ...dates,
            }
          : // parlparse's model requires a family name; a row without one (the 2017 Wikidata rows) adds no name.
            m.family_name
            ? { note: 'Main', honorific_prefix: m.honorific, given_name: m.given_name, family_name: m.family_name, ...dates }
            : null,
      );
    }
    for (const n of p.names ?? [])
      if (n.kind === 'alias')
        otherNames.push({ note: 'Alternate', name: n.name, ...(n.from ? { start_date: n.from } : {}), ...(n.to ? { end_date: n.to } : {}) });
    const identifiers = Object.entries(p.identifiers ?? {})
      .filter(([, v]) => v)
      .map(([scheme, identifier]) => ({ scheme, identifier }));
    persons.push({ id: personId, identifiers, other_names: otherNames.filter(Boolean) });
  }
  return {
    persons,
    memberships,
    organizations: [
      { id: 'house-of-commons', name: 'House of Commons', classification: 'chamber' },
      { id: 'house-of-lords', name: 'House of Lords', classification: 'chamber' },
      ...[...parties].map(([id, name]) => ({ id, name, classification: 'party' })),
    ],
    posts: [...posts].map(([name, id]) => ({ id, organization_id: 'house-of-commons', role: 'Member of Parliament', label: `MP for ${name}`, area: { name } })),
  };
}

/** ministers-2010.json (or ministers.json) as parlparse keeps it (the real file, from the shared data). */
export function readMinistersJson(name: 'ministers.json' | 'ministers-2010.json' = 'ministers-2010.json'): unknown {
  return JSON.parse(readFileSync(path.join(SHARED_MEMBERS, 'source', 'parlparse', name), 'utf8'));
}
