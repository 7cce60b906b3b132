/**
 * The two pure row mappings (lib/db/store/document-rows.ts, lib/db/store/indexable.ts): a parsed document →
 * its rows, and rows → what the index is built from. What they must keep: ids from lib/ids.ts,
 * answers pointing at ids, one speaker row per printed name, resolutions written as given, and
 * nothing but the indexed columns passed on.
 */
import { describe, expect, it } from 'vitest';
import { CONTRIBUTION_COLUMNS, RECORD_COLUMNS, toDocumentRows, type DocumentToStore } from '@/lib/db/store';
import { toIndexableRecords } from '@/lib/db/store';
import { RESOLUTION_COLUMNS, type ResolutionFacts } from '@/lib/db/store';
import { contributionIds, documentId, recordId } from '@/lib/ids';
import { oralAnswersRecord } from '../../support/parsed-records';

const speaker = (name: string | null) => ({ name, role: null, party: null, constituency: null });

const record = oralAnswersRecord('Human Trafficking', [
  { speaker: speaker('Phyllis Starkey'), type: 'question', date: null, time: null, text: 'What steps is she taking?', answers: null },
  { speaker: speaker('Vernon Coaker'), type: 'answer', date: '2007-11-27', time: '14:30', text: 'A comprehensive plan.', answers: 0 },
  { speaker: speaker('Vernon Coaker'), type: 'answer', date: null, time: null, text: 'And more.', answers: [0, 7] },
  { speaker: speaker(null), type: 'statement', date: null, time: null, text: 'Bill read a Second time.', answers: null },
]);

const coaker: ResolutionFacts = {
  status: 'resolved',
  reason: 'by name',
  personId: 'uk.org.publicwhip/person/10121',
  name: 'Vernon Coaker',
  party: 'Labour',
  constituency: 'Gedling',
  house: 'Commons',
  offices: [
    {
      title: 'Parliamentary Under-Secretary',
      department: 'Home Office',
      kind: 'ministerial',
      start: '2006-05-08',
      end: null,
      government: true,
      beyondRegister: false,
    },
  ],
  minister: true,
};

const doc: DocumentToStore = {
  key: 'debates2007-11-26',
  fileName: 'debates2007-11-26a.xml',
  sha256: 'abc',
  format: 'test',
  rawText: 'raw',
  records: [record],
  resolutions: [[null, coaker, coaker, null]],
};

describe('toDocumentRows', () => {
  const rows = toDocumentRows(doc);
  const recId = recordId(doc.key, 0, undefined);
  const ids = contributionIds(recId, record.contributions);

  it('gives the document, record and contributions their ids from lib/ids.ts', () => {
    expect(rows.document).toMatchObject({ id: documentId(doc.key), sourceKey: doc.key, fileName: doc.fileName });
    expect(rows.records.map((r) => [r.id, r.documentId, r.position])).toEqual([[recId, documentId(doc.key), 0]]);
    expect(rows.contributions.map((c) => c.id)).toEqual(ids);
    expect(rows.contributions.map((c) => c.recordId)).toEqual([recId, recId, recId, recId]);
  });

  it('points answers at the ids of the contributions they answer, dropping ones out of range', () => {
    expect(rows.contributions.map((c) => c.answersIds)).toEqual([[], [ids[0]], [ids[0]], []]);
  });

  it('keeps one speaker row per printed name, and none for an unnamed contribution', () => {
    expect(rows.speakers.map((s) => s.name)).toEqual(['Phyllis Starkey', 'Vernon Coaker']);
    expect(rows.contributions[1].speakerId).toBe(rows.contributions[2].speakerId);
    expect(rows.contributions[3].speakerId).toBeNull();
  });

  it('writes each resolution as given beside the printed fields, and nulls where there is none', () => {
    expect(rows.contributions[1]).toMatchObject({
      speakerName: 'Vernon Coaker',
      party: null,
      personId: coaker.personId,
      resolvedParty: 'Labour',
      resolvedMinister: true,
      resolutionStatus: 'resolved',
    });
    expect(rows.contributions[1].resolvedOffices).toEqual(coaker.offices);
    for (const k of RESOLUTION_COLUMNS) expect(rows.contributions[0][k], k).toBeNull();
  });

  it('lists exactly the columns each row has', () => {
    expect([...RECORD_COLUMNS].sort()).toEqual(Object.keys(rows.records[0]).sort());
    expect([...CONTRIBUTION_COLUMNS].sort()).toEqual(Object.keys(rows.contributions[0]).sort());
  });

  it('refuses resolutions that do not line up with the contributions', () => {
    expect(() => toDocumentRows({ ...doc, resolutions: [[null, coaker]] })).toThrow(/do not line up/);
  });
});

describe('toIndexableRecords', () => {
  const rows = toDocumentRows(doc);
  const [indexable] = toIndexableRecords(rows);

  it("puts each record's contributions under it, in order, with the record's own fields", () => {
    expect(indexable).toMatchObject({ id: rows.records[0].id, documentId: rows.document.id, title: 'Human Trafficking', date: '2007-11-26', house: 'Commons' });
    expect(indexable.contributions.map((c) => c.text)).toEqual(record.contributions.map((c) => c.text));
    expect(indexable.contributions[1]).toMatchObject({
      date: '2007-11-27',
      personId: coaker.personId,
      resolvedName: 'Vernon Coaker',
      resolvedMinister: true,
    });
  });

  it('passes on only the columns the index uses', () => {
    for (const k of ['recordId', 'answersIds', 'resolvedOffices', 'resolutionReason', 'sourceId', 'speakerId', 'time'])
      expect(indexable.contributions[1]).not.toHaveProperty(k);
    expect(indexable).not.toHaveProperty('position');
  });
});
