/**
 * `syncQuestions` against a stand-in of Parliament's Written Questions API on loopback, serving the
 * real recorded questions plus variants (tests/support/wq-api-data.ts), into the real Postgres and
 * Meilisearch: what is stored, the status facet and filter through /api/search, UIN search, a
 * holding answer replaced between two runs (same permalinks, the feed gains the answer), an
 * interrupted run resumed, and answers that fail their schema.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSupersedingQuestionRecordId } from '../../lib/db/proxy';
import { createQuestionsApiClient, QuestionsApiError } from '../../lib/questions/api-client';
import { syncQuestions, type SyncServices, type SyncWindow } from '../../lib/questions/sync';
import { ingestInto, resetDatabaseAndIndex, testRuntime, pointRoutesAt } from '../support/fixtures';
import { recordedDetailValue, recordedListValues, VARIANTS } from '../support/wq-api-data';
import { startWqApiStandIn, type StandIn } from '../support/wq-api-stand-in';
import { countRecords, deleteSyncCursors, findRecordsByUin } from '../support/inventory';
import { getDefaultRegisterIndex } from '../../lib/members';

const rt = testRuntime('it_questions');
pointRoutesAt(rt);
const searchRoute = await import('../../app/api/search/route');
const feedRoute = await import('../../app/d/[id]/feed.atom/route');

const WINDOW: SyncWindow = { from: '2024-01-01', to: '2024-03-31', house: null };
const LIFE = ['unanswered', 'unansweredNotDue', 'holding', 'corrected', 'withdrawn', 'groupedFirst', 'groupedSecond', 'lords'] as const;
const everything = (replace: Partial<Record<(typeof LIFE)[number], () => Record<string, unknown>>> = {}) => [
  ...recordedListValues(),
  recordedDetailValue(),
  ...LIFE.map((name) => (replace[name] ?? VARIANTS[name])()),
];

let api: StandIn;

function services(extra: Partial<SyncServices> = {}): SyncServices {
  return {
    db: rt.db,
    api: createQuestionsApiClient({ baseUrl: api.url, minIntervalMs: 0, backoffMs: 1, retries: 1 }),
    search: { client: rt.search, indexName: rt.indexName },
    register: getDefaultRegisterIndex(),
    ...extra,
  };
}

async function freshStart() {
  await resetDatabaseAndIndex(rt);
  await deleteSyncCursors(rt.db);
}

const recordByUin = async (uin: string) => {
  const [record] = await findRecordsByUin(rt.db, uin);
  if (!record) throw new Error(`no record with UIN ${uin}`);
  return record;
};

async function apiSearch(query: string) {
  const response = await searchRoute.GET(new Request(`http://localhost/api/search?${query}`) as never);
  expect(response.status).toBe(200);
  return (await response.json()) as { total: number; hits: Array<{ record: { id: string }; type: string }>; facets: Record<string, Record<string, number>> };
}

beforeAll(async () => {
  api = await startWqApiStandIn(everything());
});
afterAll(async () => {
  await api.close();
  await rt.db.$disconnect();
});

describe('syncing written questions from the API', () => {
  beforeAll(freshStart);

  it('stores every question once, with asker, department, minister, dates, UIN and status', async () => {
    const summary = await syncQuestions(WINDOW, services());
    expect(summary.failed).toEqual([]);
    expect(summary.stored).toBe(29);
    expect(summary.indexError).toBeNull();
    expect(await countRecords(rt.db)).toBe(29);
    // The list cut 7926's answer: its whole answer was fetched.
    expect(api.requests).toContain('/api/writtenquestions/questions/1679416?expandMember=true&sessionStatus=Any');

    const q7926 = await recordByUin('7926');
    expect(q7926).toMatchObject({ kind: 'written-question', house: 'Commons', department: 'Department for Education', questionStatus: 'answered' });
    expect([q7926.tabledDate, q7926.dueDate, q7926.answeredDate].map((d) => d?.toISOString().slice(0, 10))).toEqual(['2024-01-05', '2024-01-10', '2024-01-10']);
    const [question, answer] = q7926.contributions;
    expect(question).toMatchObject({ type: 'question', resolutionStatus: 'resolved', resolvedName: 'Seema Malhotra' });
    expect(answer).toMatchObject({ type: 'answer', answersIds: [question.id], resolvedName: 'Robert Halfon' });
    expect(answer.text).toMatch(/in due course\.$/);

    expect(await recordByUin('HL1234')).toMatchObject({ house: 'Lords', questionStatus: 'unanswered' });
    expect(await recordByUin('9004')).toMatchObject({ questionStatus: 'withdrawn' });
    expect(await recordByUin('9003')).toMatchObject({
      questionStatus: 'corrected',
      questionDetails: expect.objectContaining({ originalAnswer: 'There were 12 starts.' }),
    });
  });

  it('counts questions by status, and overdue ones by today, through /api/search', async () => {
    const unanswered = await apiSearch('status=unanswered');
    expect(unanswered.total).toBe(3);
    expect(unanswered.hits.every((h) => h.type === 'question')).toBe(true);
    expect(unanswered.facets.status).toEqual({ answered: 20, corrected: 4, unanswered: 3, holding: 1, withdrawn: 1 });
    // 9001 (due 2024-01-11) and HL1234 (due 2024-01-22) are overdue; 9008 is due in 2999.
    const overdue = await apiSearch('status=overdue&sort=due');
    expect(overdue.total).toBe(2);
    expect(overdue.hits.map((h) => h.record.id)).toEqual([(await recordByUin('9001')).id, (await recordByUin('HL1234')).id]);
    expect((await apiSearch('status=overdue&house=Lords')).total).toBe(1);
  });

  it('finds a question by its UIN', async () => {
    const found = await apiSearch('q=7926');
    expect(found.hits.map((h) => h.record.id)).toContain((await recordByUin('7926')).id);
  });

  it('changes nothing on a second run over the same answers', async () => {
    const summary = await syncQuestions(WINDOW, services());
    // Listed 58 times: 29 tabled, 25 answered and 4 corrected in the window.
    expect(summary).toMatchObject({ listed: 58, stored: 0, unchanged: 58, failed: [] });
  });

  it('keeps the permalinks when a holding answer becomes the answer, and the feed gains it', async () => {
    const before = await recordByUin('9002');
    expect(before.questionStatus).toBe('holding');
    const feedBefore = await (
      await feedRoute.GET(new Request(`http://localhost/d/${before.id}/feed.atom`), { params: Promise.resolve({ id: before.id }) })
    ).text();
    expect(feedBefore).not.toContain('£185 million');

    api.setQuestions(everything({ holding: VARIANTS.holdingThenAnswered }));
    const summary = await syncQuestions(WINDOW, services());
    expect(summary.stored).toBe(1);

    const after = await recordByUin('9002');
    expect(after.id).toBe(before.id);
    expect(after.contributions.map((c) => c.id)).toEqual(before.contributions.map((c) => c.id));
    expect(after).toMatchObject({ questionStatus: 'answered', questionDetails: expect.objectContaining({ holding: '2024-01-11' }) });
    const feedAfter = await (
      await feedRoute.GET(new Request(`http://localhost/d/${after.id}/feed.atom`), { params: Promise.resolve({ id: after.id }) })
    ).text();
    expect(feedAfter).toContain('Further education colleges will receive £185 million in 2024-25.');
    expect((await apiSearch('status=holding')).total).toBe(0);
  });
});

describe('an interrupted run', () => {
  beforeAll(async () => {
    await freshStart();
    api.setQuestions(everything());
    api.clearFaults();
  });

  it('stops when the API stays down, keeps what it stored, and resumes at the day it stopped on', async () => {
    api.failWhen('skip=10&', { status: 500 });
    const error = await syncQuestions(WINDOW, services({ pageSize: 5 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuestionsApiError);
    expect(await countRecords(rt.db)).toBe(10);

    api.clearFaults();
    api.requests.length = 0;
    const summary = await syncQuestions(WINDOW, services({ pageSize: 5 }));
    expect(summary.resumedFrom).toEqual({ phase: 'tabled', day: '2024-01-05' });
    expect(api.requests[0]).toMatch(/tabledWhenFrom=2024-01-05.*skip=0&/);
    // The days before it were read already: not asked for again.
    expect(api.requests.some((r) => /tabledWhenFrom=2024-01-0[1-4]/.test(r))).toBe(false);
    expect(summary).toMatchObject({ failed: [] });
    expect(await countRecords(rt.db)).toBe(29);
  });
});

describe('answers that fail their schema', () => {
  beforeAll(async () => {
    await freshStart();
    api.clearFaults();
  });

  it('skips a question that fails its schema or whose whole answer is malformed, naming it, and stores the rest', async () => {
    api.setQuestions([...everything(), { ...recordedDetailValue(), id: 1799999, uin: '9999', dateTabled: '2024-01-09T00:00:00', house: 'Parliament' }]);
    api.failWhen('/api/writtenquestions/questions/1679416', { malformed: true });
    const summary = await syncQuestions(WINDOW, services());
    expect(summary.failed.map((f) => f.id).sort()).toEqual(['question 1679416', 'question 1799999']);
    expect(summary.failed.find((f) => f.id === 'question 1799999')?.reason).toMatch(
      /^question 1799999: skipped, the API answer does not fit its schema \(house: /,
    );
    expect(summary.failed.find((f) => f.id === 'question 1679416')?.reason).toMatch(/the answer is not JSON/);
    expect(await countRecords(rt.db)).toBe(28);
    expect(await countRecords(rt.db, { uins: ['9999', '7926'] })).toBe(0);
  });
});

/** A modern ParlParse written-answers day file holding question 7926 (its url gives the date tabled, its heading id the UIN). */
const PARLPARSE_7926 = `<?xml version="1.0" encoding="UTF-8"?>
<publicwhip scrapeversion="a" latest="yes">
<major-heading id="uk.org.publicwhip/wrans/2024-01-10a.0.0" nospeaker="true">EDUCATION</major-heading>
<minor-heading id="uk.org.publicwhip/wrans/2024-01-10a.7926.h" nospeaker="true">Apprentices: Employment Agencies</minor-heading>
<ques id="uk.org.publicwhip/wrans/2024-01-10a.7926.q0" person_id="uk.org.publicwhip/person/24955" speakername="Seema Malhotra" url="https://questions-statements.parliament.uk/written-questions/detail/2024-01-05/7926">
  <p>To ask the Secretary of State for Education, how many (a) starts and (b) completions of flexi-job apprenticeships there have been through the flexi-job apprenticeship agencies register since February 2022.</p>
</ques>
<reply id="uk.org.publicwhip/wrans/2024-01-10a.7926.r0" person_id="uk.org.publicwhip/person/24765" speakername="Robert Halfon">
  <p>The department is supporting sectors with short-term project-based work through flexi-Job apprenticeship agencies.</p>
</reply>
</publicwhip>
`;

