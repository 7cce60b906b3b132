import { describe, expect, it } from 'vitest';
import { requestPieces } from '../../../lib/ingest/index-documents';

const docs = (...counts: number[]) => counts.map((contributions, i) => ({ id: `d${i}`, contributions }));
const ids = (pieces: Iterable<Array<{ id: string }>>) => [...pieces].map((p) => p.map((d) => d.id));

describe('requestPieces (what one addition request to Meilisearch carries)', () => {
  it('groups consecutive documents up to the size, in order', () => {
    expect(ids(requestPieces(docs(4, 3, 3, 5, 1), 10))).toEqual([
      ['d0', 'd1', 'd2'],
      ['d3', 'd4'],
    ]);
  });

  it('sends a document larger than the size alone, and keeps documents without contributions', () => {
    expect(ids(requestPieces(docs(2, 25, 0, 3), 10))).toEqual([['d0'], ['d1'], ['d2', 'd3']]);
  });

  it('yields nothing for no documents', () => {
    expect(ids(requestPieces([], 10))).toEqual([]);
  });
});
