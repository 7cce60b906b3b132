/**
 * Divisions after `npm run sync` of the real day files (Commons, Lords and a public bill committee)
 * from a real rsync daemon on loopback, with the register converted from the shared people.json.
 * What each file holds is read from its XML with plain patterns (independent of the parser): every
 * division is listed for its day with its printed counts, every name is stored with its vote,
 * teller and proxy, ≥ 99 % of names given by member id resolve, a member's votes list the division,
 * and the debate's reading data gives each speaker's vote. Bad parameters answer 400 / 404.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSync } from '../../lib/sync/run-sync';
import { startRsyncDaemon, type RsyncDaemon } from '../../scripts/support/rsync-daemon';
import { pointRoutesAt, resetStores, testRuntime } from '../support/fixtures';
import { layOutParldata, parldataSyncOptions, realSampleFiles, writeMembersSource } from '../support/parldata-fixture';

const rt = testRuntime('it_divisions');
pointRoutesAt(rt);
const divisionsRoute = await import('../../app/api/divisions/route');
const divisionRoute = await import('../../app/api/divisions/[id]/route');
const votesRoute = await import('../../app/api/votes/route');
const { getRecordDivisions, getRecordView } = await import('../../lib/db/pages');
const readingView = (await import('../../app/d/[id]/page')).default;
const divisionPage = (await import('../../app/divisions/[id]/page')).default;
const csvRoute = await import('../../app/divisions/[id]/votes.csv/route');
const voteFeedRoute = await import('../../app/votes.atom/route');
const searchRoute = await import('../../app/api/search/route');
const { ResultItem } = await import('../../components/search/result-item');

const work = mkdtempSync(path.join(os.tmpdir(), 'divisions-test-'));
let daemon: RsyncDaemon;

/** Day files whose XML holds a division (of any shape). */
const withDivisions = realSampleFiles().filter((f) => /<division |<divisioncount /.test(readFileSync(f.file, 'latin1')));

interface PrintedDivision {
  file: string;
  date: string;
  number: string;
  aye: number;
  no: number;
  names: number;
  tellers: number;
  proxies: number;
  memberIdNames: number;
}

