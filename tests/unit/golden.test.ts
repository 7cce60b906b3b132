/**
 * The one golden runner: every fixture input under tests/fixtures/ is parsed and compared with the
 * `<case>.expected.json` beside it. Same rules for every fixture set:
 * - a missing expectation FAILS its test (it is never written silently);
 * - `UPDATE_GOLDEN=1` (and nothing else) writes expectations — the fresh output for a missing one,
 *   the record fields of an existing one — after an intended change; review the diff before committing.
 *
 * Text fixtures (tests/fixtures/text/<format>/<case>.txt|html) use the eval's expectation format:
 * record fields plus mustNotContain / mustContainOnce / contributionsArePartial, and warnings /
 * question / flags only when the expected file states them. ParlParse day files
 * (tests/fixtures/xml/*.xml) parse to several records, compared whole, with speakers looked up in
 * the small register tests/fixtures/xml/register.json. Divisions (tests/fixtures/divisions/*.xml,
 * excerpts of real day files in every shape, and a hand-made file of bad lists) compare the division
 * records only: title, house, date, counts, warnings and every name with its vote, teller and proxy.
 * Senedd days (tests/fixtures/senedd/<case>/{en,cy}/senedd<date>.xml, built from parlparse's
 * pyscraper/wa/parse.py) are read as a pair, as ingest reads them, and compared whole.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegisterIndex } from '@/lib/members';
import { parseDocument, parseSeneddDay } from '@/lib/parse';
import { decodeDocument } from '@/lib/parse/decode';
import { resolveSpeakers } from '@/lib/ingest/ingest-document';
import { PARLPARSE_FORMAT } from '@/lib/parse';
import { parseParlparseXml } from '@/lib/parse/parlparse';
import { parsedRecordSchema, type Contribution, type ParsedRecord } from '@/lib/parse/record';

const FIXTURES = join(__dirname, '../fixtures');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

type Expected = Record<string, unknown>;

interface FixtureSet {
  dir: string;
  input: RegExp;
  parse(path: string): unknown;
  /** What UPDATE_GOLDEN=1 writes, given the current expectation (undefined when there is none). */
  toExpected(got: unknown, current: Expected | undefined): unknown;
  check(got: unknown, expected: Expected): void;
}

const RECORD_KEYS = ['title', 'kind', 'house', 'date', 'department', 'reference', 'contributions'] as const;
/** Checked only when the expected file states them, so the eval's seed files stay valid. */
const OPTIONAL_KEYS = ['warnings', 'question', 'flags'] as const;

/** Non-breaking and other Unicode spaces are not significant: the parser turns them into plain spaces. */
const sameSpaces = <T>(value: T): T => JSON.parse(JSON.stringify(value).replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' '));

const textFixtures: FixtureSet = {
  dir: join(FIXTURES, 'text'),
  input: /\.(txt|html?)$/,
  parse: (path) => parseDocument(readFileSync(path), { fileName: path }).records[0],
  toExpected(got, current = {}) {
    const record = got as ParsedRecord;
    const next: Expected = { ...current };
    for (const key of RECORD_KEYS) if (!(key === 'contributions' && current.contributionsArePartial)) next[key] = record[key];
    for (const key of OPTIONAL_KEYS) if (key in current) next[key] = record[key];
    return next;
  },
  check(got, expected) {
    const record = got as ParsedRecord;
    for (const key of RECORD_KEYS) {
      if (key === 'contributions' && expected.contributionsArePartial) {
        for (const c of (expected.contributions as Contribution[] | undefined) ?? []) expect(record.contributions).toContainEqual(sameSpaces(c));
      } else {
        expect(record[key], key).toEqual(sameSpaces(expected[key]));
      }
    }
    for (const key of OPTIONAL_KEYS) if (key in expected) expect(record[key], key).toEqual(expected[key]);
    const allText = [record.title, ...record.contributions.map((c) => c.text)].join('\n');
    for (const s of (expected.mustNotContain as string[] | undefined) ?? []) expect(allText, `must not contain ${s}`).not.toContain(s);
    for (const s of (expected.mustContainOnce as string[] | undefined) ?? []) expect(allText.split(s).length - 1, `must contain once: ${s}`).toBe(1);
  },
};

