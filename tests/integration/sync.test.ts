import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../lib/ingest/ingest';
import { countDocuments } from '../../lib/db/store';
import { countContributions, listContributions } from '../support/inventory';
import { getPersonProfile } from '../../lib/db/pages';
import { contributionIdForSource, documentId } from '../../lib/ids';
import { getPermalinkStatus } from '../../lib/db/proxy';
import { getRegisterCoverage } from '../../lib/db/pages';
import { officesKnownUntil } from '../../lib/members/register-index';
import { runSync, type SyncOptions } from '../../lib/sync/run-sync';
import { testRuntime } from '../support/fixtures';
import { layOutParldata, parldataSyncOptions, REAL_SAMPLES, realSampleFiles, writeMembersSource } from '../support/parldata-fixture';
import { exitOf, spawnCommand } from '../support/alerts';
import { serveParldataForFile } from '../support/served-parldata';
import { startRsyncDaemon } from '../../scripts/support/rsync-daemon';
import { getDefaultRegisterIndex } from '../../lib/members';

const rt = testRuntime('it_sync');
const work = mkdtempSync(path.join(os.tmpdir(), 'sync-test-'));
const members = path.join(work, 'members');
const manifest = JSON.parse(readFileSync(path.join(REAL_SAMPLES, 'manifest.json'), 'utf8'));

function syncOptions(overrides: Partial<SyncOptions> = {}): SyncOptions {
  return parldataSyncOptions(rt, work, daemon.url, overrides);
}

const count = async () => ({ documents: await countDocuments(rt.db), contributions: await countContributions(rt.db) });
const contributionIdsOf = async (key: string) => (await listContributions(rt.db, { documentId: documentId(key) })).map((c) => c.id);

const daemon = serveParldataForFile(rt, work, (source) => {
  layOutParldata(source);
  writeMembersSource(members);
});
const { source } = daemon;

