/**
 * Written questions for e2e specs: `addQuestions` brings the stand-in API's questions (variants of
 * the recorded answer, tests/support/wq-api-data.ts) through `syncQuestions` into the e2e database
 * and index; `removeQuestions` takes them out again so other specs see only the seeds.
 */
import { expect } from '@playwright/test';
import { createDb } from '../../lib/db/client';
import { deleteDocuments, deleteSyncCursors, findDocumentIds } from '../support/inventory';
import { QUESTIONS_API_FORMAT } from '../../lib/db/store';
import { createQuestionsApiClient } from '../../lib/questions/api-client';
import { CURSOR_SOURCE, syncQuestions } from '../../lib/questions/sync';
import { createSearchClient, waitForTask } from '../../lib/search/index-admin';
import { recordedDetailValue, VARIANTS } from '../support/wq-api-data';
import { startWqApiStandIn } from '../support/wq-api-stand-in';
import { E2E_INDEX, e2eServices } from './security-support';
import { getDefaultRegisterIndex } from '../../lib/members';

const services = e2eServices();
const FORMAT = QUESTIONS_API_FORMAT;
const LIFE = ['unanswered', 'unansweredNotDue', 'corrected', 'withdrawn', 'groupedFirst', 'groupedSecond', 'lords'] as const;

export async function removeQuestions() {
  const db = createDb(services.databaseUrl, 1);
  const ids = await findDocumentIds(db, { format: FORMAT });
  await deleteDocuments(db, ids);
  await deleteSyncCursors(db, CURSOR_SOURCE);
  await db.$disconnect();
  if (ids.length) {
    const index = createSearchClient(services.meiliUrl, services.meiliKey).index(E2E_INDEX);
    await waitForTask(index.deleteDocuments({ filter: `documentId IN [${ids.map((id) => `"${id}"`).join(', ')}]` }), 'removing the questions');
  }
}

/** Eight questions (tabled January 2024), through the real sync from a loopback stand-in of the API. */
export async function addQuestions() {
  await removeQuestions();
  const api = await startWqApiStandIn([recordedDetailValue(), ...LIFE.map((name) => VARIANTS[name]())]);
  const db = createDb(services.databaseUrl, 1);
  try {
    const summary = await syncQuestions(
      { from: '2024-01-01', to: '2024-03-31', house: null },
      {
        db,
        api: createQuestionsApiClient({ baseUrl: api.url, minIntervalMs: 0 }),
        search: { client: createSearchClient(services.meiliUrl, services.meiliKey), indexName: E2E_INDEX },
        register: getDefaultRegisterIndex(),
      },
    );
    expect(summary.failed).toEqual([]);
    expect(summary.stored).toBe(8);
  } finally {
    await db.$disconnect();
    await api.close();
  }
}
