/**
 * The devolved legislatures on the pages, over real Postgres + Meilisearch: the real Scottish
 * Parliament Official Report, SP written answers and NI Assembly day files of ../shared/data/devolved
 * beside the seeds and a real Westminster Hall day of the same date, ingested against the bundled
 * register. Search filters and facets by each house; the calendar, one day's records and the home
 * page name each house (rendered from the pages themselves); trends sum to the house's search; each
 * body's citation is on its contribution page; /go takes each body's references to the place.
 * No Senedd day is in the shared data: a small one is written here in the shape parlparse's
 * pyscraper/wa/parse.py gives its English file (gids `senedd/en/<date>.<agenda>.<contribution>`,
 * each speech's Record of Proceedings address with `#C<contribution>`).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { searchResponseSchema } from '../../lib/api-schemas';
import { listContributions, listRecords } from '../support/inventory';
import { pointRoutesAt, testRuntime } from '../support/fixtures';
import { readCsv } from '../support/read-csv';
import { ROOT } from '../support/test-services';
import { withSeededRuntime } from './runtime-support';

// Next's request headers exist only inside a request: the contribution page reads its origin from them.
vi.mock('next/headers', () => ({ headers: async () => new Headers({ host: 'localhost:3000' }) }));

const rt = testRuntime('it_devolved_pages');
pointRoutesAt(rt);

const searchRoute = await import('../../app/api/search/route');
const trendsCsvRoute = await import('../../app/trends.csv/route');
const { default: SittingsPage } = await import('../../app/sittings/page');
const { default: SittingDayPage } = await import('../../app/sittings/[date]/page');
const { default: HomePage } = await import('../../app/page');
const { default: ContributionPage } = await import('../../app/c/[id]/page');
const { default: RecordPage } = await import('../../app/d/[id]/page');
const { proxy } = await import('../../proxy');

const SENEDD_DAY = `<?xml version="1.0" encoding="utf-8"?>
<publicwhip>
<major-heading id="uk.org.publicwhip/senedd/en/2020-01-08.2.253030.h" time="13:30" url="https://record.senedd.wales/Plenary/5919#C253030">Questions to the Minister for Health and Social Services</major-heading>
<speech id="uk.org.publicwhip/senedd/en/2020-01-08.2.253035" time="13:31" url="https://record.senedd.wales/Plenary/5919#C253035" speakername="Llywydd"><p>Question 1 is from the Member for the Vale of Clwyd.</p></speech>
<speech id="uk.org.publicwhip/senedd/en/2020-01-08.2.253036" time="13:32" url="https://record.senedd.wales/Plenary/5919#C253036" original_lang="cy" speakername="Minister"><p>Thank you for the question about waiting times.</p></speech>
</publicwhip>
`;
const seneddDir = mkdtempSync(path.join(os.tmpdir(), 'senedd-day-'));
writeFileSync(path.join(seneddDir, 'senedd2020-01-08.xml'), SENEDD_DAY);

const DEVOLVED = path.join(ROOT, '..', 'shared', 'data', 'devolved', 'scrapedxml');
const FILES = [
  path.join(ROOT, 'seeds'),
  path.join(ROOT, 'hansard/scrapedxml/westminhall/westminster2009-10-28a.xml'),
  path.join(DEVOLVED, 'sp', 'sp2009-10-28.xml'),
  path.join(DEVOLVED, 'sp-written', 'spwa2009-10-26.xml'),
  path.join(DEVOLVED, 'ni', 'ni2009-10-12.xml'),
  path.join(seneddDir, 'senedd2020-01-08.xml'),
  // The Scottish Parliament's question tracking of those days: the written questions' lives.
  path.join(DEVOLVED, 'sp-questions'),
];
const DEVOLVED_HOUSES = ['Scottish Parliament', 'Northern Ireland Assembly'] as const;

const get = (p: string) => new Request(`http://localhost:3000${p}`);
const html = async (page: Promise<ReactElement>) => renderToStaticMarkup(await page);

/** Where /go sends a browser (path and anchor of the 302), or null when the page answers itself. */
async function go(ref: string): Promise<string | null> {
  const res = await proxy(new NextRequest(`http://localhost:3000/go?ref=${encodeURIComponent(ref)}`));
  if (res.status !== 302) return null;
  const to = new URL(res.headers.get('location')!);
  return to.pathname + to.hash;
}

async function contribution(sourceId: string) {
  const found = (await listContributions(rt.db)).find((c) => c.sourceId === sourceId);
  if (!found) throw new Error(`no contribution ${sourceId}`);
  return found;
}

async function search(params: URLSearchParams) {
  const res = await searchRoute.GET(get(`/api/search?${params}`));
  expect(res.status, await res.clone().text()).toBe(200);
  return searchResponseSchema.parse(await res.json());
}

