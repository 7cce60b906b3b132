/**
 * The parser under hostile input, fast enough for every `npm test`: the regressions the big fuzz
 * run (tests/faults/fuzz.test.ts, 10,000 cases) found, and a short seeded run of the same mutator.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '@/lib/parse';
import { DocumentParseError } from '@/lib/parse/record';
import { DAY_FILE, entityExpansionDayFile } from '../faults/support/bad-files';
import { describeFuzz, runParserFuzz } from '../faults/support/fuzz';
import { MAX_COST_RATIO, measureCost, measureRatio } from '../support/parse-cost';

function parseOrRefuse(text: string, fileName = 'hostile.txt'): () => void {
  const bytes = Buffer.from(text);
  return () => {
    try {
      parseDocument(bytes, { fileName });
    } catch (e) {
      expect(e).toBeInstanceOf(DocumentParseError);
    }
  };
}

/** Ordinary words, `length` characters of them: what a hostile run of spaces is compared with. */
const words = (length: number) => 'Words of an ordinary speech. '.repeat(Math.ceil(length / 29)).slice(0, length);

describe('hostile input', () => {
  // Each of these took from 0.7 s to over 30 s before: patterns starting with \s* or ending in [ ]+$ backtracked over runs of spaces.
  // Each is compared with the same document whose run is ordinary words of the same length.
  const RUN = 50_000;
  it.each([
    ['spaces inside a line', (run: string) => `Title\n\nx${run}y\n`, ' '.repeat(RUN)],
    ['tabs and spaces inside a line', (run: string) => `Title\n\nx${run}y\n`, ' \t'.repeat(RUN / 2)],
    ['no-break spaces inside a line', (run: string) => `Title\n\nx${run}y\n`, '\u00a0 '.repeat(RUN / 2)],
    ['spaces before a widget', (run: string) => `Title\n\nx${run}- View Source\n`, ' '.repeat(RUN)],
    ['spaces inside an HTML paragraph', (run: string) => `<html><body><p>x${run}y</p></body></html>`, ' '.repeat(RUN)],
    [
      'spaces inside a speaker line',
      (run: string) => `People Trafficking\n\nPhoto of A A Labour, X${run}Y 2:30 pm, 26th November 2007\n\nText.\n`,
      ' '.repeat(RUN),
    ],
    [
      'spaces inside a written question',
      (run: string) => `Question for Home Office\n\nUIN 1, tabled on 8 October 2024\n\nTo ask${run}x\n\nAnswered on\n\n17 October 2024\n\nAnswer.`,
      ' '.repeat(RUN),
    ],
  ])(`%s: within ${MAX_COST_RATIO}× the cost of ordinary words`, (_name, document, run) => {
    const ordinary = document(words(run.length));
    const baseline = measureCost(Buffer.byteLength(ordinary), parseOrRefuse(ordinary));
    const hostile = document(run);
    expect(measureRatio(parseOrRefuse(hostile), Buffer.byteLength(hostile), [baseline]).ratio).toBeLessThanOrEqual(MAX_COST_RATIO);
  });

  it(`an XML day file full of errors (one per character) costs within ${MAX_COST_RATIO}× a real day file per byte`, () => {
    const name = 'debates2009-10-26b.oral-questions.xml';
    const real = readFileSync(join(__dirname, '../fixtures/xml', name), 'utf8');
    const baseline = measureCost(Buffer.byteLength(real), parseOrRefuse(real, name));
    const xml = `<?xml version="1.0" encoding="iso-8859-1"?>(<!doctype publicwhip [ <!entity mdash "&#8212;"> ]>(<publicwhip>${'( x & < '.repeat(40_000)}</publicwhip>`;
    expect(measureRatio(parseOrRefuse(xml, 'debates2009-10-26b.xml'), Buffer.byteLength(xml), [baseline]).ratio).toBeLessThanOrEqual(MAX_COST_RATIO);
  });

  it(`a day file after 50,000 comments is read as ParlParse XML, within ${MAX_COST_RATIO}× the cost of the real file per byte`, () => {
    const real = readFileSync(DAY_FILE, 'utf8');
    const name = 'debates2009-10-26b.xml';
    const baseline = measureCost(Buffer.byteLength(real), parseOrRefuse(real, name));
    const declaration = real.slice(0, real.indexOf('?>') + 2);
    const xml = declaration + '\n<!-- c -->'.repeat(50_000) + real.slice(declaration.length);
    const doc = parseDocument(Buffer.from(xml), { fileName: name });
    expect(doc.format).toBe('parlparse-xml');
    expect(doc.records.map((r) => r.title)).toEqual(parseDocument(Buffer.from(real), { fileName: name }).records.map((r) => r.title));
    expect(measureRatio(parseOrRefuse(xml, name), Buffer.byteLength(xml), [baseline]).ratio).toBeLessThanOrEqual(MAX_COST_RATIO);
  });

  it(`an HTML page after 50,000 comments costs within ${MAX_COST_RATIO}× the same page after ordinary words`, () => {
    const page = (before: string) => `${before}<html><body><h1>Flood Defences</h1><p>Words of an ordinary speech.</p></body></html>`;
    const comments = '<!-- c -->\n'.repeat(50_000);
    const ordinary = page(`<!-- ${words(comments.length - 9)} -->`);
    const baseline = measureCost(Buffer.byteLength(ordinary), parseOrRefuse(ordinary, 'page.html'));
    const hostile = page(comments);
    expect(measureRatio(parseOrRefuse(hostile, 'page.html'), Buffer.byteLength(hostile), [baseline]).ratio).toBeLessThanOrEqual(MAX_COST_RATIO);
  });

  it('a DTD entity of 1 MB used 20,000 times is refused unread, in one line naming the file', () => {
    const refuse = () => parseDocument(Buffer.from(entityExpansionDayFile()), { fileName: 'debates2009-10-26z.xml' });
    expect(refuse).toThrow(DocumentParseError);
    expect(refuse).toThrow(
      /^debates2009-10-26z\.xml: the entities its DTD declares would add more than 1 MB of text when expanded, past the limit for one file; refused unread$/,
    );
  });

  it('DTD entities that stay under the limit are expanded as before', () => {
    const xml = entityExpansionDayFile()
      .replace(`"${'x'.repeat(1024 * 1024)}"`, '"a flood"')
      .replace(/(&big;)+/, '&big; and &big;');
    const doc = parseDocument(Buffer.from(xml), { fileName: 'debates2009-10-26z.xml' });
    expect(doc.records[0].contributions[0].text).toBe('a flood and a flood');
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
  it(`400 mutated seeds and fixtures: only DocumentParseError, every record valid, each within ${MAX_COST_RATIO}× its unmutated cost`, () => {
    const report = runParserFuzz(400, 900_000);
    expect(report.failures, describeFuzz(report)).toEqual([]);
    expect(report.parsed).toBeGreaterThan(200);
  });
});
