/**
 * Divisions of the Scottish Parliament after `npm run sync` from a real rsync daemon on loopback,
 * resolved against the bundled register (a fresh start: `npm start` loads it, no people.json): the real excerpt of the
 * SP Official Report of 29 October 2009 (tests/fixtures/xml/devolved, from TheyWorkForYou's
 * uml-tests, laid out as parldata's `scrapedxml/sp/`) and an `sp-new/meeting-of-the-parliament/`
 * day in the shape parlparse's sp_2024 converter writes (hand-made: no real one was found).
 * What each file prints is read from its XML with plain patterns, and who each member id is from
 * parlparse's people.xml (../shared/data/devolved/members), independently of the parser and the
 * register: every name is stored with its vote and resolved to that person with a party, the
 * division is a search result under `house=Scottish Parliament`, its page speaks of For / Against /
 * Abstentions, and a member's filter lists it with their vote.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { sha256Of } from '../../lib/ingest/ingest-document';
import { DEFAULT_REGISTER_PATH, getDefaultRegister } from '../../lib/members';
import { importRegister } from '../../lib/members/import';
import { runSync } from '../../lib/sync/run-sync';
import { pointRoutesAt, testRuntime } from '../support/fixtures';
import { parldataSyncOptions } from '../support/parldata-fixture';
import { serveParldataForFile } from '../support/served-parldata';
import { ROOT } from '../support/test-services';

const rt = testRuntime('it_devolved_divisions');
pointRoutesAt(rt);
const divisionsRoute = await import('../../app/api/divisions/route');
const divisionRoute = await import('../../app/api/divisions/[id]/route');
const searchRoute = await import('../../app/api/search/route');
const divisionPage = (await import('../../app/divisions/[id]/page')).default;

const work = mkdtempSync(path.join(os.tmpdir(), 'devolved-divisions-'));
const SP_DAY = path.join(ROOT, 'tests', 'fixtures', 'xml', 'devolved', 'sp2009-10-29.decision-time-divisions.xml');
const SP_NEW_DAY = path.join(ROOT, 'tests', 'fixtures', 'divisions', 'devolved', 'sp-new.2026-01-13_16001.producer-shape.xml');
const PEOPLE_XML = path.join(ROOT, '..', 'shared', 'data', 'devolved', 'members', 'people.xml');
const HOUSE = 'Scottish Parliament';

interface PrintedName {
  memberId: string;
  vote: string;
  name: string;
}

/** The SP file's divisions as printed: counts and every `<mspname>` with its member id and list. */
function printedDivisions(xml: string): { for: number; against: number; abstentions: number; names: PrintedName[] }[] {
  return xml
    .split('<division ')
    .slice(1)
    .map((block) => {
      const body = block.slice(0, block.indexOf('</division>'));
      const count = (name: string) => Number(new RegExp(`\\s${name}="(\\d+)"`).exec(/<divisioncount [^>]*>/.exec(body)![0])![1]);
      const names = [...body.matchAll(/<mspname id="(uk\.org\.publicwhip\/member\/\d+)" vote="([^"]+)">([^<]*)<\/mspname>/g)].map((m) => ({
        memberId: m[1],
        vote: m[2],
        name: m[3],
      }));
      return { for: count('for'), against: count('against'), abstentions: count('abstentions'), names };
    });
}

/** parlparse's people.xml: which person holds each membership id. */
function personOfMember(): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of readFileSync(PEOPLE_XML, 'utf8').split('<person ').slice(1)) {
    const person = /^id="([^"]+)"/.exec(block)?.[1];
    if (!person) continue;
    for (const m of block.matchAll(/<office id="([^"]+)"/g)) out.set(m[1], person);
  }
  return out;
}

const SP_VOTE_WORDS: Record<string, string> = { for: 'aye', against: 'no', abstentions: 'abstain' };
const printed = printedDivisions(readFileSync(SP_DAY, 'utf8'));

const json = async (route: { GET: (req: Request, ctx?: never) => Promise<Response> }, url: string, ctx?: unknown) => {
  const res = await route.GET(new Request(`http://localhost${url}`), ctx as never);
  return { status: res.status, body: await res.json() };
};
const params = (id: string) => ({ params: Promise.resolve({ id }) });

type StoredVote = { personId: string | null; name: string; party: string | null; vote: string };
type Listed = { id: string; url: string; house: string; number: string; title: string; counts: { aye: number; no: number } };

const daemon = serveParldataForFile(rt, work, (source) => {
  const sp = path.join(source, 'scrapedxml', 'sp');
  mkdirSync(sp, { recursive: true });
  copyFileSync(SP_DAY, path.join(sp, 'sp2009-10-29.xml'));
  const meeting = path.join(source, 'scrapedxml', 'sp-new', 'meeting-of-the-parliament');
  mkdirSync(meeting, { recursive: true });
  copyFileSync(SP_NEW_DAY, path.join(meeting, '2026-01-13_16001.xml'));
});

