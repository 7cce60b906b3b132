/**
 * The Senedd's speakers resolved through the register that `npm run sync` refreshes from a
 * people.json: the plenary pair (tests/fixtures/senedd/plenary-pair, en and cy) served by a real
 * rsync daemon on loopback, the members source tests/fixtures/members/senedd-2020 (Popolo, as
 * mysoc-validator models it: `welsh-parliament` memberships with party and seat). The bundled
 * register has no Members of the Senedd, so without that file none would resolve.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSync } from '../../lib/sync/run-sync';
import { pointRoutesAt, testRuntime } from '../support/fixtures';
import { listContributions } from '../support/inventory';
import { parldataSyncOptions } from '../support/parldata-fixture';
import { serveParldataForFile } from '../support/served-parldata';
import { ROOT } from '../support/test-services';

const rt = testRuntime('it_senedd_members');
pointRoutesAt(rt);
const searchRoute = await import('../../app/api/search/route');

const work = mkdtempSync(path.join(os.tmpdir(), 'senedd-members-'));
const PAIR = path.join(ROOT, 'tests', 'fixtures', 'senedd', 'plenary-pair');
const MEMBERS = path.join(ROOT, 'tests', 'fixtures', 'members', 'senedd-2020');
const DAY = 'senedd2020-01-08.xml';

const daemon = serveParldataForFile(rt, work, (source) => {
  for (const language of ['en', 'cy']) {
    mkdirSync(path.join(source, 'scrapedxml', 'senedd', language), { recursive: true });
    copyFileSync(path.join(PAIR, language, DAY), path.join(source, 'scrapedxml', 'senedd', language, DAY));
  }
});

/** Each Member's party and seat on the day, as the members file gives them (person id → both). */
function membersOnTheDay(): Map<string, { party: string; seat: string }> {
  const people = JSON.parse(readFileSync(path.join(MEMBERS, 'people.json'), 'utf8')) as {
    memberships: Array<{ person_id: string; post_id: string; on_behalf_of_id: string; start_date: string; end_date: string }>;
    organizations: Array<{ id: string; name: string }>;
    posts: Array<{ id: string; area: { name: string } }>;
  };
  const orgName = new Map(people.organizations.map((o) => [o.id, o.name]));
  const seat = new Map(people.posts.map((p) => [p.id, p.area.name]));
  return new Map(
    people.memberships
      .filter((m) => m.start_date <= '2020-01-08' && m.end_date >= '2020-01-08')
      .map((m) => [m.person_id, { party: orgName.get(m.on_behalf_of_id)!, seat: seat.get(m.post_id)! }]),
  );
}

describe('npm run sync of a Senedd day with a people.json naming its Members', () => {
  it('resolves every named speech to its Member with the party and seat held that day', async () => {
    const summary = await runSync(parldataSyncOptions(rt, work, daemon.url, { kinds: ['senedd'], membersSource: MEMBERS }));
    expect(summary.failed).toEqual([]);
    expect(summary.ingested).toBe(1);
    const expected = membersOnTheDay();
    const named = (await listContributions(rt.db)).filter((c) => c.speakerRef?.includes('/person/'));
    expect(named.length).toBeGreaterThan(0);
    for (const c of named) {
      const member = expected.get(c.speakerRef!);
      expect(member, `${c.speakerName} (${c.speakerRef}) is in the members file`).toBeDefined();
      expect({ person: c.personId, party: c.resolvedParty, seat: c.resolvedConstituency }, c.speakerName ?? '').toEqual({
        person: c.speakerRef,
        party: member!.party,
        seat: member!.seat,
      });
    }
  });

  it('finds them by party under house=Senedd', async () => {
    const response = await searchRoute.GET(new Request('http://localhost/api/search?house=Senedd&party=Plaid+Cymru') as never);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { total: number; hits: Array<{ speaker: { party: string | null } }> };
    expect(body.total).toBeGreaterThan(0);
    expect(body.hits.every((h) => h.speaker.party === 'Plaid Cymru')).toBe(true);
  });
});
