/**
 * A folder laid out as TheyWorkForYou's `parldata` rsync module, from real data: the ParlParse day
 * files of ../shared/data/real-samples under `scrapedxml/<kind>/`, and a `members/` folder with a
 * Popolo `people.json` built from the shared register (popolo-people.ts) and parlparse's real
 * `ministers.json` and `ministers-2010.json` — or the committed real-shape members fixture
 * (tests/fixtures/members/real-shape, written to parlparse's model with one of each variant).
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DAY_FILE_KINDS, parseDayFileName } from '../../lib/day-files';
import type { SyncOptions } from '../../lib/sync/run-sync';
import type { TestRuntime } from './fixtures';
import { readMinistersJson, readSharedRegister, toPeopleJson } from './popolo-people';
import { ROOT } from './test-services';

export const REAL_SAMPLES = path.join(ROOT, '..', 'shared', 'data', 'real-samples');

/** Every real sample day file, by name, with the kind folder parldata keeps it in. */
export function realSampleFiles(): { file: string; name: string; kind: string }[] {
  return readdirSync(REAL_SAMPLES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(path.join(REAL_SAMPLES, d.name)).map((name) => ({ file: path.join(REAL_SAMPLES, d.name, name), name })))
    .map((f) => ({ ...f, kind: parseDayFileName(f.name)!.kind }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Copies the real day files into `root/scrapedxml/<kind>/` (all of them, or those `pick` keeps). */
export function layOutParldata(root: string, pick: (name: string) => boolean = () => true): string[] {
  const copied: string[] = [];
  for (const f of realSampleFiles()) {
    if (!pick(f.name)) continue;
    const dir = path.join(root, 'scrapedxml', f.kind);
    mkdirSync(dir, { recursive: true });
    copyFileSync(f.file, path.join(dir, f.name));
    copied.push(`${f.kind}/${f.name}`);
  }
  return copied;
}

/** Writes `people.json`, `ministers.json` and `ministers-2010.json` into `dir`. */
export function writeMembersSource(dir: string, options: Parameters<typeof toPeopleJson>[1] = {}): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'people.json'), JSON.stringify(toPeopleJson(readSharedRegister(), options)));
  writeFileSync(path.join(dir, 'ministers.json'), JSON.stringify(readMinistersJson('ministers.json')));
  writeFileSync(path.join(dir, 'ministers-2010.json'), JSON.stringify(readMinistersJson()));
}

/** The committed members fixture in the real file's shapes (people.json, ministers.json, ministers-2010.json). */
export const REAL_SHAPE_MEMBERS = path.join(ROOT, 'tests', 'fixtures', 'members', 'real-shape');

/** Copies the real-shape fixture into `dir`; `edit` may change people.json first (a broken entry). */
export function writeRealShapeMembersSource(dir: string, edit: (people: { persons: object[]; memberships: object[] }) => void = () => {}): void {
  mkdirSync(dir, { recursive: true });
  const people = JSON.parse(readFileSync(path.join(REAL_SHAPE_MEMBERS, 'people.json'), 'utf8'));
  edit(people);
  writeFileSync(path.join(dir, 'people.json'), JSON.stringify(people));
  for (const name of ['ministers.json', 'ministers-2010.json']) copyFileSync(path.join(REAL_SHAPE_MEMBERS, name), path.join(dir, name));
}

/** A sync of everything from `source` into the runtime's stores, mirrored and written under `work`. */
export function parldataSyncOptions(rt: TestRuntime, work: string, source: string, overrides: Partial<SyncOptions> = {}): SyncOptions {
  return {
    source,
    kinds: DAY_FILE_KINDS,
    mirrorDir: path.join(work, 'mirror'),
    membersSource: path.join(work, 'members'),
    registerPath: path.join(work, 'data', 'members', 'register.json'),
    db: rt.db,
    search: { client: rt.search, indexName: rt.indexName },
    timeoutSeconds: 20,
    ...overrides,
  };
}
