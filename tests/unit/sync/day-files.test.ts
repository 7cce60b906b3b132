import { describe, expect, it } from 'vitest';
import { compareVersions, groupDayFileVersions, parseDayFileName } from '../../../lib/day-files';

describe('parseDayFileName', () => {
  it.each([
    ['debates2009-10-26b.xml', { kind: 'debates', date: '2009-10-26', version: 'b', dayKey: 'debates2009-10-26' }],
    ['scrapedxml/westminhall/westminster2009-10-27a.xml', { kind: 'westminhall', date: '2009-10-27', version: 'a', dayKey: 'westminster2009-10-27' }],
    ['daylord2009-10-28a.xml', { kind: 'lordspages', date: '2009-10-28', version: 'a', dayKey: 'daylord2009-10-28' }],
    ['answers2016-01-05.xml', { kind: 'wrans', date: '2016-01-05', version: '', dayKey: 'answers2016-01-05' }],
    ['lordswrans2009-10-26a.xml', { kind: 'lordswrans', date: '2009-10-26', version: 'a', dayKey: 'lordswrans2009-10-26' }],
    ['ministerial2009-10-26c.xml', { kind: 'wms', date: '2009-10-26', version: 'c', dayKey: 'ministerial2009-10-26' }],
    ['lordswms2009-10-28a.xml', { kind: 'lordswms', date: '2009-10-28', version: 'a', dayKey: 'lordswms2009-10-28' }],
    ['debates2020-03-02aa.xml', { kind: 'debates', date: '2020-03-02', version: 'aa', dayKey: 'debates2020-03-02' }],
    // The committee's name carries a date too (when the bill was committed): the sitting date is the last one.
    ['standing2009-10-20_CHILDPOV_05-0_2009-10-27a.xml', { kind: 'standing', date: '2009-10-27', version: 'a', dayKey: 'standing2009-10-20_CHILDPOV_05-0_2009-10-27' }],
  ])('%s', (name, expected) => {
    expect(parseDayFileName(name)).toEqual(expected);
  });

  it.each(['people.json', 'debates2009-10-26b.xml.gz', 'debates2009-10-26B.xml', 'debates09-10-26.xml', 'notes.txt', 'changedates.txt'])('%s is no day file', (name) => {
    expect(parseDayFileName(name)).toBeNull();
  });
});

describe('versions of a day', () => {
  it('orders "" < a < z < aa < ab < ba', () => {
    const versions = ['ab', 'z', '', 'ba', 'a', 'aa'];
    expect([...versions].sort(compareVersions)).toEqual(['', 'a', 'z', 'aa', 'ab', 'ba']);
  });

  it('keeps the latest version of each day and lists the older ones oldest first', () => {
    const files = ['d/debates2009-10-26b.xml', 'd/debates2009-10-26a.xml', 'd/debates2009-10-26aa.xml', 'd/debates2009-10-29a.xml', 'x/readme.txt', 'd/debates2009-10-26z.xml'];
    const { days, others } = groupDayFileVersions(files, (f) => f);
    expect(others).toEqual(['x/readme.txt']);
    expect(days).toEqual([
      { dayKey: 'debates2009-10-26', latest: 'd/debates2009-10-26aa.xml', older: ['d/debates2009-10-26a.xml', 'd/debates2009-10-26b.xml', 'd/debates2009-10-26z.xml'] },
      { dayKey: 'debates2009-10-29', latest: 'd/debates2009-10-29a.xml', older: [] },
    ]);
  });
});
