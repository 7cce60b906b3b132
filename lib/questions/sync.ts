/**
 * `npm run sync -- --source questions`: pages through Parliament's Written Questions API for the
 * questions tabled, answered and corrected in a window (and the written statements made in it),
 * fetches a whole answer where the list cut it, stores each question as one record through the one
 * ingest step (lib/ingest/ingest-document.ts, one transaction each) and brings the index up to date. After every page the
 * cursor in Postgres says where the run stands: an interrupted run (API down, Ctrl-C) resumes
 * there when started again with the same window. An item that fails its schema is reported with
 * its id and skipped; nothing of it is stored.
 */
import { z } from 'zod';
import type { Meilisearch } from 'meilisearch';
import type { Db } from '../db/client';
import { QUESTIONS_API_FORMAT } from '../db/store';
import { readSyncCursor, writeSyncCursor } from '../db/store';
import { indexPendingDocuments, type IndexProgress } from '../ingest/index-documents';
import { ingestConverted } from '../ingest/ingest-document';
import type { RegisterIndex } from '../members';
import { parsedRecordSchema, type ParsedRecord } from '../parse/record';
import { apiQuestionSchema, apiStatementSchema, describeSchemaError, idOfRawItem } from './api-schema';
import { QuestionsApiError, type ListParams, type QuestionsApiClient } from './api-client';
import { isCutShort, questionDocumentKey, statementDocumentKey, toQuestionRecord, toStatementRecord } from './to-record';

export const CURSOR_SOURCE = 'questions';
/** Items per list request (the API's own default is 20). */
export const PAGE_SIZE = 100;

/** The passes of one run, in order: each lists what changed in the window in its own way. */
export const PHASES = ['tabled', 'answered', 'corrected', 'statements'] as const;
export type Phase = (typeof PHASES)[number];

export interface SyncWindow {
  from: string;
  to: string;
  house: 'Commons' | 'Lords' | null;
}

const windowSchema = z.object({ from: z.string(), to: z.string(), house: z.enum(['Commons', 'Lords']).nullable() });
const cursorSchema = z.object({
  /** The run under way: its window and where it stands. */
  run: windowSchema
    .extend({ phase: z.enum(PHASES), skip: z.number().int().nonnegative() })
    .nullable()
    .default(null),
  /** The last finished run's end: where a run without --from starts. */
  finishedThrough: z.string().nullable().default(null),
});
type Cursor = z.infer<typeof cursorSchema>;

export interface SyncServices {
  db: Db;
  api: QuestionsApiClient;
  search: { client: Meilisearch; indexName: string } | null;
  /** The register askers and ministers are resolved against (by Parliament's member id), chosen when the command started. */
  register: RegisterIndex;
  onProgress?: (p: { phase: Phase; done: number; total: number; stored: number }) => void;
  /** Items per list request (default PAGE_SIZE). */
  pageSize?: number;
}

export interface SyncSummary {
  window: SyncWindow;
  resumedFrom: { phase: Phase; skip: number } | null;
  listed: number;
  stored: number;
  unchanged: number;
  /** Items that failed their schema or could not be stored: skipped, reported by id. */
  failed: Array<{ id: string; reason: string }>;
  indexed: IndexProgress | null;
  indexError: string | null;
}

