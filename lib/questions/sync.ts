/**
 * `npm run sync -- --source questions`: reads Parliament's Written Questions API for the questions
 * tabled, answered and corrected in a window (and the written statements made in it), one day at a
 * time until a pass over the day is stable, fetches an item whole where the list may have cut it
 * (a question at the list's 255-character limit, an answer or statement ending "..."), stores
 * each as one record through the one ingest step (lib/ingest/ingest-document.ts, one transaction
 * each) and brings the index up to date. Before every day the cursor in Postgres says where the run
 * stands: an interrupted run (API down, Ctrl-C) resumes at that day when started again with the same window. An item that fails its schema is reported with
 * its id and skipped; nothing of it is stored.
 */
import { z } from 'zod';
import type { Meilisearch } from 'meilisearch';
import type { Db } from '../db/client';
import { currentDepartmentName, QUESTIONS_API_FORMAT, readSyncCursor, writeSyncCursor } from '../db/store';
import { indexPendingDocuments, type IndexProgress } from '../ingest/index-documents';
import { ingestConverted } from '../ingest/ingest-document';
import type { RegisterIndex } from '../members';
import { parsedRecordSchema, type ParsedRecord } from '../parse/record';
import { apiQuestionSchema, apiStatementSchema, describeSchemaError, idOfRawItem } from './api-schema';
import { QuestionsApiError, type ListParams, type QuestionsApiClient } from './api-client';
import { isCutShort, mayBeCutQuestion, questionDocumentKey, statementDocumentKey, toQuestionRecord, toStatementRecord } from './to-record';

export const CURSOR_SOURCE = 'questions';
/** Items per list request (the API's own default is 20). */
export const PAGE_SIZE = 100;
/** Passes over one slice before it is reported as unstable (Parliament kept adding to it while we read). */
export const SLICE_PASSES = 3;
/** Requests of one page that answered `results: null` before it is reported. */
export const NULL_PAGE_ATTEMPTS = 3;

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
  /** The run under way: its window and the slice (pass, day) it reads; a run of an older shape is not resumed. */
  run: windowSchema
    .extend({ phase: z.enum(PHASES), day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) })
    .nullable()
    .default(null)
    .catch(null),
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
  onProgress?: (p: { phase: Phase; day: string; done: number; total: number; stored: number }) => void;
  /** Items per list request (default PAGE_SIZE). */
  pageSize?: number;
}