/** The divisions a file prints, read with plain patterns: the oracle the stored rows are held to. */
function printedDivisions(file: string): PrintedDivision[] {
  const xml = readFileSync(file, 'latin1');
  const date = /(\d{4}-\d{2}-\d{2})[a-z]*\.xml$/.exec(file)![1];
  const out: PrintedDivision[] = [];
  const blocks = xml.split(/(?=<division |<divisioncount id=)/).slice(1);
  for (const block of blocks) {
    const body = block.slice(0, block.search(/<\/division>|<\/divisioncount>/));
    const head = /<division(?:count)? [^>]*>/.exec(body)![0];
    const count = /<divisioncount [^>]*>/.exec(body)![0];
    const attr = (tag: string, name: string) => new RegExp(`\\s${name}="(\\d+)"`).exec(tag)?.[1];
    const names = body.match(/<(mpname|lord)\s[^>]*>/g) ?? [];
    out.push({
      file,
      date,
      number: attr(head, 'divnumber')!,
      aye: Number(attr(count, 'ayes') ?? attr(count, 'content')),
      no: Number(attr(count, 'noes') ?? attr(count, 'not-content')),
      names: names.length,
      tellers: names.filter((n) => /teller="yes"/.test(n)).length,
      proxies: names.filter((n) => /proxy="/.test(n)).length,
      memberIdNames: names.filter((n) => /(?:\sid|memberid)="uk\.org\.publicwhip\/(?:member|lord)\//.test(n)).length,
    });
  }
  return out;
}

const printed = withDivisions.flatMap((f) => printedDivisions(f.file));

const json = async (route: { GET: (req: Request, ctx?: never) => Promise<Response> }, url: string, ctx?: unknown) => {
  const res = await route.GET(new Request(`http://localhost${url}`), ctx as never);
  return { status: res.status, body: await res.json() };
};
const divisionById = (id: string) => json(divisionRoute as never, `/api/divisions/${id}`, { params: Promise.resolve({ id }) });

beforeAll(async () => {
  await resetStores(rt);
  layOutParldata(path.join(work, 'parldata'), (name) => withDivisions.some((f) => f.name === name));
  writeMembersSource(path.join(work, 'members'));
  daemon = await startRsyncDaemon(path.join(work, 'parldata'));
  const result = await runSync(parldataSyncOptions(rt, work, daemon.url));
  expect(result.failed).toEqual([]);
}, 180_000);

afterAll(async () => {
  await daemon?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('divisions after a sync of the real day files', () => {
  it('the real files hold divisions in the Commons, Lords and committee shapes', () => {
    expect(withDivisions.map((f) => f.kind).sort()).toEqual(expect.arrayContaining(['debates', 'lordspages', 'standing']));
    expect(printed.length).toBeGreaterThanOrEqual(3);
  });

  it('every division is listed for its day with the printed counts', async () => {
    for (const day of new Set(printed.map((p) => p.date))) {
      const { status, body } = await json(divisionsRoute as never, `/api/divisions?date=${day}`);
      expect(status).toBe(200);
      const expected = printed.filter((p) => p.date === day).map((p) => ({ number: p.number, counts: { aye: p.aye, no: p.no } }));
      expect(body.divisions.map((d: { number: string; counts: object }) => ({ number: d.number, counts: d.counts }))).toEqual(expect.arrayContaining(expected));
      expect(body.divisions).toHaveLength(expected.length);
    }
  });

  it('every name is stored with its vote, teller and proxy; ≥ 99 % of member-id names resolve', async () => {
    let memberIdNames = 0;
    let resolved = 0;
    for (const p of printed) {
      const list = (await json(divisionsRoute as never, `/api/divisions?date=${p.date}`)).body.divisions;
      const summary = list.find((d: { number: string }) => d.number === p.number);
      const { status, body } = await divisionById(summary.id);
      expect(status).toBe(200);
      expect(body.votes).toHaveLength(p.names);
      expect(body.votes.filter((v: { teller: boolean }) => v.teller)).toHaveLength(p.tellers);
      expect(body.votes.filter((v: { proxy: string | null }) => v.proxy)).toHaveLength(p.proxies);
      for (const v of body.votes) expect(['aye', 'no']).toContain(v.vote);
      memberIdNames += p.memberIdNames;
      resolved += body.votes.filter((v: { personId: string | null }) => v.personId).length;
      expect(body.record?.url).toMatch(/^\/d\/[a-z2-9]{12}(#c-[a-z2-9]{12})?$/);
    }
    expect(memberIdNames).toBeGreaterThan(0);
    console.log(`division names given by member id that resolved: ${resolved} of ${memberIdNames}`);
    expect(resolved / memberIdNames).toBeGreaterThanOrEqual(0.99);
  });

  it("a member's votes list their division, and the debate's reading data gives each speaker's vote", async () => {
    const commons = printed.find((p) => /\/debates\d{4}/.test(p.file))!;
    const summary = (await json(divisionsRoute as never, `/api/divisions?date=${commons.date}&house=Commons`)).body.divisions[0];
    const division = (await divisionById(summary.id)).body;
    const voter = division.votes.find((v: { personId: string | null; teller: boolean }) => v.personId && !v.teller);
    const { status, body } = await json(votesRoute as never, `/api/votes?person=${encodeURIComponent(voter.personId)}`);
    expect(status).toBe(200);
    expect(body.votes.map((v: { division: { id: string } }) => v.division.id)).toContain(division.id);
    expect(body.votes.find((v: { division: { id: string } }) => v.division.id === division.id).vote).toBe(voter.vote);
    const feed = await voteFeedRoute.GET(new Request(`http://localhost/votes.atom?person=${encodeURIComponent(voter.personId)}`));
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/atom/);
    expect(await feed.text()).toContain(`/divisions/${division.id}`);

    const recordId = division.record.url.slice(3, 15);
    const reading = await getRecordDivisions(recordId);
    expect(reading.divisions.map((d) => d.id)).toContain(division.id);
    for (const v of division.votes.filter((x: { personId: string | null }) => x.personId)) {
      expect(reading.votesByPerson.get(v.personId)?.map((x) => x.vote)).toContain(v.vote);
    }
  });

  it("the pages: the reading view shows the division at its place and each speaker's vote; the division page lists every name; the CSV has a row per name", async () => {
    const commons = printed.find((p) => /\/debates\d{4}/.test(p.file))!;
    const summary = (await json(divisionsRoute as never, `/api/divisions?date=${commons.date}&house=Commons`)).body.divisions[0];
    const division = (await divisionById(summary.id)).body;
    const recordId = division.record.url.slice(3, 15);
    const html = renderToStaticMarkup(await readingView({ params: Promise.resolve({ id: recordId }) }));
    expect(html).toContain(`id="division-${division.id}"`);
    // The block sits after the contribution the division follows.
    const anchor = division.record.url.split('#')[1];
    if (anchor) expect(html.indexOf(`id="${anchor}"`)).toBeLessThan(html.indexOf(`id="division-${division.id}"`));
    const reading = await getRecordDivisions(recordId);
    // Every contribution whose speaker is in the lists carries a "Voted:" line.
    const view = (await getRecordView(recordId))!;
    const voting = view.contributions.filter((c) => c.speaker.register?.personId && reading.votesByPerson.has(c.speaker.register.personId));
    expect(voting.length).toBeGreaterThan(0);
    expect(html.match(/data-speaker-votes/g) ?? []).toHaveLength(voting.length);

    const page = renderToStaticMarkup(await divisionPage({ params: Promise.resolve({ id: division.id }) }));
    for (const v of division.votes.slice(0, 20)) expect(page).toContain(v.name.replaceAll('&', '&amp;').replaceAll("'", '&#x27;'));
    expect((page.match(/>teller</gi) ?? []).length).toBe(division.votes.filter((v: { teller: boolean }) => v.teller).length);

    const csv = await (await csvRoute.GET(new Request('http://localhost/'), { params: Promise.resolve({ id: division.id }) } as never)).text();
    expect(csv.trim().split('\r\n')).toHaveLength(division.votes.length + 1);
  });

  it('search: divisions are results of their own kind, found by title words with type:division and the house and date filters', async () => {
    for (const p of printed) {
      const listed = (await json(divisionsRoute as never, `/api/divisions?date=${p.date}`)).body.divisions;
      const d = listed.find((x: { number: string }) => x.number === p.number);
      const word = d.title.split(/\W+/).find((w: string) => w.length > 5) ?? '';
      const { status, body } = await json(
        searchRoute as never,
        `/api/search?q=${encodeURIComponent(word)}&type=division&house=${d.house}&from=${p.date}&to=${p.date}`,
      );
      expect(status).toBe(200);
      expect(body.hits.map((h: { url: string }) => h.url)).toContain(d.url);
      for (const h of body.hits) expect(h.type).toBe('division');
    }
  });

  it("search: a member's filter with type=division lists exactly the divisions they voted in, each with their vote; a member who did not vote gets none", async () => {
    // A member who voted (resolved, not a teller) in a Commons division, named as the speaker filter names them.
    const [member] = await rt.db.$queryRawUnsafe<{ personId: string; name: string }[]>(
      `SELECT p.id AS "personId", p.name FROM "Vote" v JOIN "Person" p ON p.id = v."personId" JOIN "Division" d ON d.id = v."divisionId"
       WHERE d.house = 'Commons' AND NOT v.teller ORDER BY v."divisionId", v.position LIMIT 1`,
    );
    const cast = await rt.db.$queryRawUnsafe<{ divisionId: string; vote: string }[]>(
      `SELECT v."divisionId", v.vote FROM "Vote" v LEFT JOIN "Person" p ON p.id = v."personId" WHERE COALESCE(p.name, v.name) = $1 ORDER BY v.position`,
      member.name,
    );
    expect(cast.length).toBeGreaterThan(0);
    const found = await json(searchRoute as never, `/api/search?speaker=${encodeURIComponent(member.name)}&type=division&perPage=100`);
    expect(found.status).toBe(200);
    const hits = found.body.hits as { id: string; type: string; url: string; votes?: { name: string; vote: string }[] }[];
    expect(hits.map((h) => h.id).sort()).toEqual([...new Set(cast.map((c) => c.divisionId))].sort());
    for (const h of hits) {
      expect(h.type).toBe('division');
      expect(h.votes?.map((v) => v.vote)).toEqual(cast.filter((c) => c.divisionId === h.id).map((c) => c.vote));
      expect(h.votes?.every((v) => v.name === member.name)).toBe(true);
    }
    // The result as the search page shows it names the member's vote.
    const shown = renderToStaticMarkup(ResultItem({ hit: found.body.hits[0] }));
    expect(shown.match(/data-member-vote/g) ?? []).toHaveLength(hits[0].votes!.length);
    // The division page lists them with the same vote.
    const page = (await divisionById(hits[0].id)).body;
    expect(page.votes.filter((v: { personId: string | null }) => v.personId === member.personId).map((v: { vote: string }) => v.vote)).toEqual(
      hits[0].votes?.map((v) => v.vote),
    );

    // A member of the register who is on no list: no division.
    const [absent] = await rt.db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT p.name FROM "Person" p WHERE NOT EXISTS (SELECT 1 FROM "Vote" v LEFT JOIN "Person" q ON q.id = v."personId" WHERE COALESCE(q.name, v.name) = p.name) ORDER BY p.id LIMIT 1`,
    );
    const none = await json(searchRoute as never, `/api/search?speaker=${encodeURIComponent(absent.name)}&type=division`);
    expect(none.status).toBe(200);
    expect(none.body.total).toBe(0);
  });

  it('bad parameters: 400 naming the parameter, unknown ids 404', async () => {
    const badDate = await json(divisionsRoute as never, '/api/divisions?date=2009-02-30');
    expect(badDate.status).toBe(400);
    expect(badDate.body.param).toBe('date');
    const noPerson = await json(votesRoute as never, '/api/votes');
    expect(noPerson.status).toBe(400);
    expect(noPerson.body.param).toBe('person');
    expect((await json(votesRoute as never, '/api/votes?person=uk.org.publicwhip/person/1&page=0')).body.param).toBe('page');
    expect((await divisionById('zzzzzzzzzzzz')).status).toBe(404);
    expect((await divisionById('not-an-id')).status).toBe(404);
    expect((await json(votesRoute as never, '/api/votes?person=uk.org.publicwhip/person/999999999')).status).toBe(404);
  });
});
