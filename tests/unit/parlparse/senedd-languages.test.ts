/**
 * The Senedd's two languages read together (lib/parse/parlparse/senedd.ts through parseSeneddDay),
 * over the day pair of tests/fixtures/senedd/plenary-pair (built from parlparse's pyscraper/wa/parse.py):
 * one contribution per speech whichever files are there, its text in the language it was spoken in
 * when that file is there, the other language linked, nothing lost or doubled when one file is
 * missing or has an item the other has not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeneddDay, type SeneddDayFile } from '@/lib/parse';
import { canonicalSeneddGid, seneddGidLanguage } from '@/lib/parse/parlparse';
import type { Contribution } from '@/lib/parse/record';

const DAY = join(__dirname, '../../fixtures/senedd/plenary-pair');
const read = (language: 'en' | 'cy'): SeneddDayFile => ({
  bytes: readFileSync(join(DAY, language, 'senedd2020-01-08.xml')),
  fileName: `${language}/senedd2020-01-08.xml`,
});
const contributionsOf = (files: { en: SeneddDayFile | null; cy: SeneddDayFile | null }) => parseSeneddDay(files).records.flatMap((r) => r.contributions);

/** Every speech of one language's file, by its English gid, as the file prints it (attributes read apart). */
function printedSpeeches(language: 'en' | 'cy') {
  const xml = new TextDecoder().decode(read(language).bytes);
  return [...xml.matchAll(/<speech id="([^"]+)"([^>]*)>(.*?)<\/speech>/g)].map((m) => ({
    gid: canonicalSeneddGid(m[1]),
    originalLang: /original_lang="(\w+)"/.exec(m[2])?.[1] ?? null,
    lang: /\slang="(\w+)"/.exec(m[2])?.[1] ?? null,
  }));
}

describe('a Senedd day in both languages', () => {
  const both = contributionsOf({ en: read('en'), cy: read('cy') });
  const en = printedSpeeches('en');
  const cy = printedSpeeches('cy');

  it('holds each speech once, under its English gid', () => {
    const gids = both.map((c) => c.sourceId);
    expect(new Set(gids).size).toBe(gids.length);
    expect(new Set(gids)).toEqual(new Set([...en, ...cy].map((s) => s.gid)));
    expect(gids.every((g) => g && seneddGidLanguage(g) === 'en')).toBe(true);
  });

  it('keeps the language each was spoken in as its text, with the translation linked', () => {
    for (const c of both) {
      const printed = en.find((s) => s.gid === c.sourceId)!;
      // The English file marks a speech spoken in Welsh with original_lang="cy".
      expect(c.spokenLanguage, c.sourceId).toBe(printed.originalLang ?? 'en');
      expect(c.language, c.sourceId).toBe(c.spokenLanguage);
      const untranslated = cy.find((s) => s.gid === c.sourceId)?.lang ?? printed.lang;
      if (untranslated) expect(c.translation, c.sourceId).toBeNull();
      else expect(c.translation?.language, c.sourceId).toBe(c.spokenLanguage === 'en' ? 'cy' : 'en');
    }
    expect(both.some((c) => c.spokenLanguage === 'cy')).toBe(true);
    expect(both.some((c) => c.spokenLanguage === 'en' && c.translation)).toBe(true);
  });

  it('takes the text spoken in Welsh from the Welsh file and its English from the English file', () => {
    const welsh = both.filter((c) => c.spokenLanguage === 'cy');
    const alone = (files: { en: SeneddDayFile | null; cy: SeneddDayFile | null }) => new Map(contributionsOf(files).map((c) => [c.sourceId, c.text]));
    const cyOnly = alone({ en: null, cy: read('cy') });
    const enOnly = alone({ en: read('en'), cy: null });
    for (const c of welsh) {
      expect(c.text).toBe(cyOnly.get(c.sourceId));
      expect(c.translation?.text).toBe(enOnly.get(c.sourceId));
    }
  });
});

describe('a Senedd day with one language missing', () => {
  const both = contributionsOf({ en: read('en'), cy: read('cy') });
  const ids = (cs: Contribution[]) => cs.map((c) => c.sourceId);

  it.each([
    ['English', { en: read('en'), cy: null }],
    ['Welsh', { en: null, cy: read('cy') }],
  ] as const)('the %s file alone: the same speeches under the same gids, none doubled, no translation claimed', (_name, files) => {
    const alone = contributionsOf(files);
    expect(ids(alone)).toEqual(ids(both));
    expect(alone.every((c) => c.translation === null)).toBe(true);
  });

  it("the English file alone says when a Welsh speech's text is its translation", () => {
    const alone = contributionsOf({ en: read('en'), cy: null });
    const welsh = alone.filter((c) => c.spokenLanguage === 'cy');
    expect(welsh.length).toBeGreaterThan(0);
    expect(welsh.every((c) => c.language === 'en')).toBe(true);
  });

  it('an item only the Welsh file has is kept once, with a warning', () => {
    const extraGid = 'uk.org.publicwhip/senedd/cy/2020-01-08.2.253039';
    const cyText = new TextDecoder()
      .decode(read('cy').bytes)
      .replace(
        '</publicwhip>',
        `<speech id="${extraGid}" time="13:34" url="https://record.senedd.wales/Plenary/5919#C253039" speakername="Llyr Gruffydd"><p>Diolch yn fawr.</p></speech>\n</publicwhip>`,
      );
    const records = parseSeneddDay({ en: read('en'), cy: { bytes: Buffer.from(cyText), fileName: 'cy/senedd2020-01-08.xml' } }).records;
    const all = records.flatMap((r) => r.contributions);
    expect(all.length).toBe(both.length + 1);
    const extra = all.filter((c) => c.sourceId === canonicalSeneddGid(extraGid));
    expect(extra.map((c) => [c.text, c.language])).toEqual([['Diolch yn fawr.', 'cy']]);
    expect(records.some((r) => r.warnings.some((w) => /only in the Welsh file/.test(w)))).toBe(true);
  });
});
