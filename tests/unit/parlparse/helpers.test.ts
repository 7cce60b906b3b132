import { describe, expect, it } from 'vitest';
import { fixC1Controls, readDtdEntities } from '@/lib/parse/parlparse/entities';
import { readDayFile } from '@/lib/parse/parlparse/sax-reader';
import { stripChairNote, toClock, toDisplayCase } from '@/lib/parse/parlparse/titles';
import { classifyDayFile, dateFromId, sessionOf, toTwfyUrl } from '@/lib/parse/parlparse/urls';
import { isParlparseXml } from '@/lib/parse/parlparse';
import { expectEach, itEach } from '../../support/cases';

describe('entities', () => {
  it('reads internal DTD declarations with character references resolved', () => {
    const text =
      '<?xml version="1.0"?>\n<!DOCTYPE publicwhip\n[\n<!ENTITY mdash   "&#8212;">\n<!ENTITY iuml\t"&#239;" >\n<!ENTITY hex "&#x20AC;">\n]>\n<publicwhip/>';
    expect(readDtdEntities(text)).toEqual({ mdash: '—', iuml: 'ï', hex: '€' });
    expect(readDtdEntities('<publicwhip/>')).toEqual({});
  });

  it('maps C1 controls to the Windows-1252 characters Hansard meant', () => {
    expect(fixC1Controls('a\u0097b \u0091x\u0092')).toBe('a—b ‘x’');
  });

  it('expands HTML entities in files without a DTD', () => {
    const day = readDayFile('<publicwhip><speech id="s" speakername="A"><p>&pound;5&nbsp;&mdash; ok &amp; &#233;</p></speech></publicwhip>');
    expect(day.items[0]).toMatchObject({ kind: 'speech', paragraphs: [{ text: '£5 — ok & é' }] });
    expect(day.problems).toEqual([]);
  });
});

describe('reading a day file', () => {
  it('keeps paragraphs, classes and question numbers; skips blank spacers', () => {
    const day = readDayFile(
      '<publicwhip><reply id="r"><p class="holdinganswer">holding answer</p><p> </p><p qnum="12">Text <i>here</i>.</p></reply></publicwhip>',
    );
    expect(day.items[0]).toMatchObject({
      paragraphs: [
        { text: 'holding answer', className: 'holdinganswer' },
        { text: 'Text here.', qnum: '12' },
      ],
    });
  });

  it('recovers from bad markup and reports it', () => {
    const day = readDayFile('<publicwhip><speech id="s" speakername="A"><p>&bogus; text</p></speech></publicwhip>');
    expect(day.items).toHaveLength(1);
    expect(day.problems[0]).toMatch(/undefined entity/);
  });

  it('reads division counts in Commons, Lords and committee form', () => {
    const day = readDayFile(
      '<publicwhip><division id="d1"><divisioncount ayes="1" noes="2"/></division><division id="d2"><divisioncount content="3" not-content="4"/></division><divisioncount id="d3" ayes="5" noes="6"/></publicwhip>',
    );
    expect(day.items.map((i) => (i.kind === 'division' ? [i.ayes, i.noes] : null))).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
  });
});

describe('detection', () => {
  it('recognises day files with or without declaration and DTD', () => {
    expect(
      isParlparseXml('<?xml version="1.0" encoding="ISO-8859-1"?>\n\n<!DOCTYPE publicwhip\n[\n<!ENTITY a "b">\n]>\n\n<publicwhip scrapeversion="b">'),
    ).toBe(true);
    expect(isParlparseXml('<publicwhip scraperversion="d" latest="yes">')).toBe(true);
    expect(isParlparseXml('<html><body>publicwhip</body></html>')).toBe(false);
  });
});

describe('urls and file kinds', () => {
  it('maps each gid kind to its TheyWorkForYou section', () => {
    expectEach(toTwfyUrl, [
      ['uk.org.publicwhip/debate/2009-10-26b.1.2', 'https://www.theyworkforyou.com/debates/?id=2009-10-26b.1.2'],
      ['uk.org.publicwhip/westminhall/2009-10-27a.1.0', 'https://www.theyworkforyou.com/whall/?id=2009-10-27a.1.0'],
      ['uk.org.publicwhip/lords/2009-10-28a.1159.0', 'https://www.theyworkforyou.com/lords/?id=2009-10-28a.1159.0'],
      ['uk.org.publicwhip/wrans/2009-10-26f.294335.h', 'https://www.theyworkforyou.com/wrans/?id=2009-10-26f.294335.h'],
      ['uk.org.publicwhip/wms/2009-10-26c.1WS.1', 'https://www.theyworkforyou.com/wms/?id=2009-10-26c.1WS.1'],
      // a committee sitting's address needs its bill's title and date, which the gid alone does not give
      ['uk.org.publicwhip/standing/standing2009-10-20_CHILDPOV_05-0_2009-10-27a.2.2', null],
      ['something-else', null],
    ]);
    expect(
      toTwfyUrl('uk.org.publicwhip/standing/standing2009-10-20_CHILDPOV_05-0_2009-10-27a.2.2', { billTitle: 'Child Poverty Bill', date: '2009-10-27' }),
    ).toBe('https://www.theyworkforyou.com/pbc/2008-09/Child_Poverty_Bill/05-0_2009-10-27a.2.2');
  });

  it('classifies files by name, then by gid and url', () => {
    expect(classifyDayFile('lordswms2009-10-26a.xml', null, null)).toEqual({ collection: 'wms', house: 'Lords', recordKind: 'written-statement' });
    expect(classifyDayFile('/x/daylord2009-10-28a.xml', null, null).house).toBe('Lords');
    expect(
      classifyDayFile('sample.xml', 'uk.org.publicwhip/wrans/2009-10-26a.101.0', 'http://www.publications.parliament.uk/pa/ld200809/ldhansrd/x.htm'),
    ).toEqual({
      collection: 'wrans',
      house: 'Lords',
      recordKind: 'written-question',
    });
    expect(classifyDayFile('sample.xml', null, null).recordKind).toBe('other');
  });

  it('finds sitting dates and sessions', () => {
    expectEach(dateFromId, [
      ['standing2009-10-20_CHILDPOV_05-0_2009-10-27a.xml', '2009-10-27'],
      ['uk.org.publicwhip/debate/2023-03-28d.809.0', '2023-03-28'],
      ['answers2026-02-23.xml', '2026-02-23'],
      ['notes.xml', null],
    ]);
    expectEach(sessionOf, [
      ['2009-11-17', '2008-09'],
      ['2009-11-18', '2009-10'],
    ]);
  });
});

describe('titles and times', () => {
  itEach('normalises times, including the Lords three-digit hour: %j → %j', toClock, [
    ['14:30:00', '14:30'],
    ['015:07:00', '15:07'],
    ['9:05', '09:05'],
    ['', null],
    [undefined, null],
  ]);

  itEach('title-cases headings printed in capitals only: %s → %s', toDisplayCase, [
    ['HOME DEPARTMENT', 'Home Department'],
    ['CULTURE, MEDIA AND SPORT', 'Culture, Media and Sport'],
    ['Tasers', 'Tasers'],
  ]);

  it('drops the Westminster Hall chair note', () => {
    expect(stripChairNote('[Mr. Joe Benton in the Chair] — Death Penalty (Global Abolition)')).toBe('Death Penalty (Global Abolition)');
  });
});
