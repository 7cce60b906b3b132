/**
 * The bench corpus laid out as TheyWorkForYou's `parldata` rsync module, for the full-sync bench
 * (`npm run bench -- --sync-size N`): every ParlParse day file of the synthetic corpus under
 * `scrapedxml/<kind>/` (hard links, so the tree costs no disk), the real samples of the two kinds
 * the generator does not write (Lords written statements, public bill committees), and every
 * VERSIONED_EVERY-th Commons, Westminster Hall and Lords day (from the first) published twice: the day as version
 * `b`, and version `a` rewritten the way parlparse leaves a superseded day (`latest="no"`, one
 * `<gidredirect>` per speech or heading, old gid to new). Each kind's newest day file is held
 * back, to be added after the full sync ("one more day").
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDayFileName } from '../../lib/day-files';

/** One day in this many of the kinds below is published in two versions. */
export const VERSIONED_EVERY = 20;
const VERSIONED_KINDS = new Set(['debates', 'westminhall', 'lordspages']);
/** In a day published twice, one gid in this many moved (has a redirect from its old number). */
const REDIRECT_EVERY = 10;
/** Real sample folders (../shared/data/real-samples) for the kinds the generator does not write. */
const REAL_ONLY_KINDS = ['lords-written-statements', 'public-bill-committee'];
/** The devolved kinds, from the real day files of ../shared/data/devolved (laid out as parldata): the generator writes Westminster only. */
const REAL_DEVOLVED_KINDS = ['sp', 'sp-written', 'ni'];
/**
 * Kinds sync takes that the tree does not hold: the generator writes none and no real day file of
 * them is here (docs/devolved.md); and SP question tracking, which is no record of what was said
 * (nothing indexed), kept out so the full-sync bench's figures do not move.
 */
export const KINDS_NOT_IN_BENCH_TREE: readonly string[] = ['sp-new', 'senedd', 'sp-questions'];

export interface ParldataTree {
  /** The module's root (holds `scrapedxml/`). */
  root: string;
  /** Day files in the tree (every version), and how many are superseded versions with redirects. */
  files: number;
  versioned: number;
  /** The held-back newest day file of each kind (`date`: the latest of them), source and path below the tree. */
  nextDay: { date: string; files: Array<{ from: string; to: string }> };
}

/** A file name with its day's version letter `a` made `b` (`debates2024-01-08a.xml` → `…b.xml`). */
const asVersionB = (name: string) => name.replace(/a\.xml$/, 'b.xml');

/** Builds the tree at `root` (emptied first) from the corpus in `corpusDir`. */
export function layOutParldataTree(corpusDir: string, realSamples: string, root: string): ParldataTree {
  rmSync(root, { recursive: true, force: true });
  const dayFiles = listDayFiles(corpusDir);
  // Each kind keeps its own calendar in the generator, so one date rarely has every kind: the day
  // added last is each kind's newest day file, what one day of publishing brings.
  const lastByKind = new Map<string, string>();
  for (const f of dayFiles) if (f.date > (lastByKind.get(f.kind) ?? '')) lastByKind.set(f.kind, f.date);
  const lastDay = [...lastByKind.values()].reduce((d, x) => (x > d ? x : d), '');
  const tree: ParldataTree = { root, files: 0, versioned: 0, nextDay: { date: lastDay, files: [] } };
  const seen = new Map<string, number>();
  for (const f of dayFiles) {
    const to = path.join('scrapedxml', f.kind, f.name);
    if (f.date === lastByKind.get(f.kind)) {
      tree.nextDay.files.push({ from: f.file, to });
      continue;
    }
    const n = (seen.get(f.kind) ?? 0) + 1;
    seen.set(f.kind, n);
    mkdirSync(path.join(root, 'scrapedxml', f.kind), { recursive: true });
    if (VERSIONED_KINDS.has(f.kind) && n % VERSIONED_EVERY === 1 && f.name.endsWith('a.xml')) {
      writeTwoVersions(f.file, f.date, path.join(root, 'scrapedxml', f.kind), f.name);
      tree.files += 2;
      tree.versioned++;
    } else {
      linkOrCopy(f.file, path.join(root, to));
      tree.files++;
    }
  }
  const devolved = path.join(realSamples, '..', 'devolved', 'scrapedxml');
  const realFolders = [...REAL_ONLY_KINDS.map((f) => path.join(realSamples, f)), ...REAL_DEVOLVED_KINDS.map((k) => path.join(devolved, k))];
  for (const dir of realFolders) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const kind = parseDayFileName(name)?.kind;
      if (!kind) continue;
      mkdirSync(path.join(root, 'scrapedxml', kind), { recursive: true });
      copyFileSync(path.join(dir, name), path.join(root, 'scrapedxml', kind, name));
      tree.files++;
    }
  }
  return tree;
}

/** Puts the held-back day's files into the tree. */
export function addNextDay(tree: ParldataTree): number {
  for (const f of tree.nextDay.files) {
    mkdirSync(path.dirname(path.join(tree.root, f.to)), { recursive: true });
    linkOrCopy(f.from, path.join(tree.root, f.to));
  }
  return tree.nextDay.files.length;
}

/**
 * Version `b` is the day as generated with its gids' version letter changed (`…/2024-01-08a.12.3`
 * → `…/2024-01-08b.12.3`); version `a` holds only redirects, as for a re-published day whose
 * correction renumbered items: every REDIRECT_EVERY-th gid of `b` is the new home of an old gid
 * that version `a` numbered differently (`…a.12.503` → `…b.12.3`). Contribution ids ignore the
 * version letter (lib/ids.ts), so only a changed number makes an old permalink redirect.
 */
function writeTwoVersions(file: string, date: string, dir: string, name: string): void {
  const text = readFileSync(file, 'utf8');
  const latest = text.split(`/${date}a.`).join(`/${date}b.`).replace('scrapeversion="a"', 'scrapeversion="b"');
  writeFileSync(path.join(dir, asVersionB(name)), latest);
  const redirects: string[] = [];
  const marker = ' id="';
  let n = 0;
  for (let at = latest.indexOf(marker); at >= 0; at = latest.indexOf(marker, at)) {
    const start = at + marker.length;
    const end = latest.indexOf('"', start);
    if (end < 0) break;
    at = end;
    const gid = latest.slice(start, end);
    const dot = gid.lastIndexOf('.');
    const item = Number(gid.slice(dot + 1));
    if (!gid.includes(`/${date}b.`) || !Number.isInteger(item) || n++ % REDIRECT_EVERY !== 0) continue;
    const oldGid = `${gid.slice(0, dot).replace(`/${date}b.`, `/${date}a.`)}.${item + 500}`;
    redirects.push(`<gidredirect oldgid="${oldGid}" newgid="${gid}" matchtype="altrecord"/>`);
  }
  writeFileSync(
    path.join(dir, name),
    `<?xml version="1.0" encoding="UTF-8"?>\n<publicwhip scrapeversion="a" latest="no">\n${redirects.join('\n')}\n</publicwhip>\n`,
  );
}

/** The corpus's ParlParse day files (text pages are not parldata), in name order. */
function listDayFiles(corpusDir: string): Array<{ file: string; name: string; kind: string; date: string }> {
  const out: Array<{ file: string; name: string; kind: string; date: string }> = [];
  for (const folder of readdirSync(corpusDir).sort()) {
    const dir = path.join(corpusDir, folder);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      const day = parseDayFileName(name);
      if (day) out.push({ file: path.join(dir, name), name, kind: day.kind, date: day.date });
    }
  }
  return out;
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to); // another filesystem
  }
}
