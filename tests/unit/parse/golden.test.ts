/**
 * Golden files: every tests/fixtures/text/<format>/<case>.txt is parsed and compared with
 * <case>.expected.json (the eval's format: record fields plus mustNotContain / mustContainOnce /
 * contributionsArePartial). `UPDATE_GOLDEN=1` rewrites the record fields of the expected files.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '@/lib/parse';
import type { Contribution, ParsedRecord } from '@/lib/parse/record';

const ROOT = join(__dirname, '../../fixtures/text');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const RECORD_KEYS = ['title', 'kind', 'house', 'date', 'department', 'reference', 'contributions'] as const;
/** Checked only when the expected file states them, so the eval's seed files stay valid. */
const OPTIONAL_KEYS = ['warnings', 'question', 'flags'] as const;

interface Expected extends Partial<ParsedRecord> {
  contributionsArePartial?: boolean;
  mustNotContain?: string[];
  mustContainOnce?: string[];
  [key: string]: unknown;
}

function fixtures(): string[] {
  return readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(txt|html?)$/.test(f))
    .sort();
}

/** Non-breaking and other Unicode spaces are not significant: the parser turns them into plain spaces. */
const sameSpaces = <T>(value: T): T => JSON.parse(JSON.stringify(value).replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' '));

function parseFixture(path: string): ParsedRecord {
  const doc = parseDocument(readFileSync(path), { fileName: path });
  return doc.records[0];
}

function update(expectedPath: string, expected: Expected, got: ParsedRecord): void {
  const next: Expected = { ...expected };
  for (const key of RECORD_KEYS) if (!(key === 'contributions' && expected.contributionsArePartial)) next[key] = got[key] as never;
  for (const key of OPTIONAL_KEYS) if (key in expected) next[key] = got[key] as never;
  writeFileSync(expectedPath, JSON.stringify(next, null, 2) + '\n');
}

describe('golden files', () => {
  for (const file of fixtures()) {
    const path = join(ROOT, file);
    const expectedPath = path.replace(/\.(txt|html?)$/, '.expected.json');
    it(relative(ROOT, path), () => {
      const got = parseFixture(path);
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
      if (UPDATE) return update(expectedPath, expected, got);
      for (const key of RECORD_KEYS) {
        if (key === 'contributions' && expected.contributionsArePartial) {
          for (const c of expected.contributions ?? []) expect(got.contributions).toContainEqual(sameSpaces(c as Contribution));
        } else {
          expect(got[key], key).toEqual(sameSpaces(expected[key]));
        }
      }
      for (const key of OPTIONAL_KEYS) if (key in expected) expect(got[key], key).toEqual(expected[key]);
      const allText = [got.title, ...got.contributions.map((c) => c.text)].join('\n');
      for (const s of expected.mustNotContain ?? []) expect(allText, `must not contain ${s}`).not.toContain(s);
      for (const s of expected.mustContainOnce ?? []) expect(allText.split(s).length - 1, `must contain once: ${s}`).toBe(1);
    });
  }
});