describe('a question from both the API and a ParlParse written-answers file', () => {
  let dir: string;
  beforeAll(async () => {
    await freshStart();
    api.clearFaults();
    dir = mkdtempSync(path.join(tmpdir(), 'wrans-'));
    writeFileSync(path.join(dir, 'answers2024-01-10a.xml'), PARLPARSE_7926);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const indexedRecordIds = async () =>
    (await rt.search.index(rt.indexName).getDocuments({ fields: ['recordId'], limit: 1000 })).results.map((d) => d.recordId as string);

  it('is shown once: the ParlParse copy leaves the index and its page points to the API record', async () => {
    const ingested = await ingestInto(rt, [dir]);
    expect(ingested.failed).toEqual([]);
    const copy = await recordByUin('7926');
    expect(copy.tabledDate?.toISOString().slice(0, 10)).toBe('2024-01-05');
    expect(await indexedRecordIds()).toContain(copy.id);

    api.setQuestions([recordedDetailValue()]);
    const summary = await syncQuestions(WINDOW, services());
    expect(summary.stored).toBe(1);
    const home = (await findRecordsByUin(rt.db, '7926')).find((r) => r.id !== copy.id);
    if (!home) throw new Error('no second record with UIN 7926');
    const indexed = await indexedRecordIds();
    expect(indexed).toContain(home.id);
    expect(indexed).not.toContain(copy.id);
    expect(await getSupersedingQuestionRecordId(copy.id)).toBe(home.id);
    expect(await getSupersedingQuestionRecordId(home.id)).toBeNull();
    expect((await apiSearch('q=flexi-job&kind=written-question&type=question')).total).toBe(1);
  });
});
