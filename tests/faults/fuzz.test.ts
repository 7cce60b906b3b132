/**
 * 10,000 mutated seeds and fixtures (text and ParlParse XML) through parseDocument: nothing but a
 * DocumentParseError escapes, no document takes a second (or longer than 5 MB/s for bigger ones),
 * every record is valid against the schema.
 */
import { describe, expect, it } from 'vitest';
import { recordFigures } from './support/figures';
import { describeFuzz, runParserFuzz } from './support/fuzz';

const CASES = Number(process.env.FUZZ_CASES ?? 10_000);

describe('parser fuzzing', () => {
  it(`${CASES} mutated documents: only DocumentParseError, under a second each (5 MB/s for bigger ones), schema-valid output`, () => {
    const report = runParserFuzz(CASES, 1);
    recordFigures('fuzz', {
      cases: report.cases,
      parsed: report.parsed,
      refusedWithDocumentParseError: report.refused,
      records: report.records,
      slowestMs: Math.round(report.slowestMs),
      failures: report.failures.length,
    });
    expect(report.failures.slice(0, 10), describeFuzz(report)).toEqual([]);
    expect(report.cases).toBe(CASES);
  }, 300_000);
});
