/**
 * Reference lookup, venue and exports against real Postgres + Meilisearch holding the seeds and
 * the shipped real ParlParse day files (hansard/scrapedxml): /go through proxy.ts (302 / list / 404), section: and the
 * venue facet through /api/search, and the researcher columns of the JSON export.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { searchExportSchema, searchResponseSchema } from '../../lib/api-schemas';
import { parseDocument } from '../../lib/parse';
import { SEEDS_DIR, testRuntime, pointRoutesAt } from '../support/fixtures';
import { withSeededRuntime } from './runtime-support';
import { ROOT } from '../support/test-services';
import { findContributions, listRecords } from '../support/inventory';

const SAMPLES = path.join(ROOT, 'hansard/scrapedxml');
const rt = testRuntime('it_references');
pointRoutesAt(rt);

const { proxy } = await import('../../proxy');
const { resolveReference } = await import('../../lib/references/resolve-reference');
const searchRoute = await import('../../app/api/search/route');
const jsonRoute = await import('../../app/api/search.json/route');

const ORIGIN = 'http://localhost:3000';

async function search(query: string) {
  const res = await searchRoute.GET(new Request(`${ORIGIN}/api/search?${query}`));
  expect(res.status).toBe(200);
  return searchResponseSchema.parse(await res.json());
}

/** Where /go sends a browser: the Location of a 302, or null when the page answers itself. */
async function go(ref: string): Promise<string | null> {
  const res = await proxy(new NextRequest(`${ORIGIN}/go?ref=${encodeURIComponent(ref)}`));
  if (res.status !== 302) return null;
  return new URL(res.headers.get('location')!).pathname + new URL(res.headers.get('location')!).hash;
}

async function recordIdWhere(where: { title?: string; kind?: string; date?: Date }) {
  const rows = (await listRecords(rt.db)).filter(
    (r) =>
      (where.title === undefined || r.title === where.title) &&
      (where.kind === undefined || r.kind === where.kind) &&
      (where.date === undefined || r.date?.getTime() === where.date.getTime()),
  );
  expect(rows).toHaveLength(1);
  return rows[0].id;
}

async function contributionIdOf(sourceId: string) {
  const [row] = await findContributions(rt.db, { sourceId });
  if (!row) throw new Error(`no contribution ${sourceId}`);
  return row;
}

/** Contributions of the real day files in one folder, counted from the parser's own output. */
/** What search holds of a folder's day files: each contribution, and each division as a result of its own (issue 27). */
function searchDocumentsIn(folder: string): number {
  return readdirSync(path.join(SAMPLES, folder)).reduce((n, f) => {
    const file = path.join(SAMPLES, folder, f);
    return n + parseDocument(readFileSync(file), { fileName: file }).records.reduce((m, r) => m + r.contributions.length + (r.divisionDetails ? 1 : 0), 0);
  }, 0);
}

