import { describe, expect, it } from 'vitest';
import { compareVersions, groupDayFileVersions, parseDayFileName } from '../../../lib/day-files';
import { checkListing, parseListing, RsyncError } from '../../../lib/sync/rsync';
import { selectDayFiles } from '../../../lib/sync/select';

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
    [
      'standing2009-10-20_CHILDPOV_05-0_2009-10-27a.xml',
      { kind: 'standing', date: '2009-10-27', version: 'a', dayKey: 'standing2009-10-20_CHILDPOV_05-0_2009-10-27' },
    ],
    // The Senedd's two languages are two days here (ingest reads them together); SP question tracking files are each their own.
    ['senedd/cy/senedd2020-01-08.xml', { kind: 'senedd', date: '2020-01-08', version: '', dayKey: 'cy/senedd2020-01-08' }],
    [
      'sp-questions/up-to-2009-10-26T08:20:00.445366.xml',
      { kind: 'sp-questions', date: '2009-10-26', version: '', dayKey: 'sp-questions/up-to-2009-10-26T08:20:00.445366.xml' },
    ],
  ])('%s', (name, expected) => {
    expect(parseDayFileName(name)).toEqual(expected);
  });

  it.each([
    'up-to-2009-10-26T08:20:00.xml',
    'sp-questions/up-to-later.xml',
    'people.json',
    'debates2009-10-26b.xml.gz',
    'debates2009-10-26B.xml',
    'debates09-10-26.xml',
    'notes.txt',
    'changedates.txt',
  ])('%s is no day file', (name) => {
    expect(parseDayFileName(name)).toBeNull();
  });
});

describe('versions of a day', () => {
  it('orders "" < a < z < aa < ab < ba', () => {
    const versions = ['ab', 'z', '', 'ba', 'a', 'aa'];
    expect([...versions].sort(compareVersions)).toEqual(['', 'a', 'z', 'aa', 'ab', 'ba']);
  });

  it('keeps the latest version of each day and lists the older ones oldest first', () => {
    const files = [
      'd/debates2009-10-26b.xml',
      'd/debates2009-10-26a.xml',
      'd/debates2009-10-26aa.xml',
      'd/debates2009-10-29a.xml',
      'x/readme.txt',
      'd/debates2009-10-26z.xml',
    ];
    const { days, others } = groupDayFileVersions(files, (f) => f);
    expect(others).toEqual(['x/readme.txt']);
    expect(days).toEqual([
      {
        dayKey: 'debates2009-10-26',
        latest: 'd/debates2009-10-26aa.xml',
        older: ['d/debates2009-10-26a.xml', 'd/debates2009-10-26b.xml', 'd/debates2009-10-26z.xml'],
      },
      { dayKey: 'debates2009-10-29', latest: 'd/debates2009-10-29a.xml', older: [] },
    ]);
  });
});

