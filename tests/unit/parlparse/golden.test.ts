/**
 * Golden files: each tests/fixtures/xml/*.xml parses to the JSON beside it (*.expected.json),
 * with speakers looked up in the small register tests/fixtures/xml/register.json.
 * Run with UPDATE_GOLDEN=1 to rewrite the expected files after an intended change.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemberLookup, loadMemberIndex } from '@/lib/members';
import { decodeDocument } from '@/lib/parse/decode';
import { parseParlparseXml } from '@/lib/parse/parlparse';
import { parsedRecordSchema } from '@/lib/parse/record';

const dir = join(__dirname, '../../fixtures/xml');
const members = createMemberLookup(loadMemberIndex(join(dir, 'register.json')));
const cases = readdirSync(dir).filter((f) => f.endsWith('.xml'));

describe('ParlParse golden files', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(4));

  for (const name of cases) {
    it(name, () => {
      const text = decodeDocument(readFileSync(join(dir, name)), name);
      const records = parseParlparseXml(text, { fileName: name }, { members });
      for (const record of records) expect(() => parsedRecordSchema.parse(record)).not.toThrow();
      const expectedPath = join(dir, name.replace(/\.xml$/, '.expected.json'));
      if (process.env.UPDATE_GOLDEN || !existsSync(expectedPath)) writeFileSync(expectedPath, JSON.stringify(records, null, 2) + '\n');
      expect(records).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
