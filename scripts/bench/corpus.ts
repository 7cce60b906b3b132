/**
 * Writes a corpus to disk as a stream of files: synthetic (every format, in fixed shares of the
 * contributions) or `real` (the ParlParse sample day files copied with shifted dates and ids).
 * Each file is produced from its own forked PRNG, so the bytes depend only on seed and size, and
 * only one section of one file is in memory at a time. A manifest.json says what was written.
 */
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDayFile, XML_KINDS, type XmlContext, type XmlKind } from './corpus-xml';
import { addDays, createTextPage, type TextKind } from './corpus-text';
import { CORPUS_FIRST_DAY, CORPUS_LAST_DAY, loadMembers } from './members';
import { createRng } from './prng';
import { loadVocabulary } from './vocabulary';

/** Bump when the output for a given seed and size changes, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 4;

export type CorpusMode = 'synthetic' | 'real';

export interface CorpusOptions {
  dir: string;
  contributions: number;
  seed: number;
  mode: CorpusMode;
  sources: { seeds: string; realSamples: string; register: string };
  onFile?: (written: { files: number; contributions: number; bytes: number }) => void;
}

export interface CorpusManifest {
  generatorVersion: number;
  mode: CorpusMode;
  seed: number;
  target: number;
  files: number;
  bytes: number;
  /** Contributions as written (text pages: as the page was composed; the parser may merge some). */
  contributions: number;
  byKind: Record<string, { files: number; contributions: number; bytes: number }>;
}

/** Contribution shares: bulk is XML day files, as in TheyWorkForYou's archive; text pages are the pasted minority. */
const SHARES: Record<XmlKind | TextKind, number> = {
  debates: 30,
  westminster: 10,
  daylord: 15,
  answers: 28,
  lordswrans: 6,
  ministerial: 3,
  twfy: 0.5,
  hansard: 0.4,
  'written-question': 0.3,
  'parallel-parliament': 0.2,
  'committee-release': 0.1,
};
/** Contributions per day file at full size (smaller corpora get smaller files, so each kind has several). */
export const DAY_FILE_SIZE: Record<XmlKind, number> = { debates: 1000, westminster: 400, daylord: 600, answers: 800, lordswrans: 200, ministerial: 60 };

/** The contributions of a corpus of `total` that go to `kind`. */
export function contributionShare(kind: XmlKind | TextKind, total: number): number {
  return (total * SHARES[kind]) / TOTAL_SHARE;
}
const TOTAL_SHARE = Object.values(SHARES).reduce((s, n) => s + n, 0);

/** Sitting days (Monday to Thursday) in the corpus span: at most one day file per kind on each. */
export const SITTING_DAYS = countSittingDays(CORPUS_FIRST_DAY, CORPUS_LAST_DAY);

/**
 * Contributions per day file of a kind that gets `share` contributions in all. Up to about 2.8 M
 * contributions in all, DAY_FILE_SIZE (so those corpora are unchanged); beyond, the files grow so
 * that the kind's files still fit in the span's sitting days with a tenth to spare (a day file
 * written twice would overwrite the first with the same ids and bytes: 5 M would hold ~3 M).
 */
export function dayFileContributions(kind: XmlKind, share: number): number {
  return Math.max(20, Math.min(DAY_FILE_SIZE[kind], Math.ceil(share / 4)), Math.ceil(share / (SITTING_DAYS * 0.9)));
}

