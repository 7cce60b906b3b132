/**
 * `npm run sync` of the devolved legislatures' day files from a real rsync daemon on loopback:
 * the real Scottish Parliament Official Report, SP written answers and NI Assembly Official Report
 * of ../shared/data/devolved (laid out as parldata's `scrapedxml/sp/`, `sp-written/`, `ni/`), and an
 * `sp-new/<body>/` meeting written in the shape parlparse's sp_2024 scraper (pyscraper/sp_2024/convert.py)
 * writes, into the real Postgres and Meilisearch, resolved against the bundled register (a fresh
 * start: no people.json). Prints the share of named contributions resolved with party and seat.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSync } from '../../lib/sync/run-sync';
import { serveParldataForFile } from '../support/served-parldata';
import { testRuntime, pointRoutesAt } from '../support/fixtures';
import { listContributions, listRecords } from '../support/inventory';
import { parldataSyncOptions } from '../support/parldata-fixture';
import { ROOT } from '../support/test-services';

const rt = testRuntime('it_devolved');
pointRoutesAt(rt);
const searchRoute = await import('../../app/api/search/route');
const work = mkdtempSync(path.join(os.tmpdir(), 'devolved-sync-'));
const DEVOLVED = path.join(ROOT, '..', 'shared', 'data', 'devolved', 'scrapedxml');
const REAL = [
  ['sp', 'sp2009-10-28.xml'],
  ['sp-written', 'spwa2009-10-26.xml'],
  ['sp-written', 'spwa2009-10-27.xml'],
  ['ni', 'ni2009-10-12.xml'],
] as const;
/** The Scottish Parliament's question tracking of the same days (real). */
const TRACKING = readdirSync(path.join(DEVOLVED, 'sp-questions')).filter((f) => f.startsWith('up-to-'));

/** A committee meeting as parlparse's sp_2024 converter writes it: gids carry the body's slug, speakers a person_id. */
const SP_NEW_MEETING = `<?xml version="1.0" encoding="utf-8"?>
<publicwhip>
<major-heading id="uk.org.publicwhip/spor/health-social-care-and-sport-committee/2026-01-13.0.0" url="https://www.parliament.scot/api/sitecore/CustomMedia/OfficialReport?meetingId=16001" nospeaker="True">Decision on Taking Business in Private</major-heading>
<speech id="uk.org.publicwhip/spor/health-social-care-and-sport-committee/2026-01-13.0.1" url="" speakername="The Convener" time="09:30" person_id="unknown"><p>Good morning, and welcome to the second meeting in 2026 of the committee.</p></speech>
<speech id="uk.org.publicwhip/spor/health-social-care-and-sport-committee/2026-01-13.0.2" url="" speakername="Nicola Sturgeon" time="09:31" person_id="uk.org.publicwhip/person/14105"><p>I agree that we take item 4 in private.</p></speech>
</publicwhip>
`;

async function apiSearch(query: string) {
  const response = await searchRoute.GET(new Request(`http://localhost/api/search?${query}`) as never);
  expect(response.status).toBe(200);
  return (await response.json()) as { total: number; hits: Array<{ record: { house: string } }>; facets: Record<string, Record<string, number>> };
}

const daemon = serveParldataForFile(rt, work, (source) => {
  for (const [kind, name] of REAL) {
    mkdirSync(path.join(source, 'scrapedxml', kind), { recursive: true });
    copyFileSync(path.join(DEVOLVED, kind, name), path.join(source, 'scrapedxml', kind, name));
  }
  mkdirSync(path.join(source, 'scrapedxml', 'sp-questions'), { recursive: true });
  for (const name of TRACKING) copyFileSync(path.join(DEVOLVED, 'sp-questions', name), path.join(source, 'scrapedxml', 'sp-questions', name));
  const body = path.join(source, 'scrapedxml', 'sp-new', 'health-social-care-and-sport-committee');
  mkdirSync(body, { recursive: true });
  writeFileSync(path.join(body, '2026-01-13_16001.xml'), SP_NEW_MEETING);
});

