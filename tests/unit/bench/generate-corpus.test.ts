import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  contributionShare,
  copyOffsetDays,
  DAY_FILE_SIZE,
  dayFileContributions,
  parseSize,
  SITTING_DAYS,
  writeCorpus,
  type CorpusMode,
} from '../../../scripts/bench/corpus';
import { XML_KINDS } from '../../../scripts/bench/corpus-xml';
import { SOURCES } from '../../../scripts/bench/options';
import { parseAndResolve } from '../../../lib/ingest/ingest-document';
import { getDefaultRegisterIndex } from '../../../lib/members';
import { parseDocument } from '../../../lib/parse';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function filesOf(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? filesOf(path.join(dir, n)).map((f) => path.join(n, f)) : [n]));
}

async function generate(contributions: number, seed: number, mode: CorpusMode = 'synthetic') {
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-'));
  dirs.push(dir);
  const manifest = await writeCorpus({ dir, contributions, seed, mode, sources: SOURCES });
  const digest = createHash('sha256');
  for (const f of filesOf(dir)) digest.update(f).update(readFileSync(path.join(dir, f)));
  return { dir, manifest, digest: digest.digest('hex') };
}

describe('generate-corpus', () => {
  it('writes the same bytes for the same seed and size, other bytes for another seed', async () => {
    const [a, b, c] = [await generate(3000, 7), await generate(3000, 7), await generate(3000, 8)];
    expect(a.digest).toBe(b.digest);
    expect(c.digest).not.toBe(a.digest);
    expect(a.manifest.contributions).toBeGreaterThanOrEqual(3000);
    expect(a.manifest.contributions).toBeLessThan(3000 * 1.1);
  }, 60_000);

  it('writes every supported format, and each file parses into records with speakers from the register', async () => {
    const { dir, manifest } = await generate(3000, 11);
    expect(Object.keys(manifest.byKind).sort()).toEqual(
      [
        'answers',
        'committee-release',
        'daylord',
        'debates',
        'hansard',
        'lordswrans',
        'ministerial',
        'parallel-parliament',
        'twfy',
        'westminster',
        'written-question',
      ].sort(),
    );
    const formats = new Set<string>();
    let parties = 0;
    for (const kind of Object.keys(manifest.byKind)) {
      const file = filesOf(path.join(dir, kind))[0];
      const parsed = parseAndResolve(readFileSync(path.join(dir, kind, file)), { fileName: file }, getDefaultRegisterIndex());
      formats.add(parsed.format);
      expect(parsed.records.length, file).toBeGreaterThan(0);
      expect(
        parsed.records.every((r) => r.contributions.length > 0),
        file,
      ).toBe(true);
      // press releases, like the seed, print no date; every other page and day file is dated
      if (kind !== 'committee-release')
        expect(
          parsed.records.every((r) => r.date !== null),
          file,
        ).toBe(true);
      parties += parsed.records.flatMap((r) => r.contributions).filter((c) => c.speaker.party).length;
    }
    expect([...formats].sort()).toEqual(['committee-release', 'hansard', 'parallel-parliament', 'parlparse-xml', 'twfy', 'written-question']);
    expect(parties).toBeGreaterThan(100);
  }, 60_000);

  it('counts a day file’s contributions as the parser finds them', async () => {
    const { dir, manifest } = await generate(2000, 3);
    const file = filesOf(path.join(dir, 'debates'))[0];
    const parsed = parseDocument(readFileSync(path.join(dir, 'debates', file)), { fileName: file });
    const perFile = manifest.byKind.debates.contributions / manifest.byKind.debates.files;
    expect(parsed.records.reduce((n, r) => n + r.contributions.length, 0)).toBeCloseTo(perFile, -1);
  }, 60_000);

  it('--real copies the sample day files with shifted dates, giving new ids that still parse', async () => {
    const { dir, manifest } = await generate(5000, 1, 'real');
    expect(manifest.files).toBeGreaterThan(17);
    const files = filesOf(dir).filter((f) => f.endsWith('.xml'));
    expect(new Set(files.map((f) => path.basename(f))).size).toBe(files.length);
    const copy = files.find((f) => f.startsWith('commons-debates/') && !f.includes('2009-10-2'))!;
    const parsed = parseDocument(readFileSync(path.join(dir, copy)), { fileName: copy });
    expect(parsed.records[0].sourceId).toMatch(/^uk\.org\.publicwhip\/debate\/\d{4}-\d{2}-\d{2}/);
    expect(parsed.records[0].sourceId).not.toContain('2009-10-2');
    expect(Math.abs(copyOffsetDays(0) % 7)).toBe(0);
    expect(new Set([0, 1, 2, 3, 4, 5].map(copyOffsetDays)).size).toBe(6);
  }, 60_000);

  it('gives each kind no more day files than the span has sitting days, up to 20 M contributions', () => {
    expect(SITTING_DAYS).toBeGreaterThan(900); // Mondays to Thursdays, May 2005 to April 2010
    for (const total of [10e3, 100e3, 1e6, 3e6, 5e6, 10e6, 20e6]) {
      for (const kind of XML_KINDS) {
        const share = contributionShare(kind, total);
        // One file more than the share asks for: the last file of a kind may overshoot the target.
        const files = Math.ceil(share / dayFileContributions(kind, share)) + 1;
        expect(files, `${kind} at ${total}`).toBeLessThanOrEqual(SITTING_DAYS);
      }
    }
  });

  it('keeps the day file sizes of corpora up to 1 M as they were (the committed results used them)', () => {
    for (const total of [10e3, 100e3, 1e6]) {
      for (const kind of XML_KINDS) {
        const share = contributionShare(kind, total);
        expect(dayFileContributions(kind, share)).toBe(Math.max(20, Math.min(DAY_FILE_SIZE[kind], Math.ceil(share / 4))));
      }
    }
  });

  it('reads sizes as numbers of contributions', () => {
    expect(parseSize('10k')).toBe(10_000);
    expect(parseSize('1m')).toBe(1_000_000);
    expect(parseSize('1.5k')).toBe(1500);
    expect(parseSize('2500')).toBe(2500);
    expect(parseSize('big')).toBeNull();
    expect(parseSize('0')).toBeNull();
  });
});
