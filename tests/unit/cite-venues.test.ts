/**
 * Citations take their venue's form, checked on the shipped real ParlParse day files
 * (hansard/scrapedxml): Westminster Hall "WH" columns, Public Bill Committees in
 * OSCOLA's committee form, written answers and statements in their column series; and the
 * devolved legislatures' in each body's own style, on their real day files: the Scottish
 * Parliament's Official Report with its column, its written answers by reference, the NI
 * Assembly's Official Report (which prints no columns).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatOscolaCitation, type CitableRecord } from '@/lib/cite';
import { parseDocument } from '@/lib/parse';
import type { ParsedRecord } from '@/lib/parse/record';

const samples = join(__dirname, '../../hansard/scrapedxml');

/** The devolved legislatures' real day files (../shared/data/devolved, its README gives sources and licences). */
const devolved = join(__dirname, '../../../shared/data/devolved/scrapedxml');

function dayFile(path: string, root = samples): ParsedRecord[] {
  const file = join(root, path);
  return parseDocument(readFileSync(file), { fileName: file }).records;
}

const citable = (r: ParsedRecord): CitableRecord => ({ ...r, question: r.question ?? null });

/** The citation of the contribution with this ParlParse id, in its record. */
function citeContribution(path: string, sourceId: string, root = samples): string {
  for (const r of dayFile(path, root)) {
    const c = r.contributions.find((x) => x.sourceId === sourceId);
    if (c) return formatOscolaCitation(citable(r), c);
  }
  throw new Error(`${sourceId} is not in ${path}`);
}

describe('citations of the shipped real day files, by venue', () => {
  it('Commons chamber: the column as printed', () => {
    expect(citeContribution('debates/debates2009-10-29a.xml', 'uk.org.publicwhip/debate/2009-10-29a.421.4')).toBe('HC Deb 29 October 2009, col 421');
  });

  it('Westminster Hall: "WH" after the column, which the file prints bare', () => {
    expect(citeContribution('westminhall/westminster2009-10-28a.xml', 'uk.org.publicwhip/westminhall/2009-10-28a.71.1')).toBe(
      'HC Deb 28 October 2009, col 71WH',
    );
  });

  it("Public Bill Committee: OSCOLA's committee form, with the bill the file names", () => {
    const path = 'standing/standing2009-10-20_CHILDPOV_07-0_2009-10-29a.xml';
    const first = dayFile(path)
      .flatMap((r) => r.contributions)
      .find((c) => c.column === '213')!;
    expect(citeContribution(path, first.sourceId!)).toBe('PBC Deb (Child Poverty Bill) 29 October 2009, col 213');
  });

  it('Commons written answers: by their "W" column, with the UIN beside it', () => {
    const [charities] = dayFile('wrans/answers2009-10-29a.xml');
    expect(charities.title).toBe('Charities');
    expect(formatOscolaCitation(citable(charities))).toBe('HC Deb 29 October 2009, col 483W (UIN 292659)');
  });

  it('Lords written answers: "WA" before the column', () => {
    const [airQuality] = dayFile('lordswrans/lordswrans2009-10-27a.xml');
    expect(formatOscolaCitation(citable(airQuality))).toBe('HL Deb 27 October 2009, col WA115 (UIN HL5754)');
  });

  it('written statements: "WS" after (Commons) or before (Lords) the column', () => {
    expect(citeContribution('wms/ministerial2009-10-26c.xml', 'uk.org.publicwhip/wms/2009-10-26c.2WS.1')).toBe('HC Deb 26 October 2009, col 2WS');
    const [lords] = dayFile('lordswms/lordswms2009-10-26a.xml');
    expect(formatOscolaCitation(citable(lords))).toBe('HL Deb 26 October 2009, col WS87');
  });

  it('Lords chamber: the column as printed', () => {
    expect(citeContribution('lordspages/daylord2009-10-28a.xml', 'uk.org.publicwhip/lords/2009-10-28a.1159.4')).toBe('HL Deb 28 October 2009, col 1159');
  });
});

describe('venue forms without a file', () => {
  const base: CitableRecord = {
    title: 'Clause 1',
    kind: 'debate',
    house: 'Commons',
    date: '2009-10-29',
    department: null,
    question: null,
    reference: { uin: null, volume: null, column: '213' },
  };

  it('a Public Bill Committee without a bill named cites as "PBC Deb"', () => {
    expect(formatOscolaCitation({ ...base, venue: 'public-bill-committee' })).toBe('PBC Deb 29 October 2009, col 213');
  });

  it('a Lords Grand Committee bare column takes "GC"', () => {
    expect(formatOscolaCitation({ ...base, house: 'Lords', venue: 'lords-grand-committee', reference: { ...base.reference, column: '12' } })).toBe(
      'HL Deb 29 October 2009, col GC12',
    );
  });

  it("a contribution's own column pinpoints the record's", () => {
    expect(formatOscolaCitation({ ...base, venue: 'westminster-hall' }, { date: null, column: '215' })).toBe('HC Deb 29 October 2009, col 215WH');
  });
});

describe('devolved citations', () => {
  it('Scottish Parliament Official Report with the column the speech starts in', () => {
    expect(citeContribution('sp/sp2009-10-28.xml', 'uk.org.publicwhip/spor/2009-10-28.20529.2', devolved)).toBe(
      'Scottish Parliament Official Report 28 October 2009, col 20529',
    );
  });
  it('a Scottish Parliament written answer by its reference', () => {
    expect(citeContribution('sp-written/spwa2009-10-26.xml', 'uk.org.publicwhip/spwa/2009-10-26.S3W-28257.r0', devolved)).toBe(
      'Scottish Parliament Written Answer S3W-28257, 26 October 2009',
    );
  });
  it('Northern Ireland Assembly Official Report, no column (the report prints none)', () => {
    expect(citeContribution('ni/ni2009-10-12.xml', 'uk.org.publicwhip/ni/2009-10-12.1.2', devolved)).toBe(
      'Northern Ireland Assembly Official Report 12 October 2009',
    );
  });
});