/** Today's date (UTC) as YYYY-MM-DD: the default end of a run's window. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The window of a run: --from, else where the last finished run ended, else a week back; --to, else today. */
export async function resolveWindow(db: Db, given: { from?: string; to?: string; house?: SyncWindow['house'] }, today: string): Promise<SyncWindow> {
  const cursor = await readCursor(db);
  const weekBack = new Date(Date.parse(`${today}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
  return { from: given.from ?? cursor.finishedThrough ?? weekBack, to: given.to ?? today, house: given.house ?? null };
}

async function readCursor(db: Db): Promise<Cursor> {
  const parsed = cursorSchema.safeParse((await readSyncCursor(db, CURSOR_SOURCE)) ?? {});
  return parsed.success ? parsed.data : cursorSchema.parse({});
}

const sameWindow = (a: SyncWindow, b: SyncWindow) => a.from === b.from && a.to === b.to && a.house === b.house;

function listParams(phase: Phase, w: SyncWindow, skip: number, take: number): ListParams {
  const window = phase === 'statements' ? { madeWhenFrom: w.from, madeWhenTo: w.to } : { [`${phase}WhenFrom`]: w.from, [`${phase}WhenTo`]: w.to };
  return { ...window, house: w.house ?? undefined, includeWithdrawn: phase === 'statements' ? undefined : true, expandMember: true, skip, take };
}

export async function syncQuestions(window: SyncWindow, services: SyncServices): Promise<SyncSummary> {
  const { db } = services;
  const cursor = await readCursor(db);
  const resume = cursor.run && sameWindow(cursor.run, window) ? { phase: cursor.run.phase, skip: cursor.run.skip } : null;
  const summary: SyncSummary = { window, resumedFrom: resume, listed: 0, stored: 0, unchanged: 0, failed: [], indexed: null, indexError: null };

  for (const phase of PHASES.slice(resume ? PHASES.indexOf(resume.phase) : 0)) {
    let skip = resume?.phase === phase ? resume.skip : 0;
    for (;;) {
      const params = listParams(phase, window, skip, services.pageSize ?? PAGE_SIZE);
      const page = phase === 'statements' ? await services.api.listStatements(params) : await services.api.listQuestions(params);
      for (const raw of page.values) {
        const outcome = await syncItem(phase, raw, services);
        // A question listed by several passes is reported once.
        if (outcome.kind === 'failed') summary.failed.some((f) => f.id === outcome.id) || summary.failed.push({ id: outcome.id, reason: outcome.reason });
        else summary[outcome.kind]++;
      }
      summary.listed += page.values.length;
      skip += page.values.length;
      const done = page.values.length === 0 || skip >= page.totalResults;
      await writeSyncCursor(db, CURSOR_SOURCE, {
        ...cursor,
        run: done && phase === PHASES[PHASES.length - 1] ? null : { ...window, phase: done ? PHASES[PHASES.indexOf(phase) + 1] : phase, skip: done ? 0 : skip },
      });
      services.onProgress?.({ phase, done: skip, total: page.totalResults, stored: summary.stored });
      if (done) break;
    }
  }
  await writeSyncCursor(db, CURSOR_SOURCE, { run: null, finishedThrough: window.to > (cursor.finishedThrough ?? '') ? window.to : cursor.finishedThrough });

  if (services.search) {
    try {
      summary.indexed = await indexPendingDocuments(db, services.search.client, services.search.indexName);
    } catch (e) {
      summary.indexError = e instanceof Error ? e.message : String(e);
    }
  } else summary.indexError = 'Meilisearch is not reachable';
  return summary;
}

type ItemOutcome = { kind: 'stored' | 'unchanged' } | { kind: 'failed'; id: string; reason: string };

/** One listed item: checked, made whole when the list cut it, stored unless unchanged. */
async function syncItem(phase: Phase, raw: unknown, services: SyncServices): Promise<ItemOutcome> {
  const what = phase === 'statements' ? 'statement' : 'question';
  const id = idOfRawItem(raw);
  try {
    let whole = raw;
    let checked = check(phase, whole);
    if (!checked.ok)
      return { kind: 'failed', id: `${what} ${id}`, reason: `${what} ${id}: skipped, the API answer does not fit its schema (${checked.reason})` };
    if (checked.cut) {
      whole = phase === 'statements' ? await services.api.getStatement(checked.id) : await services.api.getQuestion(checked.id);
      checked = check(phase, whole);
      if (!checked.ok)
        return { kind: 'failed', id: `${what} ${id}`, reason: `${what} ${id}: skipped, the API's whole answer does not fit its schema (${checked.reason})` };
    }
    const kind = await ingestConverted(services.db, services.register, {
      key: checked.key,
      fileName: `${services.api.baseUrl}${checked.path}`,
      format: QUESTIONS_API_FORMAT,
      rawText: JSON.stringify(whole, null, 2),
      records: [checked.record],
      replacesQuestionCopiesOf: checked.question,
    });
    return { kind };
  } catch (e) {
    // An unreachable API stops the run (resumable); a malformed or refused answer, or a store failure, costs this item only.
    if (e instanceof QuestionsApiError && e.kind === 'unreachable') throw e;
    if (e instanceof QuestionsApiError) return { kind: 'failed', id: `${what} ${id}`, reason: `${what} ${id}: skipped, ${e.message}` };
    return {
      kind: 'failed',
      id: `${what} ${id}`,
      reason: `${what} ${id}: could not be stored, nothing of it was written (${e instanceof Error ? e.message.split('\n').slice(-1)[0] : String(e)})`,
    };
  }
}

type Checked =
  | { ok: true; id: number; key: string; path: string; cut: boolean; record: ParsedRecord; question?: { house: string; tabled: string; uin: string } }
  | { ok: false; reason: string };

function check(phase: Phase, raw: unknown): Checked {
  if (phase === 'statements')
    return checkItem(apiStatementSchema, raw, (s) => ({
      key: statementDocumentKey(s),
      path: `/api/writtenstatements/statements/${s.id}`,
      cut: isCutShort(s.text),
      record: toStatementRecord(s),
    }));
  return checkItem(apiQuestionSchema, raw, (q) => ({
    key: questionDocumentKey(q),
    path: `/api/writtenquestions/questions/${q.id}`,
    cut: isCutShort(q.answerText),
    record: toQuestionRecord(q),
    question: { house: q.house, tabled: q.dateTabled, uin: q.uin.trim() },
  }));
}

/** An item must fit its schema, and the record mapped from it the shared record schema too, as every parser's output does. */
function checkItem<T extends { id: number }>(schema: z.ZodType<T>, raw: unknown, map: (item: T) => Omit<Extract<Checked, { ok: true }>, 'ok' | 'id'>): Checked {
  const item = schema.safeParse(raw);
  if (!item.success) return { ok: false, reason: describeSchemaError(item.error) };
  const mapped = map(item.data);
  const r = parsedRecordSchema.safeParse(mapped.record);
  return r.success
    ? { ok: true, id: item.data.id, ...mapped, record: r.data }
    : { ok: false, reason: `the record made from it is invalid (${describeSchemaError(r.error)})` };
}
