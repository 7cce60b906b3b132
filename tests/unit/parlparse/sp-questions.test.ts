/**
 * The Scottish Parliament's question tracking files (lib/parse/parlparse/sp-questions.ts) over the
 * real files of ../shared/data/devolved/scrapedxml/sp-questions, checked against what a plain reading
 * of each file's `<mention>` tags gives, and over hostile variants: bounded, nothing half-read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_MENTIONS, parseSpQuestionTracking } from '@/lib/parse/parlparse';
import { DocumentParseError } from '@/lib/parse/record';
import { ROOT } from '../../support/test-services';

const DIR = path.join(ROOT, '..', 'shared', 'data', 'devolved', 'scrapedxml', 'sp-questions');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.xml'));

/** Each question's mentions as the file prints them, read by splitting on tags (not the parser's way). */
function printed(text: string) {
  return text
    .split('<question ')
    .slice(1)
    .flatMap((chunk) => {
      const spid = /gid="uk\.org\.publicwhip\/spq\/([^"]+)"/.exec(chunk)![1];
      return chunk
        .split('<mention ')
        .slice(1)
        .map((m) => ({ spid, type: /type="([^"]+)"/.exec(m)![1], date: /date="([^"]+)"/.exec(m)?.[1] ?? null }));
    });
}

describe('SP question tracking files', () => {
  it('has the real files', () => expect(FILES.length).toBeGreaterThanOrEqual(3));

  it.each(FILES)('%s: every mention read, with its question, type and date as printed', (file) => {
    const text = readFileSync(path.join(DIR, file), 'utf8');
    const got = parseSpQuestionTracking(text, file);
    expect(got.skipped).toBe(0);
    expect(got.mentions.map(({ spid, type, date }) => ({ spid, type, date }))).toEqual(printed(text));
    // An answer names the written answer's gid; a reference the question citing it.
    for (const m of got.mentions) {
      if (m.type === 'answer') expect(m.mentionedGid).toMatch(/^uk\.org\.publicwhip\/spwa\//);
      if (m.type === 'referenced-in-question-text') expect(m.mentionedGid).toMatch(/^uk\.org\.publicwhip\/spq\//);
    }
  });

  const wrap = (inner: string) =>
    `<?xml version="1.0" encoding="utf-8"?>\n<publicwhip>\n<question gid="uk.org.publicwhip/spq/S3W-1">${inner}</question>\n</publicwhip>\n`;

  it('keeps only web addresses as links, and leaves out what it cannot read, counted', () => {
    const got = parseSpQuestionTracking(
      wrap(
        '<mention date="2009-10-26" type="business-written" url="javascript:alert(1)"/>' +
          '<mention date="26/10/2009" type="holding"/>' +
          '<mention date="2009-10-27" type="lodged-somewhere"/>' +
          '<mention type="referenced-in-question-text" referrer="uk.org.publicwhip/spq/S3W-2"/>',
      ),
      'x.xml',
    );
    expect(got.mentions.map((m) => [m.type, m.date, m.url])).toEqual([
      ['business-written', '2009-10-26', null],
      ['referenced-in-question-text', null, null],
    ]);
    expect(got.skipped).toBe(2);
  });

  it('refuses a file it cannot read whole, naming it', () => {
    expect(() => parseSpQuestionTracking(wrap('<mention type="holding" date="2009-10-26">'), 'bad.xml')).toThrow(/^bad\.xml: not well-formed XML/);
    expect(() => parseSpQuestionTracking('<publicwhip></publicwhip>', 'empty.xml')).toThrow(DocumentParseError);
    const many = wrap('<mention date="2009-10-26" type="holding"/>'.repeat(MAX_MENTIONS + 1));
    expect(() => parseSpQuestionTracking(many, 'many.xml')).toThrow(/many\.xml: more than/);
  });
});
