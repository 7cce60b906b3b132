/**
 * Divisions from parse to rows, on the hand-made bad-lists file and a real excerpt: the unknown
 * member id stays as printed with nobody behind it, a member on both lists keeps both rows, an
 * unknown vote value is stored as printed, and a later version of the day writes the same ids.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDocumentToStore } from '@/lib/ingest/ingest-document';
import { toDocumentRows } from '@/lib/db/store';
import { getDefaultRegisterIndex } from '@/lib/members';
import { parseDocument } from '@/lib/parse';

const DIR = path.join(__dirname, '../../fixtures/divisions');
const register = getDefaultRegisterIndex();

function rowsOf(file: string, text = readFileSync(path.join(DIR, file), 'latin1'), fileName = file) {
  const parsed = parseDocument(Buffer.from(text, 'latin1'), { fileName });
  const doc = toDocumentToStore(register, { key: 'debates2009-10-26', fileName, sha256: 'x', format: parsed.format, rawText: text, records: parsed.records });
  return toDocumentRows(doc);
}

describe('division rows', () => {
  const rows = rowsOf('debates2009-10-26b.bad-lists.xml');
  const [odd] = rows.divisions;
  const votes = rows.votes.filter((v) => v.divisionId === odd.id);

  it('keeps every name as printed, with its vote, in list order', () => {
    expect(votes.map((v) => [v.name, v.vote])).toEqual([
      ['Afriyie, Adam', 'aye'],
      ['Nobody, Mr. Known', 'aye'],
      ['Amess, Mr. David', 'both'],
      ['Ancram, rh Mr. Michael', 'both'],
      ['Afriyie, Adam', 'no'],
      ['Arbuthnot, rh Mr. James', 'unstated'],
    ]);
  });

  it('an unknown member id names nobody and keeps the printed name; a member on both lists has two rows for one person', () => {
    const nobody = votes.find((v) => v.sourceRef === 'uk.org.publicwhip/member/999999')!;
    expect(nobody.personId).toBeNull();
    expect(nobody.resolutionReason).toMatch(/not in the member register/);
    const both = votes.filter((v) => v.sourceRef === 'uk.org.publicwhip/member/1929');
    expect(both).toHaveLength(2);
    expect(both[0].personId).not.toBeNull();
    expect(both[1].personId).toBe(both[0].personId);
  });

  it('keeps printed counts apart from the lists, and links the debate and the place in it', () => {
    expect(odd).toMatchObject({ ayes: 2, noes: 0, printedCounts: { ayes: 2, noes: 0, tellerayes: 2, tellernoes: 2 }, number: '231', time: '22:15' });
    expect(rows.records.map((r) => r.id)).toContain(odd.sectionRecordId);
    expect(rows.contributions.find((c) => c.id === odd.afterContributionId)?.recordId).toBe(odd.sectionRecordId);
    expect(rows.divisions[1]).toMatchObject({ ayes: null, noes: null, printedCounts: {} });
  });

  it('a later version of the day (another version letter) writes the same division and vote ids', () => {
    const text = readFileSync(path.join(DIR, 'debates2009-10-26b.bad-lists.xml'), 'latin1').replaceAll('2009-10-26b.', '2009-10-26c.');
    const later = rowsOf('debates2009-10-26c.bad-lists.xml', text, 'debates2009-10-26c.xml');
    expect(later.divisions.map((d) => d.id)).toEqual(rows.divisions.map((d) => d.id));
    expect(later.votes.map((v) => v.id)).toEqual(rows.votes.map((v) => v.id));
  });

  it('Lords contents are stored as aye and not-contents as no', () => {
    const lords = rowsOf('daylord2009-10-28a.lords-contents.xml');
    expect(new Set(lords.votes.map((v) => v.vote))).toEqual(new Set(['aye', 'no']));
    expect(lords.divisions[0]).toMatchObject({ ayes: 66, noes: 124 });
  });
});
