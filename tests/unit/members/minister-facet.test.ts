import { describe, expect, it } from 'vitest';
import type { IndexableContribution } from '@/lib/db/store';
import { toSearchDocuments } from '@/lib/search/documents';

const base: IndexableContribution = {
  id: 'c',
  position: 0,
  speakerName: 'Baroness Williams of Trafford',
  role: 'Chief Whip, House of Lords',
  party: null,
  constituency: null,
  type: 'answer',
  date: '2021-03-10',
  text: 'An answer.',
};
const doc = (c: Partial<IndexableContribution>) =>
  toSearchDocuments({
    id: 'r',
    documentId: 'd',
    title: 'T',
    kind: 'written-question',
    house: 'Lords',
    date: null,
    department: null,
    venue: 'written-answers',
    uin: null,
    contributions: [{ ...base, ...c }],
  })[0];

describe('minister, party and seat facets from the register', () => {
  it('names a resolved speaker who held a government post that day, whatever the page printed', () => {
    expect(doc({ personId: 'p/5', resolutionStatus: 'resolved', resolvedName: 'Baroness Williams of Trafford', resolvedMinister: true }).minister).toBe(
      'Baroness Williams of Trafford',
    );
    expect(
      doc({
        speakerName: 'Mr Coaker',
        role: null,
        type: 'speech',
        personId: 'p/1',
        resolutionStatus: 'resolved',
        resolvedName: 'Vernon Coaker',
        resolvedMinister: true,
      }).minister,
    ).toBe('Vernon Coaker');
  });

  it('leaves out a resolved speaker the register shows without a government post, even when the page prints one', () => {
    expect(
      doc({ role: 'Minister for Widgets', type: 'speech', personId: 'p/9', resolutionStatus: 'resolved', resolvedName: 'X', resolvedMinister: false }).minister,
    ).toBeNull();
  });

  it('counts an answer where the register has no offices for the date, and keeps the printed heuristic for unresolved speakers', () => {
    expect(doc({ personId: 'p/9', resolutionStatus: 'resolved', resolvedName: 'Y', resolvedMinister: null }).minister).toBe('Y');
    expect(doc({ resolutionStatus: 'ambiguous' }).minister).toBe('Baroness Williams of Trafford');
    expect(doc({ type: 'speech', role: null, resolutionStatus: 'unknown' }).minister).toBeNull();
  });

  it('fills party and seat from the register only when the source printed none', () => {
    expect(doc({ party: null, resolvedParty: 'Liberal Democrat', resolvedConstituency: 'Oxford West and Abingdon' })).toMatchObject({
      party: 'Liberal Democrat',
      constituency: 'Oxford West and Abingdon',
    });
    expect(doc({ party: 'Labour', constituency: 'Rotherham', resolvedParty: 'Labour/Co-operative', resolvedConstituency: 'X' })).toMatchObject({
      party: 'Labour',
      constituency: 'Rotherham',
    });
  });
});