describe('references, venue and exports over the seeds and the shipped real day files', () => {
  withSeededRuntime(rt, [SEEDS_DIR, SAMPLES]);

  it('/go?ref=7814, uin:7814 and the Parliament question URL reach the seed written question', async () => {
    const seed = `/d/${await recordIdWhere({ title: 'Human Trafficking: Prostitution' })}`;
    expect(await go('7814')).toBe(seed);
    expect(await go('uin:7814')).toBe(seed);
    expect(await go('https://questions-statements.parliament.uk/written-questions/detail/2024-10-08/7814')).toBe(seed);
    expect(await go('7814, tabled 9 October 2024')).toBeNull(); // the wrong date: nothing
  });

  it('a search for uin:7814 finds the seed question and its answer, and offers the way there', async () => {
    const r = await search('q=uin%3A7814');
    expect(r.total).toBe(2);
    expect(new Set(r.hits.map((h) => h.record.title))).toEqual(new Set(['Human Trafficking: Prostitution']));
  });

  it('minister: takes part of a name, as speaker: does, and finds only what was said as a minister', async () => {
    const r = await search('q=minister%3Acoaker');
    expect(r.total).toBeGreaterThan(0);
    expect(new Set(r.hits.map((h) => h.speaker.name))).toEqual(new Set(['Vernon Coaker']));
    expect(r.total).toBe((await search('minister=Vernon+Coaker')).total);
    expect((await search('q=minister%3Azzqxv')).total).toBe(0);
  });

  it('an OSCOLA citation of the seed oral answers reaches its record', async () => {
    const seed = `/d/${await recordIdWhere({ title: 'People Trafficking', kind: 'oral-answers' })}`;
    expect(await go('HC Deb 26 November 2007, vol 468, col 3')).toBe(seed);
    expect(await go('HC Deb 26/11/07 c3')).toBe(seed);
  });

  it('a TheyWorkForYou URL of a real day file reaches the same contribution as its gid', async () => {
    const gid = 'uk.org.publicwhip/westminhall/2009-10-28a.71.1';
    const { id } = await contributionIdOf(gid);
    expect(await go(gid)).toBe(`/c/${id}`);
    expect(await go('https://www.theyworkforyou.com/whall/?id=2009-10-28a.71.1')).toBe(`/c/${id}`);
    const debate = await contributionIdOf('uk.org.publicwhip/debate/2009-10-26b.1.5');
    expect(await go('https://www.theyworkforyou.com/debates/?id=2009-10-26b.1.5')).toBe(`/c/${debate.id}`);
  });

  it("a Public Bill Committee's TheyWorkForYou address reaches its record", async () => {
    const record = (await listRecords(rt.db)).find((r) => r.venue === 'public-bill-committee' && r.sourceUrl !== null);
    if (!record) throw new Error('no Public Bill Committee record with a source address');
    expect(await go(record.sourceUrl!)).toBe(`/d/${record.id}`);
    expect(await go(record.sourceId!)).toBe(`/d/${record.id}`);
  });

  it('an id from a version of the day we do not hold lists what is at its place, never redirects', async () => {
    const debate = await contributionIdOf('uk.org.publicwhip/debate/2009-10-26b.1.5');
    expect(await go('https://www.theyworkforyou.com/debates/?id=2009-10-26a.1.5')).toBeNull();
    const outcome = await resolveReference('https://www.theyworkforyou.com/debates/?id=2009-10-26a.1.5');
    expect(outcome).toMatchObject({ status: 'several', approximate: true });
    expect(outcome.status === 'several' && outcome.targets.map((t) => t.contributionId)).toEqual([debate.id]);
  });

  it('citations by column reach the place in a real day file, in its venue', async () => {
    const whall = await contributionIdOf('uk.org.publicwhip/westminhall/2009-10-28a.71.1');
    expect(await go('HC Deb 28 October 2009, col 71WH')).toBe(`/d/${whall.recordId}#c-${whall.id}`);
    // Column 71 of the Commons chamber that day is not Westminster Hall's
    expect(await go('HC Deb 28 October 2009, col 71')).toBeNull();
    // the sitting opens in column 213 with two sections: both are offered, each at column 213
    const pbc = await resolveReference('PBC Deb (Bill 13) 29 October 2009, col 213');
    expect(pbc.status).toBe('several');
    const pbcTargets = pbc.status === 'several' ? pbc.targets : [];
    expect(pbcTargets.length).toBeGreaterThan(1);
    expect(pbcTargets.every((t) => t.venue === 'public-bill-committee' && t.column === '213' && t.title.startsWith('Child Poverty Bill'))).toBe(true);
    const named = await resolveReference('PBC Deb (Child Poverty Bill) 29 October 2009, col 213');
    expect(named.status === 'several' && named.targets).toEqual(pbcTargets);
    expect(await resolveReference('PBC Deb (Equality Bill) 29 October 2009, col 213')).toMatchObject({ status: 'none' });
    const wa = await resolveReference('HL Deb 27 October 2009, col WA115');
    expect(wa).toMatchObject({ status: 'one', target: { title: 'Air Quality', venue: 'written-answers' } });
  });

  it('a column two written answers share lists both', async () => {
    const outcome = await resolveReference('HC Deb 29 October 2009, col 483W');
    expect(outcome.status).toBe('several');
    expect(outcome.status === 'several' && outcome.targets.map((t) => t.title)).toEqual(['Charities', 'Industrial Diseases: Compensation']);
  });

  it('a reference that names nothing held is the 404 page, answered by the proxy', async () => {
    expect(await go('9999999')).toBeNull();
    const res = await proxy(new NextRequest(`${ORIGIN}/go?ref=9999999`));
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('No record matches this reference');
    expect(await resolveReference('9999999')).toMatchObject({ status: 'none' });
    expect(await resolveReference('not a reference at all')).toEqual({ status: 'not-a-reference' });
  });

  it('section:whall and the venue facet hold exactly the Westminster Hall contributions (and divisions) of the real day files', async () => {
    const expected = searchDocumentsIn('westminhall');
    expect(expected).toBe(224);
    expect((await search('q=section%3Awhall')).total).toBe(expected);
    expect((await search('venue=westminster-hall')).total).toBe(expected);
    const all = await search('');
    expect(all.facets.venue['westminster-hall']).toBe(expected);
    expect(all.facets.venue['public-bill-committee']).toBe(searchDocumentsIn('standing'));
    expect((await search('q=section%3Apbc')).total).toBe(searchDocumentsIn('standing'));
  });

  it('the JSON export carries the person id, the gid, and for questions the UIN and status', async () => {
    const res = await jsonRoute.GET(new Request(`${ORIGIN}/api/search.json?q=uin%3A7814`));
    const body = searchExportSchema.parse(await res.json());
    expect(body.hits.map((h) => [h.uin, h.status])).toEqual([
      ['7814', 'answered'],
      ['7814', 'answered'],
    ]);
    const whall = searchExportSchema.parse(await (await jsonRoute.GET(new Request(`${ORIGIN}/api/search.json?venue=westminster-hall&perPage=100`))).json());
    const carmichael = whall.hits.find((h) => h.sourceId === 'uk.org.publicwhip/westminhall/2009-10-28a.71.4');
    expect(carmichael).toMatchObject({ speaker: { name: 'Alistair Carmichael' }, uin: null, status: null });
    expect(carmichael?.personId).toMatch(/^uk\.org\.publicwhip\/person\/\d+$/);
  });
});
