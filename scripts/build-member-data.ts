/**
 * Builds the compacted member register the project ships with (lib/members/data/register.json)
 * from the shared, joined register (../shared/data/members/register.json by default) and
 * parlparse's constituency spellings (source/parlparse/constituencies.json beside it).
 *
 *   npx tsx scripts/build-member-data.ts [SOURCE.json] [OUT.json] [CONSTITUENCIES.json]
 *
 * It keeps the register's own field names and what lookup, speaker resolution and person pages
 * use: memberships, name forms, posts (with the names of their organisations), identifiers and
 * constituency spellings. It drops the people who held an office but never a seat (most have no
 * name), committee places, and per-row ids and provenance. `npm run import:members -- FILE` with
 * the full shared register imports committee places too. The output is deterministic: same input, same bytes.
 * Attribution travels in `meta` and data/README.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRegisterIndex, checkRegisterJson } from '../lib/members';
import { registerSchema, type RegisterOffice } from '../lib/members/register-schema';

const source = process.argv[2] ?? fileURLToPath(new URL('../../shared/data/members/register.json', import.meta.url));
const out = process.argv[3] ?? fileURLToPath(new URL('../lib/members/data/register.json', import.meta.url));
const constituenciesPath = process.argv[4] ?? path.join(path.dirname(source), 'source', 'parlparse', 'constituencies.json');

const MEMBERSHIP_FIELDS = [
  'id',
  'house',
  'given_name',
  'family_name',
  'honorific',
  'display_name',
  'lordname',
  'lordofname',
  'party',
  'party_name',
  'constituency',
  'start_date',
  'end_date',
] as const;
const OFFICE_FIELDS = ['role', 'organization_id', 'kind', 'start_date', 'end_date'] as const;
const IDENTIFIERS = ['datadotparl_id', 'hansard_person_id', 'wikidata'] as const;

const json: unknown = JSON.parse(readFileSync(source, 'utf8'));
const register = registerSchema.parse(json);
const sourceMeta = (json as { meta?: Record<string, unknown> }).meta ?? {};

const persons = register.persons
  .filter((p) => p.memberships.length > 0)
  .map((p) => ({
    id: p.id,
    name: p.name,
    ...(p.names?.length ? { names: p.names.map((n) => pick(n, ['name', 'kind', 'from', 'to'])) } : {}),
    memberships: p.memberships.map((m) => pick(m, MEMBERSHIP_FIELDS)),
    ...(posts(p.offices).length ? { offices: posts(p.offices).map((o) => pick(o, OFFICE_FIELDS)) } : {}),
    ...(p.identifiers ? { identifiers: pick(p.identifiers, IDENTIFIERS) } : {}),
  }));

const usedOrganizations = new Set(persons.flatMap((p) => (p.offices ?? []).map((o) => (o as RegisterOffice).organization_id).filter(Boolean) as string[]));
const organizations = Object.fromEntries(
  Object.entries(register.organizations ?? {})
    .filter(([id]) => usedOrganizations.has(id))
    .sort(([a], [b]) => a.localeCompare(b)),
);

const constituencies = existsSync(constituenciesPath)
  ? (JSON.parse(readFileSync(constituenciesPath, 'utf8')) as { names: string[]; start_date?: string; end_date?: string }[]).map((c) =>
      pick(c, ['names', 'start_date', 'end_date']),
    )
  : (register.constituencies ?? []);

const counts = {
  persons: persons.length,
  memberships: persons.reduce((n, p) => n + p.memberships.length, 0),
  name_forms: persons.reduce((n, p) => n + (p.names?.length ?? 0), 0),
  offices: persons.reduce((n, p) => n + (p.offices?.length ?? 0), 0),
  organizations: Object.keys(organizations).length,
  constituencies: constituencies.length,
};

const compact = {
  meta: {
    description:
      'Compacted copy of the joined member register: persons with their Commons and Lords memberships (party, seat, dates), name forms, offices and committee places, and constituency spellings. Built by scripts/build-member-data.ts; field names as in the source register.',
    attribution:
      'Member lists: mySociety / TheyWorkForYou / parlparse, Creative Commons Attribution-ShareAlike 2.5. Offices 2010-2020: data.parliament.uk via parlparse, Open Parliament Licence v3.0. 2017-19 Commons rows: Wikidata via EveryPolitician (CC0). See lib/members/data/README.md.',
    source_description: sourceMeta.description ?? null,
    person_id_scheme: sourceMeta.person_id_scheme ?? null,
    counts,
  },
  organizations,
  constituencies,
  persons,
};

writeFileSync(out, JSON.stringify(compact) + '\n');
buildRegisterIndex(checkRegisterJson(JSON.parse(readFileSync(out, 'utf8')), out), out); // the file we wrote must load and index
console.log(
  `${out}: ${Object.entries(counts)
    .map(([k, v]) => `${v} ${k.replace('_', ' ')}`)
    .join(', ')}`,
);

/** Posts, not committee places: 7,446 places would triple the file every parse and ingest loads. */
function posts(offices: RegisterOffice[] | undefined): RegisterOffice[] {
  return (offices ?? []).filter((o) => o.kind !== 'committee');
}

function pick<T extends object>(row: T, keys: readonly string[]): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const key of keys) {
    const value = (row as Record<string, unknown>)[key];
    if (value != null && value !== '') kept[key] = value;
  }
  return kept;
}
