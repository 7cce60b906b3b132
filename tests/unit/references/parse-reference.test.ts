import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseReference, readDate } from '@/lib/references/parse-reference';

describe('parseReference: question numbers', () => {
  it.each([
    ['7814', { type: 'uin', uin: '7814', date: null }],
    ['uin:7814', { type: 'uin', uin: '7814', date: null }],
    ['UIN 7814', { type: 'uin', uin: '7814', date: null }],
    ['HL13647', { type: 'uin', uin: 'HL13647', date: null }],
    ['hl13647', { type: 'uin', uin: 'HL13647', date: null }],
    ['7814, tabled 8 October 2024', { type: 'uin', uin: '7814', date: '2024-10-08' }],
    ['HL13647 24 February 2021', { type: 'uin', uin: 'HL13647', date: '2021-02-24' }],
    ['HCWS123', { type: 'uin', uin: 'HCWS123', date: null }],
  ])('%s', (text, expected) => {
    expect(parseReference(text)).toEqual(expected);
  });

  it('a number followed by words is a search, not a reference', () => {
    expect(parseReference('7814 trafficking')).toBeNull();
    expect(parseReference('people trafficking')).toBeNull();
    expect(parseReference('section:whall')).toBeNull();
  });
});

describe('parseReference: citations', () => {
  it.each([
    ['HC Deb 26 November 2007, vol 468, col 3', { house: 'Commons', venue: 'commons-chamber', date: '2007-11-26', volume: '468', column: 3, bill: null }],
    ['HL Deb 24 Feb 2021 c123', { house: 'Lords', venue: 'lords-chamber', date: '2021-02-24', volume: null, column: 123, bill: null }],
    ['HC Deb 26/11/07 c3W', { house: 'Commons', venue: 'written-answers', date: '2007-11-26', volume: null, column: 3, bill: null }],
    ['HC Deb 28 October 2009, col 71WH', { house: 'Commons', venue: 'westminster-hall', date: '2009-10-28', volume: null, column: 71, bill: null }],
    ['HL Deb 27 October 2009, col WA115', { house: 'Lords', venue: 'written-answers', date: '2009-10-27', volume: null, column: 115, bill: null }],
    ['HC Deb 26 October 2009, col 2WS', { house: 'Commons', venue: 'written-statements', date: '2009-10-26', volume: null, column: 2, bill: null }],
    ['HL Deb 12 March 2009, col GC12', { house: 'Lords', venue: 'lords-grand-committee', date: '2009-03-12', volume: null, column: 12, bill: null }],
    [
      'PBC Deb (Bill 13) 29 October 2009, col 213',
      { house: 'Commons', venue: 'public-bill-committee', date: '2009-10-29', volume: null, column: 213, bill: 'Bill 13' },
    ],
    [
      'PBC Deb (Child Poverty Bill) 29 October 2009, col 213',
      { house: 'Commons', venue: 'public-bill-committee', date: '2009-10-29', volume: null, column: 213, bill: 'Child Poverty Bill' },
    ],
    ['HC Deb 26 November 2007', { house: 'Commons', venue: 'commons-chamber', date: '2007-11-26', volume: null, column: null, bill: null }],
    ['hc deb 26 November 2007, vol. 468, cols 3-4', { house: 'Commons', venue: 'commons-chamber', date: '2007-11-26', volume: '468', column: 3, bill: null }],
    ['HC Deb 2007-11-26 col 3', { house: 'Commons', venue: 'commons-chamber', date: '2007-11-26', volume: null, column: 3, bill: null }],
  ])('%s', (text, expected) => {
    expect(parseReference(text)).toEqual({ type: 'citation', ...expected });
  });

  it('a citation without a real date is not read', () => {
    expect(parseReference('HC Deb 31 February 2007, col 3')).toBeNull();
    expect(parseReference('HC Deb sometime, col 3')).toBeNull();
  });
});

