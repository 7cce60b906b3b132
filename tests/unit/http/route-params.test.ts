/** The id check in front of every /x/{id} route agrees with the ids lib/ids.ts makes. */
import { describe, expect, it } from 'vitest';
import { contributionIds, documentId, recordId } from '../../../lib/ids';
import { checkIdParam, readIdParam } from '../../../lib/http/route-params';

describe('checkIdParam', () => {
  it('accepts every kind of id lib/ids.ts makes', () => {
    const ids = Array.from({ length: 300 }, (_, i) => [documentId(`doc-${i}`), recordId(`doc-${i}`, i), ...contributionIds('r', [{ text: `t${i}` }])]).flat();
    for (const id of ids) expect(checkIdParam(id)).toBe(id);
  });

  it('refuses what cannot be one of ours before it reaches a query', () => {
    for (const raw of ['', 'not-an-id', 'AAAAAAAAAAAA', 'aaaaaaaaaaa', 'aaaaaaaaaaaaa', 'aaaaaaaaaaa1', "aaaaaaaaaa'"]) expect(checkIdParam(raw)).toBeNull();
  });

  it('reads a route’s params promise', async () => {
    expect(await readIdParam(Promise.resolve({ id: documentId('x') }))).toBe(documentId('x'));
    expect(await readIdParam(Promise.resolve({ id: '../etc' }))).toBeNull();
  });
});
