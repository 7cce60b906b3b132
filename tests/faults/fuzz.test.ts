/**
 * 10,000 mutated seeds and fixtures (text and ParlParse XML) through parseDocument: nothing but a
 * DocumentParseError escapes, every record is valid against the schema, and no mutated document
 * costs more than MAX_COST_RATIO times its unmutated input(s) in the same run (per byte when it grew).
 */
import { describe, expect, it } from 'vitest';
import { MAX_COST_RATIO } from '../support/parse-cost';
import { recordFigures } from './support/figures';
import { describeFuzz, runParserFuzz } from './support/fuzz';

const CASES = Number(process.env.FUZZ_CASES ?? 10_000);

describe('parser fuzzing', () => {
  it(`${CASES} mutated documents: only DocumentParseError, schema-valid output, each within ${MAX_COST_RATIO}× its unmutated cost`, () => {
    const report = runParserFuzz(CASES, 1);
    recordFigures('fuzz', {
      cases: report.cases,
      parsed: report.parsed,
      refusedWithDocumentParseError: report.refused,
      records: report.records,
      worstCostRatio: Number(report.worst.ratio.toFixed(1)),
      worstCase: `seed ${report.worst.seed}, ${report.worst.input}, ${report.worst.bytes} bytes, ${Math.round(report.worst.ms)} ms`,
      slowestMs: Math.round(report.slowest.ms),
      failures: report.failures.length,
    });
    expect(report.failures.slice(0, 10), describeFuzz(report)).toEqual([]);
    expect(report.cases).toBe(CASES);
  }, 600_000);
});