describe('npm run sync from an rsync daemon', () => {
  it('the daemon killed mid-transfer: the files that arrived land, the rerun completes, nothing is doubled', async () => {
    const mirror = path.join(work, 'mirror', 'scrapedxml');
    // Slowed to 300 kB/s so that the transfer is still running when the first file is complete.
    const interrupted = runSync(syncOptions({ bwlimit: '300', membersSource: null }));
    const arrived = () => (existsSync(mirror) ? readdirSync(mirror, { recursive: true }).map(String) : []);
    // rsync writes under a hidden temporary name and renames a file when it is complete.
    while (!arrived().some((f) => f.endsWith('.xml') && !path.basename(f).startsWith('.'))) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await daemon.kill();
    const first = await interrupted;
    expect(first.failed.some((f) => f.file === null && /transfer stopped/.test(f.reason))).toBe(true);
    expect(first.ingested).toBeGreaterThan(0);
    expect(first.ingested).toBeLessThan(17);

    await daemon.restart();
    const rerun = await runSync(syncOptions());
    expect(rerun.failed).toEqual([]);
    expect(rerun.ingested + rerun.unchanged).toBe(17);
    expect(rerun.ingested).toBe(17 - first.ingested);
    expect(await count()).toEqual({ documents: 17, contributions: manifest.totals.contributions });
  }, 120_000);

  it('a second sync transfers and ingests nothing; a dry run says so first', async () => {
    const dry = await runSync(syncOptions({ dryRun: true }));
    expect(dry).toMatchObject({ listed: 17, selected: 17, days: 17, toFetch: 0, fetched: 0, ingest: null });
    const again = await runSync(syncOptions());
    expect(again).toMatchObject({ fetched: 0, ingested: 0, unchanged: 17, failed: [] });
    expect(again.register?.status).toBe('unchanged');
  }, 60_000);

  it('the records are those `npm run ingest` makes of the same files', async () => {
    // Same day keys, same bytes: ingest finds every file already stored as it would store it.
    const direct = await ingestPaths(
      realSampleFiles().map((f) => f.file),
      { db: rt.db, search: null, register: getDefaultRegisterIndex() },
    );
    expect(direct).toMatchObject({ stored: 0, unchanged: 17, failed: [] });
  }, 60_000);

  it('speakers get the party and seat people.json gives for the sitting date', async () => {
    const debates = manifest.documents.find((d: { file: string }) => d.file.endsWith('debates2009-10-26b.xml'));
    const withParty = debates.speakers.filter((s: { party_name: string | null; speaker_ref: string | null }) => s.party_name && s.speaker_ref);
    expect(withParty.length).toBeGreaterThan(50);
    const day = await listContributions(rt.db, { documentId: documentId('debates2009-10-26') });
    for (const s of withParty) {
      const stored = day.find((c) => c.speakerRef === s.speaker_ref);
      expect(stored, s.speaker_ref).toMatchObject({ resolvedParty: s.party_name, personId: s.register_person_id });
      if (s.constituency) expect(stored!.resolvedConstituency).not.toBeNull();
    }
  });

  it('version b of a day replaces a: ids kept, the moved speech redirects; a broken file is named, the others land', async () => {
    const dir = path.join(source, 'scrapedxml', 'debates');
    const a = readFileSync(path.join(dir, 'debates2009-10-29a.xml'), 'latin1');
    const moved = 'uk.org.publicwhip/debate/2009-10-29a.556.1';
    const movedTo = 'uk.org.publicwhip/debate/2009-10-29b.556.7';
    expect(a).toContain(`id="${moved}"`);
    const before = await contributionIdsOf('debates2009-10-29');
    // As parlparse re-publishes a day: the new version under the next letter, with one speech renumbered,
    // and the old version rewritten as latest="no" with a redirect for it.
    const b = a.replaceAll('2009-10-29a.', '2009-10-29b.').replace(`id="${moved.replace('29a', '29b')}"`, `id="${movedTo}"`);
    writeFileSync(path.join(dir, 'debates2009-10-29b.xml'), b, 'latin1');
    const superseded = a.replace(/<publicwhip([^>]*)>/, `<publicwhip latest="no"$1>\n<gidredirect oldgid="${moved}" newgid="${movedTo}" matchtype="changed"/>`);
    writeFileSync(path.join(dir, 'debates2009-10-29a.xml.new'), superseded, 'latin1');
    renameSync(path.join(dir, 'debates2009-10-29a.xml.new'), path.join(dir, 'debates2009-10-29a.xml'));
    writeFileSync(
      path.join(dir, 'debates2009-11-02a.xml'),
      '<?xml version="1.0"?>\n<publicwhip latest="yes">\n<speech id="uk.org.publicwhip/debate/2009-11-02a.1.0" <<< cut off',
    );

    const synced = await runSync(syncOptions());
    expect(synced.fetched).toBe(3);
    expect(synced.ingested).toBe(1);
    expect(synced.redirected).toBe(1);
    expect(synced.failed.map((f) => f.file)).toEqual(['debates/debates2009-11-02a.xml']);
    expect(synced.failed[0].reason).toMatch(/^\S*debates2009-11-02a\.xml: /);

    const after = await contributionIdsOf('debates2009-10-29');
    const oldId = contributionIdForSource(moved);
    expect(after.sort()).toEqual(
      before
        .filter((id) => id !== oldId)
        .concat(contributionIdForSource(movedTo))
        .sort(),
    );
    expect(await getPermalinkStatus(oldId, rt.db)).toEqual({ status: 'moved', to: contributionIdForSource(movedTo) });
    expect(await count()).toEqual({ documents: 17, contributions: manifest.totals.contributions });
    rmSync(path.join(dir, 'debates2009-11-02a.xml'));
  }, 60_000);

  it('kinds and dates choose what is listed, mirrored and ingested', async () => {
    const mirrorDir = path.join(work, 'mirror-filtered');
    const picked = await runSync(syncOptions({ mirrorDir, membersSource: null, kinds: ['wms', 'debates'], from: '2009-10-27', to: '2009-10-31' }));
    // debates 29 a+b and ministerial 29; not the 26th, not other kinds.
    expect(picked).toMatchObject({ selected: 3, days: 2, fetched: 3, ingested: 0, unchanged: 2, superseded: 1, failed: [] });
    expect(
      readdirSync(path.join(mirrorDir, 'scrapedxml'), { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.xml'))
        .sort(),
    ).toEqual(['debates/debates2009-10-29a.xml', 'debates/debates2009-10-29b.xml', 'wms/ministerial2009-10-29a.xml']);
  }, 60_000);

  it('the source unreachable: one clear line, exit 1, nothing stored changes', async () => {
    const before = await count();
    const closed = await startRsyncDaemon(source);
    await closed.kill(); // a port where nothing listens now
    const run = await exitOf(spawnCommand(rt, 'sync.ts', ['--source', closed.url, '--no-members'], { DATA_DIR: path.join(work, 'data') }));
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${closed.url}/scrapedxml/debates/: cannot list the source`);
    expect(await count()).toEqual(before);
  }, 120_000);

  it('a person whose people.json entry redirects to another: their speeches resolve to the person it names', async () => {
    const speaker = manifest.documents[0].speakers.find((s: { register_person_id: string | null }) =>
      s.register_person_id?.startsWith('uk.org.publicwhip/person/'),
    );
    const oldId = speaker.register_person_id as string;
    const newId = 'uk.org.publicwhip/person/99990001';
    writeMembersSource(members, { mergedPersons: { [oldId]: newId } });
    const synced = await runSync(syncOptions());
    expect(synced.register).toMatchObject({ status: 'imported' });
    expect(synced.register!.reresolved).toBeGreaterThan(0);
    expect(await getPersonProfile(oldId, { db: rt.db })).toBeNull();
    expect((await getPersonProfile(newId, { db: rt.db }))?.contributions.total).toBeGreaterThan(0);
    expect((await listContributions(rt.db)).filter((c) => c.personId === oldId)).toEqual([]);
    expect(existsSync(syncOptions().registerPath)).toBe(true);
    // The page's coverage line: the source the sync took people.json from, the latest date of its seats,
    // and where its office data ends.
    const register = JSON.parse(readFileSync(syncOptions().registerPath, 'utf8'));
    expect(await getRegisterCoverage(rt.db)).toEqual({
      source: members,
      dataTo: register.meta.data_to,
      officesKnownUntil: officesKnownUntil(register) || null,
    });
  }, 120_000);
});
