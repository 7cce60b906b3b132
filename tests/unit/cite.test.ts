import { describe, expect, it } from 'vitest';
import { escapeBibtex, formatColumnReference, formatOscolaCitation, toBibtexEntry, toCslItem, type CitableRecord } from '@/lib/cite';

type RecordOverrides = Partial<Omit<CitableRecord, 'reference'>> & { reference?: Partial<CitableRecord['reference']> };

function record(over: RecordOverrides = {}): CitableRecord {
  const { reference, ...rest } = over;
  return {
    title: 'People Trafficking',
    kind: 'oral-answers',
    house: 'Commons',
    date: '2007-11-26',
    department: 'Home Department',
    question: null,
    ...rest,
    reference: { uin: null, volume: null, column: null, ...reference },
  };
}

const answer = { id: 'abcdefghijkm', type: 'answer', date: '2007-11-26', speaker: { name: 'Vernon Coaker' } };

describe('OSCOLA citations of spoken records', () => {
  it.each([
    ['volume and column', record({ reference: { volume: '468', column: '1' } }), 'HC Deb 26 November 2007, vol 468, col 1'],
    ['no volume', record({ reference: { column: '1' } }), 'HC Deb 26 November 2007, col 1'],
    ['no column', record({ reference: { volume: '468' } }), 'HC Deb 26 November 2007, vol 468'],
    ['neither (the seed)', record(), 'HC Deb 26 November 2007'],
    ['Lords', record({ house: 'Lords', kind: 'debate', reference: { volume: '699', column: '1234' } }), 'HL Deb 26 November 2007, vol 699, col 1234'],
    ['column range with hyphen', record({ reference: { volume: '925', column: '973-74' } }), 'HC Deb 26 November 2007, vol 925, cols 973–74'],
    ['column range with en dash', record({ reference: { column: '973 – 975' } }), 'HC Deb 26 November 2007, cols 973–975'],
    [
      'Westminster Hall column as printed',
      record({ kind: 'debate', reference: { volume: '762', column: '45WH' } }),
      'HC Deb 26 November 2007, vol 762, col 45WH',
    ],
    ['Lords Grand Committee column as printed', record({ house: 'Lords', kind: 'debate', reference: { column: 'GC12' } }), 'HL Deb 26 November 2007, col GC12'],
    ['column printed with "col" already', record({ reference: { column: 'col. 12' } }), 'HC Deb 26 November 2007, col 12'],
    ['volume printed as "Volume 762"', record({ date: '2025-02-24', reference: { volume: 'Volume 762' } }), 'HC Deb 24 February 2025, vol 762'],
    ['no date', record({ date: null, reference: { volume: '762' } }), 'HC Deb, vol 762'],
  ])('%s', (_name, r, expected) => {
    expect(formatOscolaCitation(r)).toBe(expected);
  });

  it('cites a contribution by its own date when it differs from the record', () => {
    expect(formatOscolaCitation(record({ kind: 'debate' }), { date: '2007-11-27' })).toBe('HC Deb 27 November 2007');
  });

  it('does not invent a house: the title stands in for "HC Deb"', () => {
    expect(formatOscolaCitation(record({ house: null, kind: 'debate', reference: { volume: '762' } }))).toBe('People Trafficking, 26 November 2007, vol 762');
  });

  it('never prints an empty or whitespace-only volume or column', () => {
    expect(formatOscolaCitation(record({ reference: { volume: ' ', column: '' } }))).toBe('HC Deb 26 November 2007');
  });
});

describe('written answers cited by column', () => {
  const old = (house: string, column: string) => record({ kind: 'written-question', house, date: '2008-03-12', reference: { volume: '473', column } });
  it('adds the Commons "W" suffix to a bare column number', () => {
    expect(formatOscolaCitation(old('Commons', '456'))).toBe('HC Deb 12 March 2008, vol 473, col 456W');
  });
  it('adds the Lords "WA" prefix to a bare column number', () => {
    expect(formatOscolaCitation(old('Lords', '45'))).toBe('HL Deb 12 March 2008, vol 473, col WA45');
  });
  it('keeps a column already printed with its series', () => {
    expect(formatOscolaCitation(old('Commons', '456W'))).toBe('HC Deb 12 March 2008, vol 473, col 456W');
    expect(formatOscolaCitation(old('Lords', 'WA45'))).toBe('HL Deb 12 March 2008, vol 473, col WA45');
  });
  it('marks both ends of a range', () => {
    expect(formatOscolaCitation(old('Commons', '456-457'))).toBe('HC Deb 12 March 2008, vol 473, cols 456W–457W');
  });
  it('written ministerial statements: "WS" after (Commons) or before (Lords)', () => {
    const ws = (house: string) => record({ kind: 'written-statement', house, reference: { volume: '473', column: '12' } });
    expect(formatOscolaCitation(ws('Commons'))).toBe('HC Deb 26 November 2007, vol 473, col 12WS');
    expect(formatOscolaCitation(ws('Lords'))).toBe('HL Deb 26 November 2007, vol 473, col WS12');
  });
  it('leaves a bare column alone when the house is unknown', () => {
    expect(formatColumnReference('456', { kind: 'written-question', house: null })).toBe('col 456');
  });
});