export interface SyncSummary {
  window: SyncWindow;
  resumedFrom: { phase: Phase; day: string } | null;
  /** Items read, each once per pass it is listed by however often the API listed it. */
  listed: number;
  stored: number;
  unchanged: number;
  /** Items the API gives no UIN: kept under their API id ("question 1700010 (Commons, tabled 2024-01-08)"). */
  withoutUin: string[];
  /** Items that failed their schema or could not be stored, pages that never came, slices never read stably: reported by id. */
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

const DAY_MS = 86_400_000;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/**
 * The window's days, in order: the slices a pass is read in. The API's sort order is not documented,
 * so paging with skip over a set that grows while we read can skip or repeat items; a day is the
 * smallest slice its date filters give, and each is read until one pass over it is stable.
 */
export function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

function listParams(phase: Phase, w: SyncWindow, day: string, skip: number, take: number): ListParams {
  const window = phase === 'statements' ? { madeWhenFrom: day, madeWhenTo: day } : { [`${phase}WhenFrom`]: day, [`${phase}WhenTo`]: day };
  return { ...window, house: w.house ?? undefined, includeWithdrawn: phase === 'statements' ? undefined : true, expandMember: true, skip, take };
}

export async function syncQuestions(window: SyncWindow, services: SyncServices): Promise<SyncSummary> {
  const { db } = services;
  const cursor = await readCursor(db);
  const resume = cursor.run && sameWindow(cursor.run, window) ? { phase: cursor.run.phase, day: cursor.run.day } : null;
  const summary: SyncSummary = { window, resumedFrom: resume, listed: 0, stored: 0, unchanged: 0, withoutUin: [], failed: [], indexed: null, indexError: null };
  const days = daysOf(window.from, window.to);
  /** The first day some slice of this run could not be read whole: the run is finished only up to the day before. */
  let firstIncomplete: string | null = null;

  for (const phase of PHASES.slice(resume ? PHASES.indexOf(resume.phase) : 0)) {
    for (const day of days) {
      if (resume?.phase === phase && day < resume.day) continue;
      await writeSyncCursor(db, CURSOR_SOURCE, { ...cursor, run: { ...window, phase, day } });
      const whole = await syncSlice(phase, day, window, services, summary);
      if (!whole && (!firstIncomplete || day < firstIncomplete)) firstIncomplete = day;
    }
  }
  const through = firstIncomplete ? addDays(firstIncomplete, -1) : window.to;
  const finishedThrough = through >= window.from && through > (cursor.finishedThrough ?? '') ? through : cursor.finishedThrough;
  await writeSyncCursor(db, CURSOR_SOURCE, { run: null, finishedThrough });

  if (services.search) {
    try {
      summary.indexed = await indexPendingDocuments(db, services.search.client, services.search.indexName);
    } catch (e) {
      summary.indexError = e instanceof Error ? e.message : String(e);
    }
  } else summary.indexError = 'Meilisearch is not reachable';
  return summary;
}

/**
 * One pass's items of one day, read until a pass over it is stable: every page gave the same
 * total and the distinct ids read equal it. Items are handled once by id however many passes and
 * pages list them, so answers Parliament adds while we read are neither skipped nor repeated.
 * False when the slice could not be read whole (reported in the summary).
 */
async function syncSlice(phase: Phase, day: string, window: SyncWindow, services: SyncServices, summary: SyncSummary): Promise<boolean> {
  const what = `${phase === 'statements' ? 'statements made' : `questions ${phase}`} on ${day}`;
  const handled = new Set<string>();
  const take = services.pageSize ?? PAGE_SIZE;
  let problem = '';
  for (let pass = 1; pass <= SLICE_PASSES; pass++) {
    const seen = new Set<string>();
    const totals = new Set<number>();
    let skip = 0;
    let missingPage = false;
    for (;;) {
      const page = await listPage(phase, listParams(phase, window, day, skip, take), services);
      if (!page) {
        missingPage = true;
        break;
      }
      totals.add(page.totalResults);
      for (const raw of page.values) {
        const id = idOfRawItem(raw);
        seen.add(id);
        if (handled.has(id)) continue;
        handled.add(id);
        summary.listed++;
        const outcome = await syncItem(phase, raw, services);
        // A question listed by several passes is reported once.
        if (outcome.kind === 'failed') summary.failed.some((f) => f.id === outcome.id) || summary.failed.push({ id: outcome.id, reason: outcome.reason });
        else {
          summary[outcome.kind]++;
          if (outcome.withoutUin && !summary.withoutUin.includes(outcome.withoutUin)) summary.withoutUin.push(outcome.withoutUin);
        }
      }
      skip += page.values.length;
      services.onProgress?.({ phase, day, done: skip, total: page.totalResults, stored: summary.stored });
      if (page.values.length === 0 || skip >= page.totalResults) break;
    }
    const [total] = totals;
    if (missingPage) problem = `the API answered a page with no results (results: null) ${NULL_PAGE_ATTEMPTS} times`;
    else if (totals.size === 1 && seen.size === total) return true;
    else problem = `the total changed while it was read (${[...totals].join(' → ')}), or the ids read (${seen.size}) did not match it`;
  }
  summary.failed.push({
    id: `${phase} ${day}`,
    reason: `${what}: not read whole after ${SLICE_PASSES} passes (${problem}); what was read is stored, and the next run reads this day again`,
  });
  return false;
}

/** One list page; a page whose `results` is null (the description allows it) is asked for again, then given up (null). */
async function listPage(phase: Phase, params: ListParams, services: SyncServices): Promise<{ totalResults: number; values: unknown[] } | null> {
  for (let attempt = 1; attempt <= NULL_PAGE_ATTEMPTS; attempt++) {
    const page = phase === 'statements' ? await services.api.listStatements(params) : await services.api.listQuestions(params);
    if (page.values) return { totalResults: page.totalResults, values: page.values };
  }
  return null;
}

type ItemOutcome = { kind: 'stored' | 'unchanged'; withoutUin?: string } | { kind: 'failed'; id: string; reason: string };

/** One listed item: checked, made whole when the list may have cut it, stored unless unchanged. */
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
    const withoutUin = checked.record.reference.uin
      ? undefined
      : `${what} ${checked.id} (${checked.record.house}, ${checked.record.date}): no UIN, kept under its id`;
    // A renamed department keeps its id: every record of it is shown under its newest name.
    if (checked.department) checked.record.department = await currentDepartmentName(services.db, checked.department);
    const kind = await ingestConverted(services.db, services.register, {
      key: checked.key,
      fileName: `${services.api.baseUrl}${checked.path}`,
      format: QUESTIONS_API_FORMAT,
      rawText: JSON.stringify(whole, null, 2),
      records: [checked.record],
      replacesQuestionCopiesOf: checked.question,
    });
    return { kind, withoutUin };
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
  | {
      ok: true;
      id: number;
      key: string;
      path: string;
      cut: boolean;
      record: ParsedRecord;
      /** The answering department as this item names it, and the day it did. */
      department: { id: number; name: string; asOf: string } | null;
      question?: { house: string; tabled: string; uin: string };
    }
  | { ok: false; reason: string };

function departmentOf(
  item: { answeringBodyId?: number | null; answeringBodyName?: string | null },
  asOf: string,
): Extract<Checked, { ok: true }>['department'] {
  const name = item.answeringBodyName?.trim();
  return item.answeringBodyId && item.answeringBodyId > 0 && name ? { id: item.answeringBodyId, name, asOf } : null;
}

function check(phase: Phase, raw: unknown): Checked {
  if (phase === 'statements')
    return checkItem(apiStatementSchema, raw, (s) => ({
      key: statementDocumentKey(s),
      path: `/api/writtenstatements/statements/${s.id}`,
      cut: !s.text || isCutShort(s.text),
      record: toStatementRecord(s),
      department: departmentOf(s, s.dateMade),
    }));
  return checkItem(apiQuestionSchema, raw, (q) => ({
    key: questionDocumentKey(q),
    path: `/api/writtenquestions/questions/${q.id}`,
    cut: mayBeCutQuestion(q),
    record: toQuestionRecord(q),
    department: departmentOf(q, q.dateAnswered ?? q.dateTabled),
    // The ParlParse copy is matched on the UIN: a question without one has no copy to match.
    question: q.uin?.trim() ? { house: q.house, tabled: q.dateTabled, uin: q.uin.trim() } : undefined,
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
