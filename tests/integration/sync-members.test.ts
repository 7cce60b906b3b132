import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listContributions } from '../support/inventory';
import { getRegisterCoverage } from '../../lib/db/pages';
import { documentId } from '../../lib/ids';
import { DEFAULT_REGISTER_PATH, loadRegister } from '../../lib/members';
import { officesKnownUntil } from '../../lib/members/register-index';
import { runSync, type SyncOptions } from '../../lib/sync/run-sync';
import { formatSyncSummary } from '../../lib/sync/summary-lines';
import { exitOf, spawnCommand } from '../support/alerts';
import { serveParldataForFile } from '../support/served-parldata';
import { testRuntime } from '../support/fixtures';
import { layOutParldata, parldataSyncOptions, REAL_SHAPE_MEMBERS, writeRealShapeMembersSource } from '../support/parldata-fixture';

const rt = testRuntime('it_sync_members');
const work = mkdtempSync(path.join(os.tmpdir(), 'sync-members-test-'));
const members = path.join(work, 'members');
const dataDir = path.join(work, 'data');

const GREEN = 'uk.org.publicwhip/person/10241';
const WESTERN = 'uk.org.publicwhip/person/26120';
const FREER = 'uk.org.publicwhip/person/24934';

function syncOptions(overrides: Partial<SyncOptions> = {}): SyncOptions {
  return parldataSyncOptions(rt, work, daemon.url, overrides);
}

const day = (key: string) => listContributions(rt.db, { documentId: documentId(key) });

const daemon = serveParldataForFile(rt, work, (source) => {
  layOutParldata(source, (name) => name.startsWith('debates'));
  // An excerpt of a real 2023 Commons day (mysociety/mysoc-validator data/), as parldata keeps it.
  mkdirSync(path.join(source, 'scrapedxml', 'debates'), { recursive: true });
  copyFileSync(path.join(REAL_SHAPE_MEMBERS, 'debates2023-03-28d.xml'), path.join(source, 'scrapedxml', 'debates', 'debates2023-03-28d.xml'));
  writeRealShapeMembersSource(members);
});

