/**
 * Builds the compacted member register the project ships with (lib/members/data/register.json)
 * from the shared, joined register (../shared/data/members/register.json by default) and
 * parlparse's constituency spellings (source/parlparse/constituencies.json beside it).
 *
 *   npx tsx scripts/build-member-data.ts [SOURCE.json] [OUT.json] [CONSTITUENCIES.json] [DEVOLVED_DIR]
 *
 * The devolved chambers' members come from parlparse's lists in DEVOLVED_DIR (default
 * ../shared/data/devolved/members: people.xml, sp-members.xml, ni-members.xml, sp-ministers.json):
 * each MSP's and MLA's seats join the person's Westminster ones (one person id), and Scottish
 * Government posts become offices of kind `scottish-government`.
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
import { readDevolvedMembers } from '../lib/members/devolved-lists';
import { checkSpMinistersJson } from '../lib/members/popolo-schema';
import { SCOTTISH_GOVERNMENT_POST, toStartDate } from '../lib/members/popolo';
import { registerSchema, type Register, type RegisterOffice } from '../lib/members/register-schema';

const source = process.argv[2] ?? fileURLToPath(new URL('../../shared/data/members/register.json', import.meta.url));
const out = process.argv[3] ?? fileURLToPath(new URL('../lib/members/data/register.json', import.meta.url));
const constituenciesPath = process.argv[4] ?? path.join(path.dirname(source), 'source', 'parlparse', 'constituencies.json');
const devolvedDir = process.argv[5] ?? fileURLToPath(new URL('../../shared/data/devolved/members', import.meta.url));

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
const register = withDevolvedMembers(registerSchema.parse(json), devolvedDir);
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
      'Member lists (Westminster, Scottish Parliament, Northern Ireland Assembly): mySociety / TheyWorkForYou / parlparse, Creative Commons Attribution-ShareAlike 2.5. Scottish Government posts: data.parliament.scot via parlparse sp-ministers.json. Offices 2010-2020: data.parliament.uk via parlparse, Open Parliament Licence v3.0. 2017-19 Commons rows: Wikidata via EveryPolitician (CC0). See lib/members/data/README.md.',
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

/** The register with the SP and NI seats of parlparse's lists, and Scottish Government posts, added. */
function withDevolvedMembers(base: Register, dir: string): Register {
  if (!existsSync(path.join(dir, 'people.xml'))) return base;
  const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
  const { persons: devolved, unplaced } = readDevolvedMembers({
    peopleXml: read('people.xml'),
    spMembersXml: read('sp-members.xml'),
    niMembersXml: read('ni-members.xml'),
  });
  if (unplaced.length) console.warn(`${dir}: ${unplaced.length} member id(s) people.xml does not place: ${unplaced.slice(0, 5).join(', ')}`);
  const ministers = existsSync(path.join(dir, 'sp-ministers.json')) ? checkSpMinistersJson(JSON.parse(read('sp-ministers.json'))).ministers.memberships : [];
  const byId = new Map(base.persons.map((p) => [p.id, { ...p }]));
  for (const d of devolved.values()) {
    const known = byId.get(d.id);
    byId.set(d.id, known ? { ...known, memberships: [...known.memberships, ...d.memberships] } : d);
  }
  for (const o of ministers) {
    const person = byId.get(o.person_id);
    if (!person) continue;
    const office: RegisterOffice = {
      role: o.role?.trim() || null,
      organization_id: 'scottish-government',
      kind: SCOTTISH_GOVERNMENT_POST,
      start_date: toStartDate(o.start_date),
      end_date: o.end_date ?? null,
    };
    person.offices = [...(person.offices ?? []), office];
  }
  const westminster = new Set(base.persons.map((p) => p.id));
  return {
    ...base,
    organizations: { ...base.organizations, 'scottish-government': 'Scottish Government' },
    // Westminster people keep their order; the devolved-only ones follow, by id.
    persons: [
      ...base.persons.map((p) => byId.get(p.id)!),
      ...[...byId.values()].filter((p) => !westminster.has(p.id)).sort((a, b) => a.id.localeCompare(b.id)),
    ],
  };
}

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