describe('selectDayFiles', () => {
  const listed = [
    'debates/debates2009-10-26a.xml',
    'debates/debates2009-10-26b.xml',
    'debates/debates2009-10-29a.xml',
    'debates/changedates.txt',
    'wrans/answers2009-10-26f.xml',
    'wrans/debates2009-10-27a.xml', // a debates file in the wrong folder is not taken for written answers
    'lordspages/daylord2009-10-28a.xml',
    'standing/standing2009-10-20_CHILDPOV_05-0_2009-10-27a.xml',
  ].map((name, i) => ({ name, size: i }));

  it('takes the kinds and dates asked, with every version of each day, and names the latest', () => {
    const picked = selectDayFiles(listed, { kinds: ['debates', 'standing'], from: '2009-10-26', to: '2009-10-27' });
    expect(picked.files.map((f) => f.name)).toEqual([
      'debates/debates2009-10-26a.xml',
      'debates/debates2009-10-26b.xml',
      'standing/standing2009-10-20_CHILDPOV_05-0_2009-10-27a.xml',
    ]);
    expect(picked.latest.map((f) => f.name)).toEqual(['debates/debates2009-10-26b.xml', 'standing/standing2009-10-20_CHILDPOV_05-0_2009-10-27a.xml']);
    expect(picked.days).toBe(2);
  });

  it('without dates takes every day; an empty kind list takes nothing', () => {
    expect(selectDayFiles(listed, { kinds: ['wrans', 'lordspages'] }).files.map((f) => f.name)).toEqual([
      'wrans/answers2009-10-26f.xml',
      'lordspages/daylord2009-10-28a.xml',
    ]);
    expect(selectDayFiles(listed, { kinds: [] }).files).toEqual([]);
  });

  it('takes no listed path that could reach outside the mirror, however its last part reads', () => {
    const hostile = [
      'debates/debates2009-10-26b.xml/../../../../etc/debates2009-10-26c.xml',
      'debates/../debates2009-10-26d.xml',
      '../debates/debates2009-10-26e.xml',
      '/debates/debates2009-10-26f.xml',
      'debates//debates2009-10-26g.xml',
      'debates/sub/debates2009-10-26h.xml',
      'debates\\..\\debates2009-10-26i.xml',
    ].map((name) => ({ name, size: 1 }));
    const picked = selectDayFiles([...hostile, { name: 'debates/debates2009-10-26a.xml', size: 1 }], { kinds: ['debates'] });
    expect(picked.files.map((f) => f.name)).toEqual(['debates/debates2009-10-26a.xml']);
  });

  it('sets aside a file listed larger than a document may be, and takes the rest of its day', () => {
    const files = [
      { name: 'debates/debates2009-10-26a.xml', size: 1000 },
      { name: 'debates/debates2009-10-26b.xml', size: 1001 },
    ];
    const picked = selectDayFiles(files, { kinds: ['debates'] }, 1000);
    expect(picked.files.map((f) => f.name)).toEqual(['debates/debates2009-10-26a.xml']);
    expect(picked.tooLarge.map((f) => f.name)).toEqual(['debates/debates2009-10-26b.xml']);
    expect(selectDayFiles(files, { kinds: ['debates'] }, 1001).tooLarge).toEqual([]);
  });
});

describe('parseListing', () => {
  it('reads the files of `rsync --list-only`, with or without digit grouping, and skips folders and links', () => {
    const output = [
      'drwxr-xr-x          4,096 2026/11/28 17:43:23 .',
      '-rw-r--r--        627,620 2026/11/28 17:28:00 debates2009-10-26b.xml',
      '-rw-r--r--           3561 2026/11/28 17:28:00 a file with spaces.xml',
      'lrwxrwxrwx             12 2026/11/28 17:28:00 latest.xml -> x.xml',
      '',
    ].join('\n');
    expect(parseListing(output)).toEqual([
      { name: 'debates2009-10-26b.xml', size: 627620 },
      { name: 'a file with spaces.xml', size: 3561 },
    ]);
  });
});

describe('checkListing', () => {
  it.each(['..', '.', '../x.xml', 'a/b.xml', '/etc/passwd', 'a\\b.xml', 'x\u0000.xml', 'line\nbreak.xml', ''])(
    'refuses a listing of one folder that names %j, in one line naming the source',
    (name) => {
      expect(() =>
        checkListing('rsync://127.0.0.1/parldata/scrapedxml/debates/', [
          { name: 'debates2009-10-26a.xml', size: 1 },
          { name, size: 1 },
        ]),
      ).toThrow(
        new RsyncError(
          `rsync://127.0.0.1/parldata/scrapedxml/debates/: the listing names ${JSON.stringify(name)}, which is not a file in that folder; nothing was fetched`,
        ),
      );
    },
  );

  it('passes a listing of plain file names, spaces and leading dashes included (they are never options in --files-from)', () => {
    const files = [
      { name: 'debates2009-10-26a.xml', size: 1 },
      { name: 'a file.xml', size: 2 },
      { name: '-x.xml', size: 3 },
    ];
    expect(checkListing('src/', files)).toEqual(files);
  });
});
