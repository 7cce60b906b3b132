/**
 * `syncQuestions` against the stand-in serving what the API's published description allows and our
 * recordings do not show (tests/support/wq-api-data.ts DESCRIBED_CASES, STATEMENTS), into the real
 * Postgres and Meilisearch: a question the list cut at 255 characters stored whole and found by its
 * last words; no UIN, Bicameral, unknown fields and a null `results` page not stopping the run; a
 * correcting statement and the statement it corrects each showing the other; a renamed department
 * keeping its questions together; answers Parliament adds while a run reads neither skipped nor
 * repeated.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StatementLinks } from '../../components/record/statement-links';
import { getStatementRecordsByApiId, getStatementsLinkingTo } from '../../lib/db/pages';
import { getRecordView } from '../../lib/db/pages';
import { readSyncCursor } from '../../lib/db/store';
import { countRecords, deleteSyncCursors, findRecordsByUin, listRecords } from '../support/inventory';
import { createQuestionsApiClient } from '../../lib/questions/api-client';
import { CURSOR_SOURCE, syncQuestions, type SyncServices, type SyncWindow } from '../../lib/questions/sync';
import { pointRoutesAt, resetDatabaseAndIndex, testRuntime } from '../support/fixtures';
import {
  CUT_QUESTION_ENDING,
  CUT_QUESTION_ID,
  DESCRIBED_CASES,
  recordedDetailValue,
  recordedListValues,
  STATEMENTS,
  VARIANTS,
  wholeOfCutQuestion,
} from '../support/wq-api-data';
import { getDefaultRegisterIndex } from '../../lib/members';
import { startWqApiStandIn, type StandIn } from '../support/wq-api-stand-in';

const rt = testRuntime('it_questions_described');
pointRoutesAt(rt);
const searchRoute = await import('../../app/api/search/route');

let api: StandIn;
const client = () => createQuestionsApiClient({ baseUrl: api.url, minIntervalMs: 0, backoffMs: 1, retries: 1 });
const services = (extra: Partial<SyncServices> = {}): SyncServices => ({
  db: rt.db,
  api: client(),
  search: { client: rt.search, indexName: rt.indexName },
  register: getDefaultRegisterIndex(),
  ...extra,
});
const recordedWithWholeCut = () => recordedListValues().map((v) => (v.id === CUT_QUESTION_ID ? wholeOfCutQuestion() : v));

async function freshStart() {
  await resetDatabaseAndIndex(rt);
  await deleteSyncCursors(rt.db);
  api.clearFaults();
  api.beforeList = null;
}

async function apiSearch(query: string) {
  const response = await searchRoute.GET(new Request(`http://localhost/api/search?${query}`) as never);
  expect(response.status).toBe(200);
  return (await response.json()) as { total: number; hits: Array<{ record: { id: string }; type: string }>; facets: Record<string, Record<string, number>> };
}

const recordTitled = async (title: string) => {
  const found = (await listRecords(rt.db)).find((r) => r.title === title);
  if (!found) throw new Error(`no record titled ${title}`);
  return found;
};

beforeAll(async () => {
  api = await startWqApiStandIn();
});
afterAll(async () => {
  await api.close();
  await rt.db.$disconnect();
});

describe('the stand-in cuts as the real list does', () => {
  it('gives back, for the recorded day, exactly the texts the recording holds: 5 of 20 questions cut at 255, answers at 255 + "..."', async () => {
    const recorded = recordedListValues();
    expect(recorded.filter((v) => (v.questionText as string).length === 255)).toHaveLength(5);
    api.setQuestions(recordedWithWholeCut());
    const page = await client().listQuestions({ tabledWhenFrom: '2024-01-05', tabledWhenTo: '2024-01-05', take: 20 });
    const listed = new Map((page.values ?? []).map((v) => [(v as { id: number }).id, v as Record<string, unknown>]));
    expect(listed.size).toBe(20);
    for (const v of recorded) {
      expect(listed.get(v.id as number)?.questionText).toBe(v.questionText);
      expect(listed.get(v.id as number)?.answerText).toBe(v.answerText);
    }
  });
});

describe('a run over what the description allows', () => {
  const WINDOW: SyncWindow = { from: '2024-01-01', to: '2024-02-29', house: null };
  let summary: Awaited<ReturnType<typeof syncQuestions>>;
  beforeAll(async () => {
    await freshStart();
    api.setQuestions([...recordedWithWholeCut(), recordedDetailValue(), ...Object.values(DESCRIBED_CASES).map((make) => make())]);
    api.setStatements(Object.values(STATEMENTS).map((make) => make()));
    api.requests.length = 0;
    summary = await syncQuestions(WINDOW, services());
  });

  it('asks for every session on every request', () => {
    expect(api.requests.length).toBeGreaterThan(0);
    expect(api.requests.filter((r) => !r.includes('sessionStatus=Any'))).toEqual([]);
  });

  it('stores a question the list cut at 255 characters whole, found by its last words', async () => {
    expect(api.requests).toContain(`/api/writtenquestions/questions/${CUT_QUESTION_ID}?expandMember=true&sessionStatus=Any`);
    const [record] = await findRecordsByUin(rt.db, '8158');
    expect(record.contributions[0].text.endsWith(CUT_QUESTION_ENDING)).toBe(true);
    const found = await apiSearch('q=Pembrokeshire&type=question');
    expect(found.hits.map((h) => h.record.id)).toEqual([record.id]);
  });

  it('is not stopped by a question without a UIN, a Bicameral one or an unknown field: each stored, the first named in the summary', async () => {
    expect(summary.failed).toEqual([]);
    // 20 recorded + 1 recorded detail + 4 described questions + 3 statements.
    expect(summary.stored).toBe(28);
    expect(summary.withoutUin).toEqual(['question 1700010 (Commons, 2024-01-09): no UIN, kept under its id']);
    const noUin = await recordTitled('Schools: Transport');
    expect(noUin).toMatchObject({ uin: null, sourceUrl: null, house: 'Commons' });
    expect(noUin.warnings).toContain("The API answer gives no UIN: kept under Parliament's id 1700010");
    expect(await recordTitled('Schools: Buildings')).toMatchObject({
      house: 'Bicameral',
      questionDetails: expect.objectContaining({ declaredInterest: true }),
    });
    expect(await recordTitled('Schools: Heating')).toMatchObject({ uin: '9012' });
    expect(await recordTitled('Education Council')).toMatchObject({ kind: 'written-statement', house: 'Bicameral' });
    expect((await apiSearch('house=Bicameral')).facets.house).toMatchObject({ Bicameral: 2 });
  });

  it('shows the [R] of a declared interest on the question', async () => {
    const view = await getRecordView((await recordTitled('Schools: Buildings')).id);
    expect(view?.question?.declaredInterest).toBe(true);
  });

  it('links a correcting statement to the statement it corrects, and that statement to its correction, with the attachment', async () => {
    const original = await recordTitled('Apprenticeship Starts');
    const correction = await recordTitled('Apprenticeship Starts: Correction');
    // The list cut the correction's text: it was read whole from the statement's own endpoint.
    expect(api.requests).toContain('/api/writtenstatements/statements/1800002?expandMember=true&sessionStatus=Any');
    const correctionView = await getRecordView(correction.id);
    expect(correctionView?.contributions[0].text).toMatch(/should have read 21,000, not 12,000\.$/);
    expect(correctionView?.statement).toMatchObject({ noticeNumber: 7, links: [{ type: 'CorrectedStatement', statementId: 1800001, date: '2024-01-15' }] });

    const originalView = await getRecordView(original.id);
    if (!originalView?.statement || !correctionView?.statement) throw new Error('no statement facts stored');
    const render = async (view: typeof originalView) => {
      if (!view.statement) throw new Error('not a statement');
      const [linked, linking] = await Promise.all([
        getStatementRecordsByApiId(view.statement.links.map((l) => l.statementId)),
        getStatementsLinkingTo(view.statement.apiId),
      ]);
      return renderToStaticMarkup(createElement(StatementLinks, { statement: view.statement, date: view.date, linked, linking }));
    };
    const correctionPage = await render(correctionView);
    expect(correctionPage).toContain(`Corrects <a href="/d/${original.id}"`);
    expect(correctionPage).toContain('Levy figures</a> (PDF, 200 KB)');
    const originalPage = await render(originalView);
    expect(originalPage).toContain(`Corrected by <a href="/d/${correction.id}"`);
    expect(originalPage).toContain('notice number 4');
  });

  it('shows every question of a renamed department under its newest name', async () => {
    const ofDepartment = (await listRecords(rt.db)).filter((r) => r.departmentId === 60);
    // Every item the stand-in served under body 60: the recorded detail (7926), the described questions, the statements.
    const served = [recordedDetailValue(), ...Object.values(DESCRIBED_CASES).map((make) => make()), ...Object.values(STATEMENTS).map((make) => make())];
    expect(ofDepartment).toHaveLength(served.filter((v) => v.answeringBodyId === 60).length);
    expect(served.filter((v) => v.answeringBodyName === 'Department for Education').length).toBeGreaterThan(1);
    expect(new Set(ofDepartment.map((r) => r.department))).toEqual(new Set(['Department for Education and Skills']));
    const facet = (await apiSearch('type=question')).facets.department;
    expect(facet['Department for Education']).toBeUndefined();
    expect(facet['Department for Education and Skills']).toBe(ofDepartment.filter((r) => r.kind === 'written-question').length);
  });
});

describe('a page whose results are null', () => {
  beforeAll(freshStart);

  it('is asked for again; a day that never comes is reported, and the run is finished only up to the day before', async () => {
    api.setQuestions([recordedDetailValue(), VARIANTS.unanswered()]);
    api.setStatements([]);
    api.queueFaults({ nullResults: true });
    api.failWhen('tabledWhenFrom=2024-01-08', { nullResults: true });
    const summary = await syncQuestions({ from: '2024-01-01', to: '2024-01-31', house: null }, services());
    expect(summary.failed.map((f) => f.id)).toEqual(['tabled 2024-01-08']);
    expect(summary.failed[0].reason).toMatch(/^questions tabled on 2024-01-08: not read whole after 3 passes \(the API answered a page with no results/);
    expect(await countRecords(rt.db, { uins: ['7926'] })).toBe(1);
    expect(await readSyncCursor(rt.db, CURSOR_SOURCE)).toMatchObject({ run: null, finishedThrough: '2024-01-07' });
  });
});

describe('answers Parliament adds while a run reads', () => {
  beforeAll(freshStart);

  it('are neither skipped nor repeated: the day is read again until a pass is stable, each item handled once', async () => {
    const day = '2024-01-05';
    const initial = [...recordedListValues(), recordedDetailValue()];
    const added = [0, 1, 2].map((n) => ({ ...VARIANTS.unanswered(), id: 1700030 + n, uin: `903${n}`, dateTabled: `${day}T00:00:00`, heading: `Added ${n}` }));
    api.setQuestions(initial);
    api.setStatements([]);
    // After the first page of the day, three new questions appear in front of the list: paging on
    // with skip would list five already read again and never reach the last three.
    let pages = 0;
    api.beforeList = (request) => {
      if (request.includes(`tabledWhenFrom=${day}`) && ++pages === 2) api.addQuestions(added);
    };
    api.requests.length = 0;
    const summary = await syncQuestions({ from: day, to: day, house: null }, services({ pageSize: 5 }));
    expect(summary.failed).toEqual([]);
    expect(summary).toMatchObject({ listed: initial.length + added.length, stored: initial.length + added.length, unchanged: 0 });
    expect(await countRecords(rt.db)).toBe(initial.length + added.length);
    // Read twice: the first pass saw its total change.
    expect(api.requests.filter((r) => r.includes(`tabledWhenFrom=${day}`) && r.includes('skip=0&'))).toHaveLength(2);
  });
});