describe('parseReference: links and ids', () => {
  it.each([
    ['https://www.theyworkforyou.com/debates/?id=2009-10-26a.1.0', { type: 'gid', gid: 'uk.org.publicwhip/debate/2009-10-26a.1.0' }],
    ['https://www.theyworkforyou.com/whall/?id=2009-10-28a.71.1', { type: 'gid', gid: 'uk.org.publicwhip/westminhall/2009-10-28a.71.1' }],
    ['http://theyworkforyou.com/lords/?id=2009-10-28a.1159.4', { type: 'gid', gid: 'uk.org.publicwhip/lords/2009-10-28a.1159.4' }],
    ['https://www.theyworkforyou.com/wrans/?id=2009-10-29a.292659.q0', { type: 'gid', gid: 'uk.org.publicwhip/wrans/2009-10-29a.292659.q0' }],
    ['https://www.theyworkforyou.com/wms/?id=2009-10-26c.2WS.1', { type: 'gid', gid: 'uk.org.publicwhip/wms/2009-10-26c.2WS.1' }],
    ['www.theyworkforyou.com/debates/?id=2009-10-26b.1.5', { type: 'gid', gid: 'uk.org.publicwhip/debate/2009-10-26b.1.5' }],
    [
      'https://www.theyworkforyou.com/pbc/2008-09/Child_Poverty_Bill/05-0_2009-10-27a.2.2',
      { type: 'gid-suffix', prefix: 'uk.org.publicwhip/standing/', suffix: '_05-0_2009-10-27a.2.2' },
    ],
    ['uk.org.publicwhip/wrans/2009-10-29a.292659.q0', { type: 'gid', gid: 'uk.org.publicwhip/wrans/2009-10-29a.292659.q0' }],
    ['uk.org.publicwhip/debate/2009-10-26b.1.0', { type: 'gid', gid: 'uk.org.publicwhip/debate/2009-10-26b.1.0' }],
    ['https://questions-statements.parliament.uk/written-questions/detail/2024-10-08/7814', { type: 'uin', uin: '7814', date: '2024-10-08' }],
    ['https://questions-statements.parliament.uk/written-questions/detail/2021-02-24/HL13647/', { type: 'uin', uin: 'HL13647', date: '2021-02-24' }],
    [
      'https://hansard.parliament.uk/Commons/2025-02-24/debates/1A2B/SexualExploitationAndTrafficking',
      { type: 'source-url', url: 'https://hansard.parliament.uk/Commons/2025-02-24/debates/1A2B/SexualExploitationAndTrafficking' },
    ],
  ])('%s', (text, expected) => {
    expect(parseReference(text)).toEqual(expected);
  });

  it('an id with characters no gid has is not passed on', () => {
    expect(parseReference('uk.org.publicwhip/debate/2009"; DROP')).toBeNull();
    expect(parseReference('https://www.theyworkforyou.com/debates/?id=2009"x')).toEqual({
      type: 'source-url',
      url: 'https://www.theyworkforyou.com/debates/?id=2009%22x',
    });
  });
});

describe('readDate', () => {
  it.each([
    ['26 November 2007', '2007-11-26'],
    ['Monday 26 November 2007', '2007-11-26'],
    ['26/11/07', '2007-11-26'],
    ['26/11/1997', '1997-11-26'],
    ['2007-11-26', '2007-11-26'],
    ['26 November 2007 and more', null],
    ['31/02/07', null],
  ])('%s → %s', (text, iso) => {
    expect(readDate(text)).toBe(iso);
  });
});

