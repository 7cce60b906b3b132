import { describe, expect, it } from 'vitest';
import type { DayRecordColumns } from '@/lib/db/proxy';
import { columnNumber, matchCitation } from '@/lib/references/match-citation';

function record(
  id: string,
  columns: Array<string | null>,
  over: { volume?: string | null; column?: string | null; bill?: string | null } = {},
): DayRecordColumns {
  return {
    target: {
      recordId: id,
      contributionId: null,
      title: id,
      kind: 'debate',
      house: 'Commons',
      date: '2009-10-28',
      venue: 'westminster-hall',
      column: over.column ?? columns[0] ?? null,
      speakerName: null,
    },
    volume: over.volume ?? null,
    bill: over.bill ?? null,
    contributions: columns.map((column, i) => ({ id: `${id}-${i}`, column, speakerName: `Speaker ${i}` })),
  };
}

const found = (targets: ReturnType<typeof matchCitation>) => targets.map((t) => `${t.recordId}${t.contributionId ? `@${t.contributionId}` : ''}`);

describe('matchCitation', () => {
  const day = [record('a', ['71', '71', '72', '74']), record('b', ['74', '75']), record('c', ['77'])];

  it('names the first contribution printed in the cited column', () => {
    expect(found(matchCitation(day, { volume: null, column: 72 }))).toEqual(['a@a-2']);
  });

  it('gives every record a column is shared by, at its first contribution there', () => {
    expect(found(matchCitation(day, { volume: null, column: 74 }))).toEqual(['a@a-3', 'b@b-0']);
  });

  it('a column no contribution starts in is the one running into it', () => {
    expect(found(matchCitation(day, { volume: null, column: 73 }))).toEqual(['a@a-2']);
    expect(found(matchCitation(day, { volume: null, column: 76 }))).toEqual(['b@b-1']);
  });

  it('a column before the first of the day matches nothing held', () => {
    expect(matchCitation(day, { volume: null, column: 3 })).toEqual([]);
  });

  it('without a column, every record of the day is a candidate', () => {
    expect(found(matchCitation(day, { volume: null, column: null }))).toEqual(['a', 'b', 'c']);
  });

  it('a volume the record holds must agree; a record without one is not excluded by it', () => {
    const volumes = [record('x', ['3'], { volume: '468' }), record('y', ['3'], { volume: 'Volume 469' }), record('z', ['3'])];
    expect(found(matchCitation(volumes, { volume: '468', column: 3 }))).toEqual(['x@x-0', 'z@z-0']);
  });

  it("a bill named in a PBC citation must be the sitting's; a bill number cannot be checked, so it keeps both", () => {
    const sittings = [record('poverty', ['213'], { bill: 'Child Poverty Bill' }), record('equality', ['213'], { bill: 'Equality Bill' })];
    expect(found(matchCitation(sittings, { volume: null, column: 213, bill: 'Child Poverty Bill' }))).toEqual(['poverty@poverty-0']);
    expect(found(matchCitation(sittings, { volume: null, column: 213, bill: 'child poverty bill' }))).toEqual(['poverty@poverty-0']);
    expect(found(matchCitation(sittings, { volume: null, column: 213, bill: 'Bill 13' }))).toEqual(['poverty@poverty-0', 'equality@equality-0']);
  });

  it('records without any column (copied pages) are candidates only when nothing with columns matches', () => {
    const seed = record('seed', [null, null], { column: null });
    expect(found(matchCitation([seed], { volume: '468', column: 3 }))).toEqual(['seed']);
    expect(found(matchCitation([seed, record('a', ['3'])], { volume: null, column: 3 }))).toEqual(['a@a-0']);
  });

  it('a record that holds only its first column matches when that is the column cited', () => {
    const page = record('page', [null], { column: '45' });
    expect(found(matchCitation([page], { volume: null, column: 45 }))).toEqual(['page']);
    expect(matchCitation([page], { volume: null, column: 46 })).toEqual([]);
  });
});

describe('columnNumber', () => {
  it.each([
    ['483W', 483],
    ['WA115', 115],
    ['GC12', 12],
    ['71', 71],
    [null, null],
    ['', null],
  ])('%s → %s', (text, n) => {
    expect(columnNumber(text)).toBe(n);
  });
});
