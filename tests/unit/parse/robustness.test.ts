/** Whatever bytes arrive, the parser returns a valid record or a DocumentParseError, quickly. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '@/lib/parse';
import { DocumentParseError } from '@/lib/parse/record';

const ROOT = join(__dirname, '../../fixtures/text');
const inputs = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(txt|html?)$/.test(f))
  .map((f) => readFileSync(join(ROOT, f), 'utf8'));

function parseOrExpectedError(text: string): void {
  const started = performance.now();
  try {
    parseDocument(new TextEncoder().encode(text), { fileName: 'fuzz.txt' });
  } catch (e) {
    expect(e).toBeInstanceOf(DocumentParseError);
  }
  expect(performance.now() - started).toBeLessThan(1000);
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
        parseOrExpectedError(text);
      }),
      { numRuns: 300 },
    );
  });

  it('survives arbitrary text and shuffled lines', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), parseOrExpectedError), { numRuns: 300 });
    fc.assert(
      fc.property(fc.constantFrom(...inputs), fc.nat(), (input, seed) => {
        const lines = input.split('\n');
        const shuffled = lines.map((l, i) => [((i + 1) * (seed + 7919)) % 104729, l] as const).sort((a, b) => a[0] - b[0]).map(([, l]) => l);
        parseOrExpectedError(shuffled.join('\n'));
      }),
      { numRuns: 100 },
    );
  });

  it('stays fast on large and pathological input', () => {
    parseOrExpectedError(inputs.join('\n\n').repeat(20));
    parseOrExpectedError('Photo of '.repeat(5000));
    parseOrExpectedError('“'.repeat(20000) + ' said: ' + '"'.repeat(20000));
    parseOrExpectedError(('a'.repeat(100) + ' (b) ').repeat(2000));
    parseOrExpectedError('<p>' + 'x '.repeat(50000));
  });
});