describe('parseReference never throws (fuzz)', () => {
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        parseReference(text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseReference: the devolved legislatures', () => {
  const citation = (house: string, date: string, column: number | null, venue: string | null = null) => ({
    type: 'citation',
    house,
    venue,
    date,
    volume: null,
    column,
    bill: null,
  });
  it.each([
    ['S3W-28257', { type: 'uin', uin: 'S3W-28257', date: null }],
    ['s6w-01234', { type: 'uin', uin: 'S6W-01234', date: null }],
    ['S5O-123, answered 4 May 2017', { type: 'uin', uin: 'S5O-123', date: '2017-05-04' }],
    ['Scottish Parliament Written Answer S3W-28257, 26 October 2009', { type: 'uin', uin: 'S3W-28257', date: '2009-10-26' }],
    ['Scottish Parliament Official Report 28 October 2009, col 20529', citation('Scottish Parliament', '2009-10-28', 20529)],
    ['Northern Ireland Assembly Official Report 12 October 2009', citation('Northern Ireland Assembly', '2009-10-12', null)],
    ['Senedd Record of Proceedings 8 January 2020', citation('Senedd', '2020-01-08', null)],
    ['https://www.theyworkforyou.com/sp/?id=2009-10-28.20529.2', { type: 'gid', gid: 'uk.org.publicwhip/spor/2009-10-28.20529.2' }],
    ['https://www.theyworkforyou.com/spwrans/?id=2009-10-26.S3W-28257.h', { type: 'gid', gid: 'uk.org.publicwhip/spwa/2009-10-26.S3W-28257.h' }],
    ['https://www.theyworkforyou.com/spwrans/?spid=S3W-28257', { type: 'uin', uin: 'S3W-28257', date: null }],
    ['https://www.theyworkforyou.com/ni/?id=2009-10-12.1.2', { type: 'gid', gid: 'uk.org.publicwhip/ni/2009-10-12.1.2' }],
    ['https://www.theyworkforyou.com/senedd/?id=2020-01-08.4.253035', { type: 'gid', gid: 'uk.org.publicwhip/senedd/en/2020-01-08.4.253035' }],
    ['https://www.theyworkforyou.com/senedd/?id=cy/2020-01-08.4.253035', { type: 'gid', gid: 'uk.org.publicwhip/senedd/en/2020-01-08.4.253035' }],
    ['uk.org.publicwhip/senedd/en/2020-01-08.4.253035', { type: 'gid', gid: 'uk.org.publicwhip/senedd/en/2020-01-08.4.253035' }],
    ['uk.org.publicwhip/senedd/cy/2020-01-08.4.253035', { type: 'gid', gid: 'uk.org.publicwhip/senedd/en/2020-01-08.4.253035' }],
    [
      'uk.org.publicwhip/spor/health-social-care-and-sport-committee/2026-01-13.0.2',
      { type: 'gid', gid: 'uk.org.publicwhip/spor/health-social-care-and-sport-committee/2026-01-13.0.2' },
    ],
    [
      'http://www.scottish.parliament.uk/business/officialReports/meetingsParliament/or-09/sor1028-02.htm#Col20529',
      citation('Scottish Parliament', '2009-10-28', 20529, 'scottish-parliament-chamber'),
    ],
    ['http://www.scottish.parliament.uk/business/pqa/wa-09/wa1026.htm#1', citation('Scottish Parliament', '2009-10-26', null, 'written-answers')],
    ['https://record.senedd.wales/Plenary/5919#C253035', { type: 'gid-suffix', prefix: 'uk.org.publicwhip/senedd/', suffix: '.253035' }],
    ['https://cofnod.senedd.cymru/Plenary/5919#C253035', { type: 'gid-suffix', prefix: 'uk.org.publicwhip/senedd/', suffix: '.253035' }],
  ])('%s', (text, expected) => {
    expect(parseReference(text)).toEqual(expected);
  });

  it('a devolved page or words that name no day or place are no reference to it', () => {
    expect(parseReference('Scottish Parliament Official Report')).toBeNull();
    expect(parseReference('Scottish Parliament Official Report 28 October 2009, the debate on care')).toBeNull();
    expect(parseReference('S3W-28257 animal welfare')).toBeNull();
    expect(parseReference('https://record.senedd.wales/Plenary/5919')).toEqual({ type: 'source-url', url: 'https://record.senedd.wales/Plenary/5919' });
    expect(parseReference('https://www.parliament.scot/api/sitecore/CustomMedia/OfficialReport?meetingId=16001')).toEqual({
      type: 'source-url',
      url: 'https://www.parliament.scot/api/sitecore/CustomMedia/OfficialReport?meetingId=16001',
    });
  });
});