const xmlDir = join(FIXTURES, 'xml');
const xmlRegister = loadRegisterIndex(join(xmlDir, 'register.json'));
const xmlFixtures: FixtureSet = {
  dir: xmlDir,
  input: /\.xml$/,
  parse(path) {
    const records = resolveSpeakers(xmlRegister, {
      format: PARLPARSE_FORMAT,
      records: parseParlparseXml(decodeDocument(readFileSync(path), path), { fileName: path }),
    }).records;
    for (const record of records) expect(() => parsedRecordSchema.parse(record)).not.toThrow();
    return records;
  },
  toExpected: (got) => got,
  check: (got, expected) => expect(got).toEqual(expected),
};

const divisionFixtures: FixtureSet = {
  dir: join(FIXTURES, 'divisions'),
  input: /\.xml$/,
  parse(path) {
    const records = parseParlparseXml(decodeDocument(readFileSync(path), path), { fileName: path });
    for (const record of records) expect(() => parsedRecordSchema.parse(record)).not.toThrow();
    return records
      .filter((r) => r.divisionDetails)
      .map((r) => ({
        title: r.title,
        house: r.house,
        date: r.date,
        sourceId: r.sourceId,
        division: r.division,
        warnings: r.warnings,
        divisionDetails: r.divisionDetails,
      }));
  },
  toExpected: (got) => got,
  check: (got, expected) => expect(got).toEqual(expected),
};

const seneddDir = join(FIXTURES, 'senedd');
const seneddFixtures: FixtureSet = {
  dir: seneddDir,
  // One case per day folder: its English file names it, the Welsh one beside it is read too;
  // the expectation sits beside the folder (<case>.expected.json).
  input: /\/en\/senedd\d{4}-\d{2}-\d{2}\.xml$/,
  parse(path) {
    const cyPath = path.replace(/\/en\/(senedd[^/]+)$/, '/cy/$1');
    const file = (p: string) => (existsSync(p) ? { bytes: readFileSync(p), fileName: relative(seneddDir, p) } : null);
    const parsed = parseSeneddDay({ en: file(path), cy: file(cyPath) });
    const records = resolveSpeakers(xmlRegister, parsed).records;
    for (const record of records) expect(() => parsedRecordSchema.parse(record)).not.toThrow();
    return records;
  },
  toExpected: (got) => got,
  check: (got, expected) => expect(got).toEqual(expected),
};

function casesOf(set: FixtureSet): string[] {
  return readdirSync(set.dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => set.input.test(f))
    .sort();
}

function expectationPath(set: FixtureSet, input: string): string {
  return input.replace(set.input, '.expected.json');
}

describe.each([
  ['text', textFixtures],
  ['ParlParse XML', xmlFixtures],
  ['divisions', divisionFixtures],
  ['Senedd days (English and Welsh read together)', seneddFixtures],
])('golden files: %s', (_name, set) => {
  const cases = casesOf(set);
  it('has fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(set === seneddFixtures ? 1 : 4));

  for (const file of cases) {
    it(file, () => {
      const input = join(set.dir, file);
      const expectedPath = expectationPath(set, input);
      const got = set.parse(input);
      const current = existsSync(expectedPath) ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected) : undefined;
      if (UPDATE) {
        writeFileSync(expectedPath, JSON.stringify(set.toExpected(got, current), null, 2) + '\n');
        return;
      }
      if (!current) expect.fail(`${relative(FIXTURES, expectedPath)} is missing: write it with UPDATE_GOLDEN=1 and review it`);
      set.check(got, current);
    });
  }
});