describe('npm run sync of the devolved parliaments', () => {
  it('stores every contribution with its text, in its house, and resolves ≥ 95 % of named speakers with party and seat', async () => {
    const summary = await runSync(
      parldataSyncOptions(rt, work, daemon.url, { kinds: ['sp', 'sp-new', 'sp-written', 'ni', 'senedd', 'sp-questions'], membersSource: null }),
    );
    expect(summary.failed).toEqual([]);
    expect(summary.ingested).toBe(REAL.length + 1 + TRACKING.length);

    const records = await listRecords(rt.db);
    const houses = new Set(records.map((r) => r.house));
    expect(houses).toEqual(new Set(['Scottish Parliament', 'Northern Ireland Assembly']));
    const contributions = await listContributions(rt.db);
    expect(contributions.length).toBe(summary.contributions);
    expect(contributions.every((c) => c.text.trim().length > 0)).toBe(true);

    const byHouse = new Map(records.map((r) => [r.id, r.house]));
    const named = contributions.filter((c) => c.speakerRef || c.speakerName);
    const real = named.filter((c) => !c.speakerRef?.includes('/person/') || c.date?.getUTCFullYear() !== 2026);
    const placed = real.filter((c) => c.personId && c.resolvedParty && c.resolvedConstituency);
    const share = placed.length / real.length;
    console.log(
      `devolved resolution: ${placed.length} of ${real.length} named contributions (${(share * 100).toFixed(1)} %) resolved to a person with party and seat; houses ${[...new Set(real.map((c) => byHouse.get(c.recordId)))].join(', ')}`,
    );
    expect(share).toBeGreaterThanOrEqual(0.95);

    // The sp-new meeting: a committee, its member found by person id.
    const meeting = records.find((r) => r.venue === 'scottish-parliament-committee');
    expect(meeting?.title).toBe('Decision on Taking Business in Private');
    const sturgeon = contributions.find((c) => c.recordId === meeting?.id && c.speakerRef === 'uk.org.publicwhip/person/14105');
    expect(sturgeon?.personId).toBe('uk.org.publicwhip/person/14105');

    // A written answer keeps its question reference and links answer to question.
    const wa = records.find((r) => r.uin === 'S3W-28257');
    expect(wa?.kind).toBe('written-question');
    const qa = contributions.filter((c) => c.recordId === wa?.id);
    expect(qa.map((c) => c.type)).toEqual(['question', 'answer']);
  });

  it('stores every mention of the question tracking files, each file once, and skips them unchanged on the next sync', async () => {
    const printed = TRACKING.map((name) => readFileSync(path.join(DEVOLVED, 'sp-questions', name), 'utf8').split('<mention ').length - 1);
    expect(TRACKING.length).toBeGreaterThan(0);
    expect(await rt.db.spQuestionMention.count()).toBe(printed.reduce((a, b) => a + b, 0));
    expect(await rt.db.spQuestionTrackingFile.count()).toBe(TRACKING.length);
    // A second sync finds them unchanged.
    const again = await runSync(parldataSyncOptions(rt, work, daemon.url, { kinds: ['sp-questions'], membersSource: null }));
    expect([again.ingested, again.unchanged, again.failed]).toEqual([0, TRACKING.length, []]);
  });

  it('house= filters search and is a facet for each body', async () => {
    const all = await apiSearch('q=');
    expect(Object.keys(all.facets.house).sort()).toEqual(['Northern Ireland Assembly', 'Scottish Parliament']);
    for (const house of ['Scottish Parliament', 'Northern Ireland Assembly']) {
      const found = await apiSearch(`house=${encodeURIComponent(house)}`);
      expect(found.total).toBe(all.facets.house[house]);
      expect(found.hits.every((h) => h.record.house === house)).toBe(true);
    }
    expect((await apiSearch('house=Senedd')).total).toBe(0);
  });
});
