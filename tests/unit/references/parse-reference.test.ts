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
