/**
 * The member register in real Postgres and Meilisearch: import is idempotent and replaceable,
 * ingest resolves the seed speakers, the minister facet comes from the register's offices on the
 * day, and person profiles gather a person's contributions across printed names.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listContributions } from '../support/inventory';
import { countPendingDocuments } from '../../lib/db/store';
import { deleteRegister, getRegisterSnapshot, setRegisterOfficesKnownUntil } from '../../lib/db/store';
import { getPersonProfile, getRegisterCoverage, getRegisterOfficesKnownUntil } from '../../lib/db/pages';
import { buildRegisterIndex, DEFAULT_REGISTER_PATH, loadRegister } from '../../lib/members';
import { importRegister, reresolveContributions } from '../../lib/members/import';
import { getResolutionReport } from '../../lib/members/report';
import { ingestInto, resetDatabaseAndIndex, SEEDS_DIR, testRuntime } from '../support/fixtures';

const rt = testRuntime('it_members');
const register = loadRegister();
const sha256 = createHash('sha256').update(readFileSync(DEFAULT_REGISTER_PATH)).digest('hex');
const source = { path: DEFAULT_REGISTER_PATH, sha256 };

describe('member register import and speaker resolution', () => {
  beforeAll(async () => {
    await resetDatabaseAndIndex(rt);
    await deleteRegister(rt.db);
  });
  afterAll(async () => {
    await rt.db.$disconnect();
  });

  it('imports the bundled register, then changes nothing on the same file, and rebuilds the same rows when forced', async () => {
    const first = await importRegister(rt.db, register, source);
    expect(first.status).toBe('imported');
    expect(first.counts.persons).toBe(register.persons.length);
    const before = await getRegisterSnapshot(rt.db);
    expect(before.persons.length).toBe(first.counts.persons);
    // Every seat of the file, Westminster and devolved (issue 28 added the SP and NI lists), one row each.
    expect(before.memberships).toBe(register.persons.reduce((n, p) => n + p.memberships.length, 0));

    expect((await importRegister(rt.db, register, source)).status).toBe('unchanged');
    expect(await importRegister(rt.db, register, { ...source, force: true })).toMatchObject({ status: 'imported', counts: first.counts });
    expect(await getRegisterSnapshot(rt.db)).toEqual(before);
  }, 120_000);

  it('stores where the register’s office data ends, and fills it for the same file imported before it was stored', async () => {
    const knownUntil = buildRegisterIndex(register).coverage.officesKnownUntil;
    expect(knownUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await getRegisterCoverage(rt.db))?.officesKnownUntil).toBe(knownUntil);
    // As a row imported before the column existed: the same file again records the date, rows untouched.
    await setRegisterOfficesKnownUntil(rt.db, null);
    expect((await getRegisterCoverage(rt.db))?.officesKnownUntil).toBeNull();
    const before = await getRegisterSnapshot(rt.db);
    expect((await importRegister(rt.db, register, source)).status).toBe('unchanged');
    expect((await getRegisterCoverage(rt.db))?.officesKnownUntil).toBe(knownUntil);
    expect(await getRegisterOfficesKnownUntil(rt.db)).toBe(knownUntil);
    expect(await getRegisterSnapshot(rt.db)).toEqual(before);
  }, 120_000);

  it('resolves the seed speakers at ingest, beside the printed fields', async () => {
    const summary = await ingestInto(rt, [SEEDS_DIR]);
    expect(summary.failed).toEqual([]);
    const rows = (await listContributions(rt.db)).filter((r) => r.speakerName !== null);
    const by = new Map(rows.reverse().map((r) => [r.speakerName, r])); // the first stored per name
    for (const [name, personId] of [
      ['Vernon Coaker', 'uk.org.publicwhip/person/10121'],
      ['Phyllis Starkey', 'uk.org.publicwhip/person/10564'],
      ['Denis MacShane', 'uk.org.publicwhip/person/10401'],
      ['Damian Green', 'uk.org.publicwhip/person/10241'],
      ['Evan Harris', 'uk.org.publicwhip/person/10261'],
      ['Anthony Steen', 'uk.org.publicwhip/person/10565'],
      ['Kelvin Hopkins', 'uk.org.publicwhip/person/10288'],
      ['Baroness Williams of Trafford', 'uk.org.publicwhip/person/25213'],
    ]) {
      expect(by.get(name), name).toMatchObject({ personId, resolutionStatus: 'resolved' });
    }
    expect(by.get('Evan Harris')).toMatchObject({ party: null, resolvedParty: 'Liberal Democrat', resolvedConstituency: 'Oxford West and Abingdon' });
    const williams = by.get('Baroness Williams of Trafford')!;
    expect(williams.role).toMatch(/Chief Whip/);
    expect(williams.resolvedMinister).toBe(true);
    expect(williams.resolvedOffices).toEqual([
      expect.objectContaining({ title: 'The Minister of State, Home Department', start: '2016-07-17', beyondRegister: true }),
    ]);
    expect(by.get('Diana Johnson')).toMatchObject({ personId: null, resolutionStatus: 'unknown' });

    const report = await getResolutionReport(rt.db);
    expect(report.speakers).toEqual({ resolved: 8, ambiguous: 0, unknown: 1 });
  });

  it('indexes the minister facet from the register and fills party where the page printed an office', async () => {
    const index = rt.search.index(rt.indexName);
    const ministers = await index.search('', { facets: ['minister'], hitsPerPage: 1 });
    expect(Object.keys(ministers.facetDistribution?.minister ?? {}).sort()).toEqual(['Baroness Williams of Trafford', 'Vernon Coaker']);
    const harris = await index.search('', { filter: 'speakerName = "Evan Harris"', hitsPerPage: 5 });
    expect(harris.hits.length).toBeGreaterThan(0);
    expect(harris.hits.every((h) => h.party === 'Liberal Democrat' && h.minister === null)).toBe(true);
  });

  it('gives a person profile with seats, offices and contributions across printed names', async () => {
    const profile = await getPersonProfile('uk.org.publicwhip/person/10121', { db: rt.db });
    expect(profile).toMatchObject({ slug: 'vernon-coaker', name: 'Vernon Coaker' });
    expect(await getPersonProfile('vernon-coaker', { db: rt.db })).toEqual(profile);
    expect(profile!.memberships.map((m) => m.constituency)).toContain('Gedling');
    expect(profile!.offices).toContainEqual(
      expect.objectContaining({
        title: 'Parliamentary Under-Secretary (Home Office) (Crime Reduction)',
        government: true,
        start: '2007-07-02',
        end: '2008-10-05',
      }),
    );
    expect(profile!.nameForms.map((n) => n.name)).toContain('Mr Coaker');
    expect(profile!.printedNames).toEqual([{ name: 'Vernon Coaker', contributions: profile!.contributions.total }]);
    expect(profile!.contributions.items[0]).toMatchObject({
      type: 'answer',
      printed: { name: 'Vernon Coaker' },
      resolved: { party: 'Labour', minister: true },
    });
    expect(await getPersonProfile('nobody-at-all', { db: rt.db })).toBeNull();
  });

  it('re-resolves stored contributions against a replacement register and marks them for the index', async () => {
    // What ingest stored is what the import's rule gives for the same register: nothing to change.
    expect((await reresolveContributions(rt.db, buildRegisterIndex(register))).changed).toBe(0);
    const without = { ...register, persons: register.persons.filter((p) => p.id !== 'uk.org.publicwhip/person/10261') };
    const changed = await reresolveContributions(rt.db, buildRegisterIndex(without));
    expect(changed.changed).toBeGreaterThan(0);
    expect((await listContributions(rt.db)).filter((c) => c.speakerName === 'Evan Harris' && c.resolutionStatus === 'resolved')).toEqual([]);
    expect(await countPendingDocuments(rt.db)).toBe(changed.documents);
    const back = await reresolveContributions(rt.db, buildRegisterIndex(register));
    expect(back.changed).toBe(changed.changed);
    expect((await reresolveContributions(rt.db, buildRegisterIndex(register))).changed).toBe(0);
  });
});