describe('numbered written questions', () => {
  const wq = (over: RecordOverrides) =>
    record({ kind: 'written-question', title: 'Human Trafficking: Prostitution', department: 'Home Office', date: '2024-10-17', ...over });
  it('Commons, answered (the seed)', () => {
    const r = wq({ reference: { uin: '7814' }, question: { status: 'answered', tabled: '2024-10-08', answered: '2024-10-17' } });
    expect(formatOscolaCitation(r)).toBe('HC Written question 7814, tabled 8 October 2024, answered 17 October 2024');
  });
  it('Lords, UIN as printed', () => {
    const r = wq({ house: 'Lords', reference: { uin: 'HL1234' }, question: { status: 'answered', tabled: '2021-02-24', answered: '2021-03-10' } });
    expect(formatOscolaCitation(r)).toBe('HL Written question HL1234, tabled 24 February 2021, answered 10 March 2021');
  });
  it('unanswered: no answered date', () => {
    const r = wq({ reference: { uin: '7814' }, question: { status: 'unanswered', tabled: '2024-10-08', answered: null } });
    expect(formatOscolaCitation(r)).toBe('HC Written question 7814, tabled 8 October 2024');
  });
  it('holding answer is called that', () => {
    const r = wq({ reference: { uin: '7814' }, question: { status: 'holding', tabled: '2024-10-08', answered: '2024-10-15' } });
    expect(formatOscolaCitation(r)).toBe('HC Written question 7814, tabled 8 October 2024, holding answer 15 October 2024');
  });
  it('no UIN in the source: no number', () => {
    const r = wq({ house: 'Lords', question: { status: 'answered', tabled: '2021-02-24', answered: '2021-03-10' } });
    expect(formatOscolaCitation(r)).toBe('HL Written question, tabled 24 February 2021, answered 10 March 2021');
  });
  it('no question dates recorded: the record date', () => {
    expect(formatOscolaCitation(wq({ reference: { uin: '7814' } }))).toBe('HC Written question 7814, 17 October 2024');
  });
  it('a numbered question printed in Hansard is cited by its column, with its UIN beside it', () => {
    const r = wq({ reference: { uin: '7814', column: '45' }, question: { status: 'answered', tabled: null, answered: '2024-10-17' } });
    expect(formatOscolaCitation(r)).toBe('HC Deb 17 October 2024, col 45W (UIN 7814)');
  });
  it('a modern numbered written statement', () => {
    expect(formatOscolaCitation(record({ kind: 'written-statement', date: '2019-03-12', reference: { uin: 'HCWS123' } }))).toBe(
      'HC Written statement HCWS123, 12 March 2019',
    );
  });
});

describe('reports', () => {
  it('committee, title, date', () => {
    const r = record({ kind: 'committee-report', title: 'Human trafficking', department: 'Home Affairs Committee', date: '2023-01-05' });
    expect(formatOscolaCitation(r)).toBe('Home Affairs Committee, Human trafficking (5 January 2023)');
  });
  it('without a date there are no empty brackets', () => {
    const r = record({ kind: 'committee-report', title: 'Human trafficking', department: 'Home Affairs Committee', date: null });
    expect(formatOscolaCitation(r)).toBe('Home Affairs Committee, Human trafficking');
  });
});

describe('CSL-JSON', () => {
  it('describes the contribution and leaves out what the source does not give', () => {
    const item = toCslItem(record(), answer, 'https://example.org/c/abcdefghijkm');
    expect(item).toEqual({
      id: 'hansard-abcdefghijkm',
      type: 'hearing',
      title: 'People Trafficking',
      author: [{ literal: 'Vernon Coaker' }],
      authority: 'House of Commons',
      issued: { 'date-parts': [[2007, 11, 26]] },
      genre: 'Oral answers',
      section: 'Home Department',
      publisher: 'UK Parliament',
      URL: 'https://example.org/c/abcdefghijkm',
      note: 'HC Deb 26 November 2007',
    });
  });
  it('a contribution with no named speaker has no author', () => {
    const item = toCslItem(record({ reference: { volume: '468', column: '1' } }), { ...answer, speaker: { name: null } }, 'u');
    expect(item.author).toBeUndefined();
    expect(item.volume).toBe('468');
    expect(item.page).toBe('1');
  });
});

describe('BibTeX', () => {
  it('escapes TeX specials and flattens line breaks', () => {
    expect(escapeBibtex('50% & {more}\n$5 #1 a_b ~x^2 \\')).toBe(
      '50\\% \\& \\{more\\} \\$5 \\#1 a\\_b \\textasciitilde{}x\\textasciicircum{}2 \\textbackslash{}',
    );
  });
  it('builds a @misc entry with balanced braces', () => {
    const entry = toBibtexEntry(record({ title: 'Costs {and} 100% of it' }), answer, 'https://example.org/c/abcdefghijkm');
    expect(entry).toBe(
      [
        '@misc{hansard-abcdefghijkm,',
        '  author = {{Vernon Coaker}},',
        '  title = {{Costs \\{and\\} 100\\% of it}},',
        '  howpublished = {HC Deb 26 November 2007},',
        '  organization = {House of Commons},',
        '  year = {2007},',
        '  month = nov,',
        '  date = {2007-11-26},',
        '  url = {https://example.org/c/abcdefghijkm},',
        '}',
        '',
      ].join('\n'),
    );
    let depth = 0;
    for (const [i, ch] of [...entry].entries()) {
      if (entry[i - 1] === '\\') continue;
      if (ch === '{') depth++;
      if (ch === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});
