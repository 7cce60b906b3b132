/**
 * Whatever bytes arrive, the parser returns a valid record or a DocumentParseError, at no more than
 * MAX_COST_RATIO times the cost of a real fixture (the one it was mutated from, or for other text
 * the costliest fixture, per byte when bigger), measured in the same run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '@/lib/parse';
import { DocumentParseError } from '@/lib/parse/record';
import { MAX_COST_RATIO, measureCost, measureRatio, type ParseCost } from '../../support/parse-cost';

const ROOT = join(__dirname, '../../fixtures/text');
const inputs = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(txt|html?)$/.test(f))
  .map((f) => readFileSync(join(ROOT, f), 'utf8'));

function parseOrExpectedError(bytes: Uint8Array): void {
  try {
    parseDocument(bytes, { fileName: 'fuzz.txt' });
  } catch (e) {
    expect(e).toBeInstanceOf(DocumentParseError);
  }
}

const costOf = (text: string, times?: number): ParseCost => {
  const bytes = new TextEncoder().encode(text);
  return measureCost(bytes.length, () => parseOrExpectedError(bytes), times);
};
const baselines = new Map(inputs.map((text) => [text, costOf(text)]));

/** Parses `text` (a valid record or a DocumentParseError) and holds its CPU cost to the baselines'. */
function parseWithinCost(text: string, against: readonly ParseCost[] = [...baselines.values()]): void {
  const bytes = new TextEncoder().encode(text);
  expect(measureRatio(() => parseOrExpectedError(bytes), bytes.length, against).ratio).toBeLessThanOrEqual(MAX_COST_RATIO);
}

describe('robust reading', () => {
  it('refuses empty and binary input with a DocumentParseError', () => {
    expect(() => parseDocument(new Uint8Array(), { fileName: 'empty.txt' })).toThrow(DocumentParseError);
    expect(() => parseDocument(new Uint8Array([0, 1, 2, 3, 0, 255]), { fileName: 'bin.txt' })).toThrow(/binary/);
    expect(() => parseDocument(new TextEncoder().encode('|||\n---\n'), { fileName: 'marks.txt' })).toThrow(DocumentParseError);
  });

  it('survives mutated fixtures', () => {
    fc.assert(
      fc.property(fc.constantFrom(...inputs), fc.array(fc.tuple(fc.nat(), fc.nat(400), fc.string({ maxLength: 40 })), { maxLength: 6 }), (input, edits) => {
        let text = input;
        for (const [at, cut, insert] of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + cut);
        }
        parseWithinCost(text, [baselines.get(input)!]);
      }),
      { numRuns: 300 },
    );
  });

  it('survives arbitrary text and shuffled lines', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => parseWithinCost(text)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...inputs), fc.nat(), (input, seed) => {
        const lines = input.split('\n');
        const shuffled = lines
          .map((l, i) => [((i + 1) * (seed + 7919)) % 104729, l] as const)
          .sort((a, b) => a[0] - b[0])
          .map(([, l]) => l);
        parseWithinCost(shuffled.join('\n'), [baselines.get(input)!]);
      }),
      { numRuns: 100 },
    );
  });

  it(`costs no more on pathological input than ${MAX_COST_RATIO}× all the fixtures run together, per byte`, () => {
    const large = [costOf(inputs.join('\n\n').repeat(20), 2)];
    parseWithinCost('Photo of '.repeat(5000), large);
    parseWithinCost('“'.repeat(20000) + ' said: ' + '"'.repeat(20000), large);
    parseWithinCost(('a'.repeat(100) + ' (b) ').repeat(2000), large);
    parseWithinCost('<p>' + 'x '.repeat(50000), large);
  });
});