describe('the devolved legislatures on the pages', () => {
  withSeededRuntime(rt, FILES);

  it('house= filters search to each body, and the house facet counts each beside Westminster', async () => {
    const records = await listRecords(rt.db);
    const all = await search(new URLSearchParams({ q: '' }));
    for (const house of DEVOLVED_HOUSES) {
      const stored = (await listContributions(rt.db)).filter((c) => records.find((r) => r.id === c.recordId)?.house === house);
      expect(stored.length, house).toBeGreaterThan(0);
      expect(all.facets.house[house], house).toBe(stored.length);
      const found = await search(new URLSearchParams({ house }));
      expect(found.total, house).toBe(stored.length);
      expect(found.hits.every((h) => h.record.house === house)).toBe(true);
    }
    expect(Object.keys(all.facets.house)).toEqual(expect.arrayContaining(['Commons', 'Lords', ...DEVOLVED_HOUSES]));
  });

  it('the calendar marks the days of each house, by name for screen readers', async () => {
    const page = await html(SittingsPage({ searchParams: Promise.resolve({ year: '2009' }) }));
    // A day's link as read aloud: its text without the tags.
    const day = (date: string) => (page.match(new RegExp(`<a[^>]*data-sitting-day="${date}"[^>]*>.*?</a>`))?.[0] ?? '').replace(/<[^>]*>/g, ' ');
    expect(day('2009-10-28')).toMatch(/House of Commons \d+ records?, Scottish Parliament \d+ records?/);
    expect(day('2009-10-26')).toMatch(/Scottish Parliament \d+ records?/);
    expect(day('2009-10-12')).toMatch(/Northern Ireland Assembly \d+ records?/);
    // The legend names every house the marks stand for.
    for (const name of ['Scottish Parliament', 'Senedd Cymru', 'Northern Ireland Assembly']) expect(page).toContain(name);
  });

  it("one day's records are grouped by house, Westminster first, then by venue and kind", async () => {
    const stored = (await listRecords(rt.db)).filter((r) => r.date?.toISOString().startsWith('2009-10-28'));
    const page = await html(SittingDayPage({ params: Promise.resolve({ date: '2009-10-28' }) }));
    const commons = page.indexOf('<h2 id="house-commons"');
    const scottish = page.indexOf('<h2 id="house-scottish-parliament"');
    expect(commons).toBeGreaterThan(-1);
    expect(scottish).toBeGreaterThan(commons);
    expect(page.slice(scottish)).toMatch(/^<h2 id="house-scottish-parliament"[^>]*>Scottish Parliament<\/h2>/);
    expect(page.slice(scottish)).toContain('Scottish Parliament chamber · ');
    const sp = stored.filter((r) => r.house === 'Scottish Parliament');
    expect(sp.length).toBeGreaterThan(0);
    for (const r of sp) expect(page.slice(scottish)).toContain(`data-sitting-record="${r.id}"`);
    expect(page).not.toContain('id="house-other"');
  });

  it('the home page shows the latest sittings of each devolved body under its name', async () => {
    const page = await html(HomePage());
    for (const [slug, name] of [
      ['scottish-parliament', 'Scottish Parliament'],
      ['northern-ireland-assembly', 'Northern Ireland Assembly'],
    ]) {
      expect(page).toMatch(new RegExp(`<h3 id="latest-${slug}"[^>]*>${name}</h3>`));
    }
    expect(page).toContain('href="/sittings/2009-10-12"');
  });

  it('trends under house= count the same as the search for that house', async () => {
    for (const house of DEVOLVED_HOUSES) {
      const res = await trendsCsvRoute.GET(get(`/trends.csv?${new URLSearchParams({ terms: 'education,health', house })}`));
      expect(res.status).toBe(200);
      const rows = readCsv(await res.text()).slice(1);
      for (const term of ['education', 'health']) {
        const sum = rows.filter((r) => r[1] === term).reduce((n, r) => n + Number(r[2]), 0);
        const years = rows.map((r) => r[0]).sort();
        const total = (await search(new URLSearchParams({ q: term, house, from: `${years[0]}-01-01`, to: `${years.at(-1)}-12-31` }))).total;
        expect(sum, `${house} ${term}`).toBe(total);
      }
      expect(
        rows.reduce((n, r) => n + Number(r[2]), 0),
        house,
      ).toBeGreaterThan(0);
    }
  });

  it.each([
    ['uk.org.publicwhip/spor/2009-10-28.20529.2', 'Scottish Parliament Official Report 28 October 2009, col 20529', 'Scottish Parliament'],
    ['uk.org.publicwhip/spwa/2009-10-26.S3W-28257.r0', 'Scottish Parliament Written Answer S3W-28257, 26 October 2009', 'Scottish Parliament'],
    ['uk.org.publicwhip/ni/2009-10-12.1.2', 'Northern Ireland Assembly Official Report 12 October 2009', 'Northern Ireland Assembly'],
  ])('the contribution page of %s carries its body’s citation', async (sourceId, citation, house) => {
    const stored = (await listContributions(rt.db)).find((c) => c.sourceId === sourceId);
    expect(stored, sourceId).toBeDefined();
    const page = await html(ContributionPage({ params: Promise.resolve({ id: stored!.id }) }));
    expect(page).toMatch(new RegExp(`data-testid="citation"[^>]*>${citation}<`));
    expect(page).toContain(` · ${house} · `);
    expect(page).not.toContain(`House of ${house}`);
  });

  it('/go takes a Scottish Parliament question reference, its citation and TheyWorkForYou addresses to the answer', async () => {
    const answer = await contribution('uk.org.publicwhip/spwa/2009-10-26.S3W-28257.r0');
    const record = `/d/${answer.recordId}`;
    expect(await go('S3W-28257')).toBe(record);
    expect(await go('s3w-28257')).toBe(record);
    expect(await go('Scottish Parliament Written Answer S3W-28257, 26 October 2009')).toBe(record);
    expect(await go('S3W-28257, answered 27 October 2009')).toBeNull(); // the wrong day: nothing
    expect(await go('https://www.theyworkforyou.com/spwrans/?spid=S3W-28257')).toBe(record);
    expect(await go('https://www.theyworkforyou.com/spwrans/?id=2009-10-26.S3W-28257.r0')).toBe(`/c/${answer.id}`);
  });

  it("a Scottish Parliament written question's page gives its life from the question tracking, with only the dates printed", async () => {
    const answer = await contribution('uk.org.publicwhip/spwa/2009-10-26.S3W-28257.r0');
    const page = await html(RecordPage({ params: Promise.resolve({ id: answer.recordId }) }));
    // What the tracking files print for S3W-28257, each mention once, in date order.
    const printed = readdirSync(path.join(DEVOLVED, 'sp-questions'))
      .flatMap((f) =>
        readFileSync(path.join(DEVOLVED, 'sp-questions', f), 'utf8')
          .split('<question ')
          .slice(1),
      )
      .filter((q) => q.startsWith('gid="uk.org.publicwhip/spq/S3W-28257"'))
      .flatMap((q) => [...q.matchAll(/<mention date="([^"]+)" type="([^"]+)"/g)].map((m) => `${m[2]} ${m[1]}`));
    const shown = [...page.matchAll(/data-mention="([^"]+)"[^>]*><span[^>]*><time dateTime="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(printed.length).toBeGreaterThan(1);
    expect(shown).toEqual([...new Set(printed)].sort((a, b) => a.split(' ')[1].localeCompare(b.split(' ')[1])));
    // The answer mention leads, through /go, to the written answer we hold.
    const link = /data-mention="answer".*?href="(\/go\?ref=[^"]+)"/.exec(page)?.[1];
    expect(link).toBeDefined();
    expect(await go(decodeURIComponent(link!.replace('/go?ref=', '')))).toMatch(new RegExp(`^/c/|^/d/${answer.recordId}$`));
  });

  it('/go takes SP and NI TheyWorkForYou addresses, and the Official Report page with its column, to the speech', async () => {
    const sp = await contribution('uk.org.publicwhip/spor/2009-10-28.20529.2');
    expect(await go('https://www.theyworkforyou.com/sp/?id=2009-10-28.20529.2')).toBe(`/c/${sp.id}`);
    expect(await go('uk.org.publicwhip/spor/2009-10-28.20529.2')).toBe(`/c/${sp.id}`);
    const ni = await contribution('uk.org.publicwhip/ni/2009-10-12.1.2');
    expect(await go('https://www.theyworkforyou.com/ni/?id=2009-10-12.1.2')).toBe(`/c/${ni.id}`);
    // A column where one record's speeches start: its first speech there is where the page's anchor and our citation point.
    const day = (await listContributions(rt.db)).filter((c) => c.sourceId?.startsWith('uk.org.publicwhip/spor/2009-10-28.') && c.column);
    const records = (column: string) => new Set(day.filter((c) => c.column === column).map((c) => c.recordId));
    const column = day.find((c) => c.recordId !== sp.recordId && records(c.column!).size === 1)!.column!;
    const first = day.find((c) => c.column === column)!;
    const place = `/d/${first.recordId}#c-${first.id}`;
    expect(await go(`http://www.scottish.parliament.uk/business/officialReports/meetingsParliament/or-09/sor1028-02.htm#Col${column}`)).toBe(place);
    expect(await go(`Scottish Parliament Official Report 28 October 2009, col ${column}`)).toBe(place);
    // Column 20529 holds the opening of the day and Time for Reflection: a list, not a guess.
    expect(records('20529').size).toBe(2);
    expect(await go('Scottish Parliament Official Report 28 October 2009, col 20529')).toBeNull();
  });

  it("/go takes the Senedd's Record of Proceedings address and TheyWorkForYou's to the speech", async () => {
    const speech = await contribution('uk.org.publicwhip/senedd/en/2020-01-08.2.253036');
    expect(await go('https://record.senedd.wales/Plenary/5919#C253036')).toBe(`/c/${speech.id}`);
    expect(await go('https://cofnod.senedd.cymru/Plenary/5919#C253036')).toBe(`/c/${speech.id}`);
    expect(await go('https://www.theyworkforyou.com/senedd/?id=2020-01-08.2.253036')).toBe(`/c/${speech.id}`);
    expect(await go('https://record.senedd.wales/Plenary/5919#C999999')).toBeNull();
  });
});