/** "10k" → 10000, "1m" → 1000000, "2500" → 2500. */
export function parseSize(size: string): number | null {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(size.trim());
  if (!m) return null;
  const n = Number(m[1]) * (m[2].toLowerCase() === 'k' ? 1e3 : m[2].toLowerCase() === 'm' ? 1e6 : 1);
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** A corpus already on disk from the same generator, seed, size and mode. */
export function readManifest(dir: string): CorpusManifest | null {
  const file = path.join(dir, 'manifest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CorpusManifest) : null;
}

export function isCorpusCurrent(dir: string, o: Pick<CorpusOptions, 'contributions' | 'seed' | 'mode'>): boolean {
  const m = readManifest(dir);
  return !!m && m.generatorVersion === GENERATOR_VERSION && m.seed === o.seed && m.target === o.contributions && m.mode === o.mode;
}

async function writeStreamed(file: string, chunks: Iterable<string>, encoding: BufferEncoding = 'utf8'): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  for (const chunk of chunks) {
    const buf = Buffer.from(chunk, encoding);
    bytes += buf.length;
    if (!out.write(buf)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}

function countSittingDays(first: string, last: string): number {
  let n = 0;
  for (let d = nextSittingDay(first); d <= last; d = nextSittingDay(d)) n++;
  return n;
}

/** Mondays to Thursdays from `from`: the sitting days the calendar of each kind walks through. */
function nextSittingDay(iso: string): string {
  let d = addDays(iso, 1);
  while ([0, 5, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())) d = addDays(d, 1);
  return d;
}

export async function writeCorpus(o: CorpusOptions): Promise<CorpusManifest> {
  rmSync(o.dir, { recursive: true, force: true });
  mkdirSync(o.dir, { recursive: true });
  const manifest: CorpusManifest = {
    generatorVersion: GENERATOR_VERSION,
    mode: o.mode,
    seed: o.seed,
    target: o.contributions,
    files: 0,
    bytes: 0,
    contributions: 0,
    byKind: {},
  };
  const record = (kind: string, contributions: number, bytes: number) => {
    const k = (manifest.byKind[kind] ??= { files: 0, contributions: 0, bytes: 0 });
    k.files++;
    k.contributions += contributions;
    k.bytes += bytes;
    manifest.files++;
    manifest.contributions += contributions;
    manifest.bytes += bytes;
    o.onFile?.({ files: manifest.files, contributions: manifest.contributions, bytes: manifest.bytes });
  };
  if (o.mode === 'real') await writeRealCopies(o, record);
  else await writeSynthetic(o, record);
  writeFileSync(path.join(o.dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

type Recorder = (kind: string, contributions: number, bytes: number) => void;

async function writeSynthetic(o: CorpusOptions, record: Recorder): Promise<void> {
  const vocab = loadVocabulary(o.sources);
  const members = loadMembers(o.sources.register);
  const root = createRng(o.seed);
  const kinds = Object.keys(SHARES) as Array<XmlKind | TextKind>;
  const written = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<string, number>;
  const cursor = Object.fromEntries(XML_KINDS.map((k) => [k, CORPUS_FIRST_DAY])) as Record<XmlKind, string>;
  const span = (Date.parse(CORPUS_LAST_DAY) - Date.parse(CORPUS_FIRST_DAY)) / 86_400_000;
  for (const k of kinds) mkdirSync(path.join(o.dir, k), { recursive: true });
  let total = 0;
  let serial = 0;
  while (total < o.contributions) {
    // The kind furthest behind its share goes next: deterministic, and every kind gets its share.
    const kind = kinds.reduce((best, k) => (written[k] / SHARES[k] < written[best] / SHARES[best] ? k : best), kinds[0]);
    let count: number;
    let bytes: number;
    if ((XML_KINDS as readonly string[]).includes(kind)) {
      const xmlKind = kind as XmlKind;
      cursor[xmlKind] = nextSittingDay(cursor[xmlKind]);
      if (cursor[xmlKind] > CORPUS_LAST_DAY)
        throw new Error(`${kind}: more day files than sitting days from ${CORPUS_FIRST_DAY} to ${CORPUS_LAST_DAY} (see dayFileContributions)`);
      const size = dayFileContributions(xmlKind, contributionShare(kind, o.contributions));
      const ctx: XmlContext = { rng: root.fork(`${kind}:${cursor[xmlKind]}`), vocab, members };
      const day = createDayFile(xmlKind, cursor[xmlKind], size, ctx);
      bytes = await writeStreamed(path.join(o.dir, kind, day.fileName), day.chunks);
      count = day.counts().contributions;
    } else {
      const rng = root.fork(`${kind}:${serial}`);
      const date = addDays(CORPUS_FIRST_DAY, rng.int(0, span));
      const page = createTextPage(kind as TextKind, date, serial++, { rng, vocab, commons: members.commons, lords: members.lords });
      const buf = Buffer.from(page.text, 'utf8');
      writeFileSync(path.join(o.dir, kind, page.fileName), buf);
      count = page.contributions;
      bytes = buf.length;
    }
    written[kind] += count;
    total += count;
    record(kind, count, bytes);
  }
}

/** The k-th copy's shift in days: whole weeks (sitting weekdays stay weekdays), alternately back and forward. */
export function copyOffsetDays(k: number): number {
  const weeks = Math.floor(k / 2) + 1;
  return (k % 2 === 0 ? -weeks : weeks) * 7;
}

async function writeRealCopies(o: CorpusOptions, record: Recorder): Promise<void> {
  const files = listXml(o.sources.realSamples);
  if (!files.length) throw new Error(`no ParlParse XML files under ${o.sources.realSamples}`);
  const shift = (text: string, days: number) => text.replace(/\d{4}-\d{2}-\d{2}/g, (d) => (Number.isNaN(Date.parse(`${d}T00:00:00Z`)) ? d : addDays(d, days)));
  let total = 0;
  for (let k = 0; total < o.contributions; k++) {
    const days = copyOffsetDays(k);
    for (const file of files) {
      if (total >= o.contributions) break;
      const text = readFileSync(file, 'latin1');
      const kind = path.basename(path.dirname(file));
      mkdirSync(path.join(o.dir, kind), { recursive: true });
      const name = shift(path.basename(file), days);
      const bytes = await writeStreamed(path.join(o.dir, kind, name), [shift(text, days)], 'latin1');
      const count = (text.match(/<(speech|ques|reply)\b/g) ?? []).length;
      total += count;
      record(kind, count, bytes);
    }
  }
}

function listXml(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const full = path.join(dir, n);
      return statSync(full).isDirectory() ? listXml(full) : n.endsWith('.xml') ? [full] : [];
    });
}
