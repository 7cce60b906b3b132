/**
 * Format detection is linear in the file's size, for any file: fast-check builds a short piece from
 * the tokens that catastrophic backtracking feeds on (comment, DOCTYPE and tag openers without their
 * ends, spaces, quotes, dashes, cue words), and the detection of that piece repeated 256 times costs
 * per byte what it costs repeated once, within MAX_COST_RATIO, both measured in the same run
 * (decision 010). A quadratic path costs ~256× per byte at that ratio of sizes, an exponential one
 * does not finish.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '@/lib/parse/detect';
import { isParlparseXml, isSupersededDayFile } from '@/lib/parse/parlparse';
import { readGidRedirects } from '@/lib/parse/parlparse/gid-redirects';
import { entityExpansionRefusal } from '@/lib/parse/parlparse/entities';
import { toPlainText } from '@/lib/parse/text';
import { MAX_COST_RATIO, measureCost, measureRatio } from '../../support/parse-cost';

const TOKENS = [
  '<!--',
  '-->',
  '<!---->',
  '<!-- c -->\n',
  '<?xml version="1.0"?>',
  '<?',
  '?>',
  '<!DOCTYPE publicwhip [',
  '<!ENTITY a "',
  '">',
  ']',
  ']>',
  '<',
  '>',
  '<img ',
  '<p>',
  '<td ',
  '</',
  '<script>',
  '<gidredirect oldgid="',
  '&a;',
  '&',
  ' ',
  '  ',
  '\n',
  '\t',
  '"',
  '“',
  '-',
  '—',
  ' said ',
  'Committee',
  ' Portrait ',
  'Hansard',
  'Question for ',
  '(asked on ',
  'Photo of ',
];

/** Everything run over a whole file before a parser takes it: what decides the format, and the day file's own pre-reads. */
function detect(text: string): void {
  if (isParlparseXml(text)) {
    isSupersededDayFile(text);
    entityExpansionRefusal(text);
    readGidRedirects(text);
  } else detectFormat(toPlainText(text));
}

/** Small, so that a super-linear part of its own cost does not hide one in the large file's; measured 32 times over. */
const SMALL_BYTES = 1_000;
const GROWTH = 256;

describe('format detection is linear in the size of the file', () => {
  it(`any piece repeated ${GROWTH}× more costs per byte within ${MAX_COST_RATIO}× of the smaller file`, () => {
    const piece = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 8 }).map((t) => t.join(''));
    fc.assert(
      fc.property(piece, fc.boolean(), (unit, withRoot) => {
        const file = (bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)) + (withRoot ? '<publicwhip latest="no"><p>x</p></publicwhip>' : '');
        const small = file(SMALL_BYTES);
        const large = file(SMALL_BYTES * GROWTH);
        // The small file is detected 32 times per measurement, so that its cost is well above the clock's grain.
        const baseline = measureCost(small.length * 32, () => {
          for (let i = 0; i < 32; i++) detect(small);
        });
        const { ratio } = measureRatio(() => detect(large), large.length, [baseline]);
        expect(ratio, JSON.stringify(unit)).toBeLessThanOrEqual(MAX_COST_RATIO);
      }),
      { numRuns: 60, seed: 2026 },
    );
  }, 120_000);
});
