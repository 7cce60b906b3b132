/**
 * Browse by day and trends over the seeds in real Postgres + Meilisearch: the day listing agrees
 * with the stored rows, and every trends series sums to the total of the search it stands for
 * (the same filters over the same dates), through the route handlers the app serves.
 */
import { describe, expect, it } from 'vitest';
import { searchResponseSchema } from '../../lib/api-schemas';
import { listContributions, listRecords } from '../support/inventory';
import { testRuntime, pointRoutesAt } from '../support/fixtures';
import { readCsv } from '../support/read-csv';
import { withSeededRuntime } from './runtime-support';

const rt = testRuntime('it_browse_trends');
pointRoutesAt(rt);

const searchRoute = await import('../../app/api/search/route');
const trendsCsvRoute = await import('../../app/trends.csv/route');
const { getSittingDay, listSittingDays, listSittingYears } = await import('../../lib/db/pages');

const get = (p: string) => new Request(`http://localhost:3000${p}`);

async function searchTotal(params: URLSearchParams): Promise<number> {
  const res = await searchRoute.GET(get(`/api/search?${params}`));
  expect(res.status).toBe(200);
  return searchResponseSchema.parse(await res.json()).total;
}

async function trendsCsv(query: string) {
  const res = await trendsCsvRoute.GET(get(`/trends.csv?${query}`));
  expect(res.status, await res.clone().text()).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
  return readCsv(await res.text());
}

describe('browse by day and trends over the seeds', () => {
  withSeededRuntime(rt);

  it('lists 26 November 2007 with the seed oral answers, their speakers and counts as stored', async () => {
    const records = (await listRecords(rt.db)).filter((r) => r.date?.toISOString().startsWith('2007-11-26'));
    expect(records.map((r) => r.kind)).toContain('oral-answers');
    const day = await getSittingDay('2007-11-26');
    expect(day?.records.map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
    const oral = day!.records.find((r) => r.kind === 'oral-answers')!;
    const stored = (await listContributions(rt.db)).filter((c) => c.recordId === oral.id);
    const speakers = [...new Set(stored.map((c) => c.speakerName).filter(Boolean))];
    expect(oral.contributions).toBe(stored.length);
    expect(oral.speakerCount).toBe(speakers.length);
    expect(oral.speakers).toEqual(speakers.slice(0, 3));
    expect(oral.firstTime).toBe(stored.find((c) => c.time)?.time ?? null);
    expect(oral.house).toBe('Commons');
  });

  it('links each day to the nearest days with records, and has no day where nothing is dated', async () => {
    const dates = [...new Set((await listRecords(rt.db)).flatMap((r) => (r.date ? [r.date.toISOString().slice(0, 10)] : [])))].sort();
    const day = await getSittingDay(dates[1]);
    expect(day).toMatchObject({ previous: dates[0], next: dates[2] ?? null });
    expect(await getSittingDay('2007-11-27')).toBeNull();
    const first = await getSittingDay(dates[0]);
    expect(first?.previous).toBeNull();
  });

  it('marks each dated day of a year by house in the calendar', async () => {
    expect((await listSittingYears()).map((y) => y.year)).toContain(2007);
    expect(await listSittingDays(2007)).toEqual([{ date: '2007-11-26', records: { Commons: 1 } }]);
    expect(await listSittingDays(2021)).toEqual([expect.objectContaining({ records: { Lords: 1 } })]);
  });

  it.each([
    ['every year, no filter', 'terms=trafficking,slavery'],
    ['one house', 'terms=trafficking,slavery&house=Commons'],
    ['a short range, per month', 'terms=trafficking,slavery&from=2007-06-01&to=2008-05-31'],
    ['a range, per year', 'terms=trafficking,slavery&from=2005-03-01&to=2025-12-31&type=answer'],
  ])('trends CSV sums match the search totals (%s)', async (_name, query) => {
    const rows = await trendsCsv(query);
    expect(rows[0]).toEqual(['period', 'term', 'mentions', 'contributions', 'per_10000']);
    const body = rows.slice(1);
    const periods = [...new Set(body.map((r) => r[0]))].sort();
    expect(periods.length).toBeGreaterThan(0);
    const asked = new URLSearchParams(query);
    // The dates the periods cover: the range asked for, else whole first and last years.
    const range = new URLSearchParams(asked);
    range.delete('terms');
    if (!asked.get('from')) range.set('from', `${periods[0].slice(0, 4)}-01-01`);
    if (!asked.get('to')) range.set('to', `${periods.at(-1)!.slice(0, 4)}-12-31`);
    let mentioned = 0;
    for (const term of ['trafficking', 'slavery']) {
      const sum = body.filter((r) => r[1] === term).reduce((n, r) => n + Number(r[2]), 0);
      const q = new URLSearchParams(range);
      q.set('q', term);
      expect(sum, term).toBe(await searchTotal(q));
      mentioned += sum;
    }
    expect(mentioned).toBeGreaterThan(0);
    const contributions = [...new Map(body.map((r) => [r[0], Number(r[3])])).values()].reduce((a, b) => a + b, 0);
    expect(contributions).toBe(await searchTotal(range));
  });

  it('split by party: each party row counts the search for that party', async () => {
    const rows = (await trendsCsv('terms=trafficking&split=party')).slice(1);
    expect(rows.length).toBeGreaterThan(0);
    const labour2007 = rows.find((r) => r[0] === '2007' && r[2] === 'Labour');
    expect(Number(labour2007?.[3])).toBe(await searchTotal(new URLSearchParams({ q: 'trafficking', party: 'Labour', from: '2007-01-01', to: '2007-12-31' })));
  });

  it('answers 400 naming the parameter for a bad request', async () => {
    for (const [query, param] of [
      ['terms=a,b,c,d,e', 'terms'],
      ['', 'terms'],
      ['terms=a&from=2020-13-01', 'from'],
    ]) {
      const res = await trendsCsvRoute.GET(get(`/trends.csv?${query}`));
      expect(res.status).toBe(400);
      expect((await res.json()).param).toBe(param);
    }
  });
});