describe('npm run sync of Scottish Parliament divisions', () => {
  it('stores every printed name with its vote, resolved by member id to the person people.xml names, with a party', async () => {
    // A fresh start: `npm start` loads the bundled register into Postgres (scripts/start.ts), then the sync.
    await importRegister(rt.db, getDefaultRegister(), { path: DEFAULT_REGISTER_PATH, sha256: sha256Of(readFileSync(DEFAULT_REGISTER_PATH)) });
    const summary = await runSync(parldataSyncOptions(rt, work, daemon.url, { kinds: ['sp', 'sp-new'], membersSource: null }));
    expect(summary.failed).toEqual([]);
    expect(summary.ingested).toBe(2);

    expect(printed.length).toBe(2);
    const listed = (await json(divisionsRoute as never, `/api/divisions?date=2009-10-29&house=${encodeURIComponent(HOUSE)}`)).body.divisions as Listed[];
    expect(listed.map((d) => d.counts)).toEqual(printed.map((p) => ({ aye: p.for, no: p.against })));
    const people = personOfMember();
    let names = 0;
    let withParty = 0;
    for (const [n, p] of printed.entries()) {
      const { status, body } = await json(divisionRoute as never, `/api/divisions/${listed[n].id}`, params(listed[n].id));
      expect(status).toBe(200);
      expect(body.house).toBe(HOUSE);
      const votes = body.votes as StoredVote[];
      expect(votes.map((v) => [v.name, v.vote])).toEqual(p.names.map((x) => [x.name, SP_VOTE_WORDS[x.vote]]));
      for (const [k, v] of votes.entries()) {
        expect(v.personId, v.name).toBe(people.get(p.names[k].memberId));
        names++;
        if (v.party) withParty++;
      }
    }
    console.log(`SP divisions: ${withParty} of ${names} printed names resolved to a person with a party`);
    expect(withParty).toBe(names);

    // sp-new names a person id; the producer's "unknown" stays a name with nobody behind it.
    const spNew = (await json(divisionsRoute as never, `/api/divisions?date=2026-01-13`)).body.divisions as Listed[];
    expect(spNew.map((d) => d.house)).toEqual([HOUSE, HOUSE]);
    const second = (await json(divisionRoute as never, `/api/divisions/${spNew[1].id}`, params(spNew[1].id))).body.votes as StoredVote[];
    expect(second.map((v) => v.personId)).toEqual(['uk.org.publicwhip/person/13949', null]);
  });

  it('divisions are search results under house=Scottish Parliament, and a member filter lists theirs with their vote', async () => {
    const { status, body } = await json(searchRoute as never, `/api/search?house=${encodeURIComponent(HOUSE)}&type=division&perPage=100`);
    expect(status).toBe(200);
    expect(body.total).toBe(4);
    for (const h of body.hits) {
      expect(h.type).toBe('division');
      expect(h.record.house).toBe(HOUSE);
    }
    expect((await json(searchRoute as never, '/api/search?house=Commons&type=division')).body.total).toBe(0);

    // Patrick Harvie abstained in the first 2009 division and voted for in the fourth (as printed).
    const harvie = printed.map((p) => p.names.find((x) => x.name.startsWith('Harvie, Patrick'))?.vote ?? null);
    expect(harvie.every((v) => v !== null)).toBe(true);
    const found = await json(searchRoute as never, `/api/search?speaker=${encodeURIComponent('Patrick Harvie')}&type=division&from=2009-10-29&to=2009-10-29`);
    expect(found.status).toBe(200);
    const hits = found.body.hits as { votes?: { vote: string }[] }[];
    expect(hits.map((h) => h.votes?.map((v) => v.vote))).toEqual(expect.arrayContaining(harvie.map((v) => [SP_VOTE_WORDS[v!]])));
    expect(hits.length).toBe(harvie.length);
  });

  it("the division's page counts and heads the lists in the Parliament's words", async () => {
    const [first] = (await json(divisionsRoute as never, `/api/divisions?date=2009-10-29&house=${encodeURIComponent(HOUSE)}`)).body.divisions as Listed[];
    const html = renderToStaticMarkup(await divisionPage(params(first.id)));
    expect(html).toContain(`For ${printed[0].for}, Against ${printed[0].against}, Abstentions ${printed[0].abstentions}`);
    for (const heading of ['For', 'Against', 'Abstentions']) expect(html).toContain(`aria-label="${heading}"`);
    expect(html).toContain('Scottish Parliament');
    expect(html).not.toContain('House of Scottish Parliament');
    expect(html).not.toContain('Ayes');
  });
});
