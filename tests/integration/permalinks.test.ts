/**
 * Permalinks survive corrections: a re-ingested document whose contribution changed leaves an
 * alias to the new id (301), one whose contribution disappeared an alias to nothing (410).
 * Checked in the database, through proxy.ts, the JSON API and the citation downloads.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contributionResponseSchema } from '../../lib/api-schemas';
import { ingestPaths } from '../../lib/ingest/ingest';
import type { DocumentToStore } from '../../lib/db/store';
import { listAliases, listContributions } from '../support/inventory';
import { storeDocument } from '../../lib/db/store';
import { documentId } from '../../lib/ids';
import { getDefaultRegisterIndex, resolveRecordSpeakers } from '../../lib/members';
import { resetDatabase, testRuntime, pointRoutesAt } from '../support/fixtures';
import { oralAnswersRecord } from '../support/parsed-records';
import { ROOT } from '../support/test-services';

const rt = testRuntime('it_permalinks');
pointRoutesAt(rt);

const { proxy } = await import('../../proxy');
const contributionRoute = await import('../../app/api/contributions/[id]/route');
const cslRoute = await import('../../app/c/[id]/cite.json/route');
const bibRoute = await import('../../app/c/[id]/cite.bib/route');

const ORIGIN = 'http://localhost:3000';
const params = (id: string) => ({ params: Promise.resolve({ id }) });

function synthetic(texts: string[]): DocumentToStore {
  const record = oralAnswersRecord(
    'Permalink test debate',
    texts.map((text, i) => ({
      speaker: { name: i % 2 ? 'Vernon Coaker' : 'Phyllis Starkey', role: null, party: null, constituency: null },
      type: i % 2 ? 'answer' : 'question',
      date: '2007-11-26',
      time: null,
      text,
      answers: i % 2 ? i - 1 : null,
    })),
  );
  const resolutions = resolveRecordSpeakers(getDefaultRegisterIndex(), [record]);
  return {
    key: 'permalink-test',
    fileName: 'permalink-test.txt',
    sha256: texts.join('|'),
    format: 'test',
    rawText: texts.join('\n'),
    records: [record],
    resolutions,
  };
}

async function idsInOrder(): Promise<string[]> {
  return (await listContributions(rt.db, { documentId: documentId('permalink-test') })).map((c) => c.id);
}

describe('permalinks after a corrected document', () => {
  let before: string[];
  let after: string[];

  beforeAll(async () => {
    await resetDatabase(rt.db);
    await storeDocument(rt.db, synthetic(['What steps is she taking?', 'A comprehensive plan.', 'Will he meet me?', 'Yes.']));
    before = await idsInOrder();
    await storeDocument(rt.db, synthetic(['What steps is she taking?', 'A comprehensive action plan.', 'Will he meet me?']));
    after = await idsInOrder();
  });
  afterAll(async () => {
    await rt.db.$disconnect();
  });

  it('keeps unchanged contributions, aliases the changed one to its new id and the removed one to nothing', async () => {
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[2]);
    expect(after[1]).not.toBe(before[1]);
    const aliases = await listAliases(rt.db);
    expect(aliases.map(({ oldId, newId }) => ({ oldId, newId })).sort((a, b) => a.oldId.localeCompare(b.oldId))).toEqual(
      [
        { oldId: before[1], newId: after[1] },
        { oldId: before[3], newId: null },
      ].sort((a, b) => a.oldId.localeCompare(b.oldId)),
    );
  });

  it('proxy: 301 to the new id for a changed contribution', async () => {
    const res = await proxy(new NextRequest(`${ORIGIN}/c/${before[1]}`));
    expect(res.status).toBe(301);
    expect(new URL(res.headers.get('location')!).pathname).toBe(`/c/${after[1]}`);
  });

  it('proxy: 410 with a link to the record for a removed contribution', async () => {
    const res = await proxy(new NextRequest(`${ORIGIN}/c/${before[3]}`));
    expect(res.status).toBe(410);
    const recordId = (await listContributions(rt.db)).find((c) => c.id === after[0])!.recordId;
    expect(await res.text()).toContain(`href="/d/${recordId}"`);
  });

  it('proxy: a live id goes on to the page; an unknown or malformed one is the 404 page, with its text', async () => {
    expect((await proxy(new NextRequest(`${ORIGIN}/c/${after[1]}`))).headers.get('x-middleware-next')).toBe('1');
    for (const id of ['aaaaaaaaaaaa', 'not-an-id']) {
      const res = await proxy(new NextRequest(`${ORIGIN}/c/${id}`));
      expect(res.status, id).toBe(404);
      expect(await res.text()).toContain('No contribution at this address');
    }
  });

  it('JSON API: 301, 410 naming the record, 404 for an id that never existed', async () => {
    const moved = await contributionRoute.GET(new Request(`${ORIGIN}/api/contributions/${before[1]}`), params(before[1]));
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe(`${ORIGIN}/api/contributions/${after[1]}`);
    const gone = await contributionRoute.GET(new Request(`${ORIGIN}/api/contributions/${before[3]}`), params(before[3]));
    expect(gone.status).toBe(410);
    expect((await gone.json()).record).toMatch(/^\/d\/[a-z2-9]{12}$/);
    expect((await contributionRoute.GET(new Request(`${ORIGIN}/api/contributions/aaaaaaaaaaaa`), params('aaaaaaaaaaaa'))).status).toBe(404);
  });

  it('JSON API: a live contribution answers in the shape /api/openapi.json documents', async () => {
    const res = await contributionRoute.GET(new Request(`${ORIGIN}/api/contributions/${after[1]}`), params(after[1]));
    const body = contributionResponseSchema.parse(await res.json());
    expect(body.answersTo.map((c) => c.id)).toEqual([after[0]]);
    expect(body.record.reference).toEqual({ uin: null, volume: '468', column: '1' });
  });

  it('citation downloads follow the same rules and cite the live contribution', async () => {
    const moved = await cslRoute.GET(new Request(`${ORIGIN}/c/${before[1]}/cite.json`), params(before[1]));
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe(`${ORIGIN}/c/${after[1]}/cite.json`);
    expect((await bibRoute.GET(new Request(`${ORIGIN}/c/${before[3]}/cite.bib`), params(before[3]))).status).toBe(410);
    const csl = await cslRoute.GET(new Request(`${ORIGIN}/c/${after[1]}/cite.json`), params(after[1]));
    expect(csl.status).toBe(200);
    const [item] = await csl.json();
    expect(item).toMatchObject({
      id: `hansard-${after[1]}`,
      note: 'HC Deb 26 November 2007, vol 468, col 1',
      author: [{ literal: 'Vernon Coaker' }],
      URL: `${ORIGIN}/c/${after[1]}`,
    });
    const bib = await (await bibRoute.GET(new Request(`${ORIGIN}/c/${after[1]}/cite.bib`), params(after[1]))).text();
    expect(bib).toMatch(new RegExp(`^@misc\\{hansard-${after[1]},`));
    expect(bib).toContain('howpublished = {HC Deb 26 November 2007, vol 468, col 1}');
  });
});

describe('re-ingesting a real seed with one answer corrected', () => {
  it('moves only that answer to a new id and leaves an alias to it', async () => {
    await resetDatabase(rt.db);
    const seed = path.join(ROOT, 'seeds', '002_737171ab14034b46.txt');
    const dir = mkdtempSync(path.join(tmpdir(), 'permalinks-'));
    const copy = path.join(dir, path.basename(seed));
    copyFileSync(seed, copy);
    const first = await ingestPaths([copy], { db: rt.db, search: null, register: getDefaultRegisterIndex() });
    expect(first.failed).toEqual([]);
    const all = async () => listContributions(rt.db);
    const before = await all();
    const target = before.find((c) => c.text.startsWith('A comprehensive UK action plan'));
    expect(target?.speakerName).toBe('Vernon Coaker');

    writeFileSync(copy, readFileSync(seed, 'utf8').replace('A comprehensive UK action plan', 'A comprehensive national action plan'));
    const second = await ingestPaths([copy], { db: rt.db, search: null, register: getDefaultRegisterIndex() });
    expect(second.failed).toEqual([]);
    expect(second.stored).toBe(1);
    const after = await all();
    expect(after).toHaveLength(before.length);
    const changed = after.filter((c, i) => c.id !== before[i].id);
    expect(changed).toHaveLength(1);
    expect(changed[0].text.startsWith('A comprehensive national action plan')).toBe(true);
    const alias = (await listAliases(rt.db)).find((a) => a.oldId === target!.id);
    expect(alias?.newId).toBe(changed[0].id);
  });
});