describe("npm run sync with a members source in the real file's shapes", () => {
  it('refreshes the register from it: nothing refused, nothing skipped', async () => {
    const synced = await runSync(syncOptions());
    expect(synced.failed).toEqual([]);
    // 11 of the fixture's 13 persons: the Senedd-only member counts since devolved seats are kept
    // (issue 28); the London Assembly-only and Crown-only ones hold no seat in a chamber we record.
    expect(synced.register).toMatchObject({ status: 'imported', persons: 11, skipped: [] });
  }, 120_000);

  it('the loaded register says where the synced file’s office data ends, past the bundled copy’s 2020', async () => {
    const written = JSON.parse(readFileSync(syncOptions().registerPath, 'utf8'));
    const knownUntil = written.meta.offices_known_until;
    // The synced ministers file runs past the bundled register's office data (its latest post, 2020-09-29).
    expect(knownUntil > officesKnownUntil(loadRegister(DEFAULT_REGISTER_PATH))).toBe(true);
    expect(await getRegisterCoverage(rt.db)).toMatchObject({ source: members, officesKnownUntil: knownUntil });
  });

  it('a 2009 speech whose speaker id was merged into another membership resolves to the right person', async () => {
    const speeches = (await day('debates2009-10-26')).filter((c) => c.speakerRef === 'uk.org.publicwhip/member/1379');
    expect(speeches.length).toBeGreaterThan(0);
    for (const c of speeches) {
      expect(c).toMatchObject({ personId: GREEN, resolvedParty: 'Conservative', resolvedConstituency: 'Ashford', resolutionStatus: 'resolved' });
      expect(c.resolutionReason).toContain('merged into uk.org.publicwhip/member/41379');
    }
  });

  it('a 2023 speaker gets party and seat from the synced file', async () => {
    const western = (await day('debates2023-03-28')).filter((c) => c.speakerRef === WESTERN);
    expect(western.length).toBeGreaterThan(0);
    for (const c of western) expect(c).toMatchObject({ personId: WESTERN, resolvedParty: 'Labour', resolvedConstituency: 'Stretford and Urmston' });
  });

  it('an office still open past October 2020 in the synced ministers file is shown as held', async () => {
    const freer = (await day('debates2023-03-28')).filter((c) => c.speakerRef === FREER);
    expect(freer.length).toBeGreaterThan(0);
    for (const c of freer) {
      expect(c.resolvedOffices).toEqual([
        expect.objectContaining({ title: 'Parliamentary Under-Secretary (Ministry of Justice)', end: null, government: true, beyondRegister: false }),
      ]);
      expect(c.resolvedMinister).toBe(true);
    }
  });

  it('an entry with a broken date is skipped and named, the command says something failed, every other member still resolves', async () => {
    writeRealShapeMembersSource(members, (people) => {
      const raabSeat = people.memberships.find((m) => (m as { id: string }).id === 'uk.org.publicwhip/member/41996') as { start_date: string };
      raabSeat.start_date = '2019-12-32';
    });
    const run = await exitOf(spawnCommand(rt, 'sync.ts', ['--source', daemon.url, '--members-source', members], { DATA_DIR: dataDir }));
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain('register: people.json memberships[14] uk.org.publicwhip/member/41996 skipped (start_date "2019-12-32"');
    expect(run.stderr).not.toContain("not parlparse's format");
    expect(run.stdout).toMatch(/register: imported from .* 1 entries skipped/);
  }, 180_000);

  it('after it, the others resolve as before and the skipped seat is gone', async () => {
    const day2023 = await day('debates2023-03-28');
    expect(day2023.filter((c) => c.speakerRef === WESTERN).every((c) => c.resolvedConstituency === 'Stretford and Urmston')).toBe(true);
    expect(day2023.filter((c) => c.speakerRef === FREER).every((c) => c.personId === FREER && c.resolvedParty === 'Conservative')).toBe(true);
    expect((await day('debates2009-10-26')).filter((c) => c.speakerRef === 'uk.org.publicwhip/member/1379').every((c) => c.personId === GREEN)).toBe(true);
    // Raab's 2019 seat was the broken entry: he resolves to his person, with no seat on that day.
    const raab = day2023.filter((c) => c.speakerRef === 'uk.org.publicwhip/person/24815');
    expect(raab.length).toBeGreaterThan(0);
    expect(raab.every((c) => c.personId === 'uk.org.publicwhip/person/24815' && c.resolvedConstituency === null)).toBe(true);
  });

  it('a people.json that is not Popolo at all is refused in one line, and the register stays as it was', async () => {
    const registerPath = syncOptions().registerPath;
    const before = readFileSync(registerPath, 'utf8');
    const importedBefore = await getRegisterCoverage(rt.db);
    writeFileSync(path.join(members, 'people.json'), JSON.stringify({ people: [{ id: 'uk.org.publicwhip/person/10241' }] }));
    const synced = await runSync(syncOptions());
    expect(synced.register).toBeNull();
    expect(synced.failed).toEqual([
      {
        file: null,
        reason: `register not refreshed: ${members} people.json: not parlparse's format (persons: Invalid input: expected array, received undefined)`,
      },
    ]);
    expect(readFileSync(registerPath, 'utf8')).toBe(before);
    expect(await getRegisterCoverage(rt.db)).toEqual(importedBefore);
  }, 120_000);

  it('a source without ministers.json still refreshes, and says it has no 1997-2010 posts', async () => {
    writeRealShapeMembersSource(members);
    rmSync(path.join(members, 'ministers.json'));
    const synced = await runSync(syncOptions());
    expect(synced.failed).toEqual([]);
    expect(synced.register).toMatchObject({ status: 'imported', withoutMinistersJson: true, skipped: [] });
    expect(formatSyncSummary(synced, 1).join('\n')).toContain('no ministers.json in the source, so no 1997-2010 posts');
  }, 120_000);
});
