/**
 * The parser under hostile input, fast enough for every `npm test`: the regressions the big fuzz
 * run (tests/faults/fuzz.test.ts, 10,000 cases) found, and a short seeded run of the same mutator.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '@/lib/parse';
import { DocumentParseError } from '@/lib/parse/record';
import { describeFuzz, runParserFuzz } from '../faults/support/fuzz';

function timeParse(text: string, fileName = 'hostile.txt') {
  const started = performance.now();
  let outcome: 'parsed' | 'refused' = 'parsed';
  try {
    parseDocument(Buffer.from(text), { fileName });
  } catch (e) {
    expect(e).toBeInstanceOf(DocumentParseError);
    outcome = 'refused';
  }
  return { ms: performance.now() - started, outcome };
}

describe('hostile input', () => {
  // Each of these took from 0.7 s to over 30 s before: patterns starting with \s* or ending in [ ]+$ backtracked over runs of spaces.
  const RUN = 50_000;
  it.each([
    ['spaces inside a line', `Title\n\nx${' '.repeat(RUN)}y\n`],
    ['tabs and spaces inside a line', `Title\n\nx${' \t'.repeat(RUN / 2)}y\n`],
    ['no-break spaces inside a line', `Title\n\nx${'\u00a0 '.repeat(RUN / 2)}y\n`],
    ['spaces before a widget', `Title\n\nx${' '.repeat(RUN)}- View Source\n`],
    ['spaces inside an HTML paragraph', `<html><body><p>x${' '.repeat(RUN)}y</p></body></html>`],
    ['spaces inside a speaker line', `People Trafficking\n\nPhoto of A A Labour, X${' '.repeat(RUN)}Y 2:30 pm, 26th November 2007\n\nText.\n`],
    ['spaces inside a written question', `Question for Home Office\n\nUIN 1, tabled on 8 October 2024\n\nTo ask${' '.repeat(RUN)}x\n\nAnswered on\n\n17 October 2024\n\nAnswer.`],
  ])('%s: under half a second', (_name, text) => {
    expect(timeParse(text).ms).toBeLessThan(500);
  });

  it('an XML day file full of errors (one per character) still answers in well under a second', () => {
    const xml = `<?xml version="1.0" encoding="iso-8859-1"?>(<!doctype publicwhip [ <!entity mdash "&#8212;"> ]>(<publicwhip>${'( x & < '.repeat(40_000)}</publicwhip>`;
    expect(timeParse(xml, 'debates2009-10-26b.xml').ms).toBeLessThan(500);
  });

  it('keeps a line whose widget text is glued on, minus the widget', () => {
    const doc = parseDocument(Buffer.from('A Title\n\nSome words here  -  View Source\n\nMore words...Request free trial\n'), { fileName: 'w.txt' });
    const text = doc.records[0].contributions.map((c) => c.text).join('\n') + doc.records[0].title;
    expect(text).not.toMatch(/View Source|free trial/);
    expect(text).toMatch(/Some words here/);
  });

  it('a division with a damaged divdate keeps the sitting date instead of losing the day file', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><publicwhip latest="yes">
<major-heading id="uk.org.publicwhip/debate/2009-10-26b.1.0">Flood Defences</major-heading>
<division id="uk.org.publicwhip/debate/2009-10-26b.5.7" divdate="--8" divnumber="84"><divisioncount ayes="1" noes="2"/></division>
</publicwhip>`;
    const doc = parseDocument(Buffer.from(xml), { fileName: 'debates2009-10-26b.xml' });
    const division = doc.records.find((r) => r.division);
    expect(division?.date).toBe('2009-10-26');
  });
});

describe('seeded mutations (short run; the 10,000-case run is in test:faults)', () => {
  it('400 mutated seeds and fixtures: only DocumentParseError, each under a second, every record valid', () => {
    const report = runParserFuzz(400, 900_000);
    expect(report.failures, describeFuzz(report)).toEqual([]);
    expect(report.parsed).toBeGreaterThan(200);
  });
});
