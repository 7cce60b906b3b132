/**
 * Builds the compacted member register the parser ships with (lib/members/data/register.json)
 * from the shared, joined register (../shared/data/members/register.json by default).
 *
 *   npx tsx scripts/build-member-data.ts [SOURCE.json] [OUT.json]
 *
 * It keeps the register's own field names and drops what speaker lookup does not use (name
 * variants, offices, identifiers, people with no seat), so the file loads quickly. The output is
 * deterministic: same input, same bytes. Attribution travels in `meta` and data/README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { indexRegisterJson } from '../lib/members/load';
import { registerSchema, type RegisterMembership } from '../lib/members/register-schema';

const source = process.argv[2] ?? fileURLToPath(new URL('../../shared/data/members/register.json', import.meta.url));
const out = process.argv[3] ?? fileURLToPath(new URL('../lib/members/data/register.json', import.meta.url));

const KEPT_FIELDS = ['id', 'house', 'given_name', 'family_name', 'honorific', 'display_name', 'party', 'party_name', 'constituency', 'start_date', 'end_date'] as const;

const json: unknown = JSON.parse(readFileSync(source, 'utf8'));
const register = registerSchema.parse(json);
const sourceMeta = (json as { meta?: Record<string, unknown> }).meta ?? {};

const persons = register.persons
  .filter((p) => p.memberships.length > 0)
  .map((p) => ({ id: p.id, name: p.name, memberships: p.memberships.map(compactMembership) }));

const compact = {
  meta: {
    description: 'Compacted copy of the joined member register: persons with their Commons and Lords memberships (party, seat, dates). Built by scripts/build-member-data.ts; field names as in the source register.',
    attribution:
      'Member lists: mySociety / TheyWorkForYou / parlparse, Creative Commons Attribution-ShareAlike 2.5. 2017-19 Commons rows: Wikidata via EveryPolitician (CC0). See lib/members/data/README.md.',
    source_description: sourceMeta.description ?? null,
    person_id_scheme: sourceMeta.person_id_scheme ?? null,
    counts: { persons: persons.length, memberships: persons.reduce((n, p) => n + p.memberships.length, 0) },
  },
  persons,
};

writeFileSync(out, JSON.stringify(compact) + '\n');
indexRegisterJson(JSON.parse(readFileSync(out, 'utf8')), out); // the file we wrote must load
console.log(`${out}: ${compact.meta.counts.persons} persons, ${compact.meta.counts.memberships} memberships`);

function compactMembership(m: RegisterMembership): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const key of KEPT_FIELDS) if (m[key] != null && m[key] !== '') row[key] = m[key];
  return row;
}
