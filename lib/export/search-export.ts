/**
 * Export of a whole search (every page, up to a cap) as rows, then as CSV or JSON streams. The
 * search passed in fetches hits and the total only (app-search.ts runHitsOnly): no facet counts.
 * The search and the text lookup are passed in, so the paging and capping are tested without
 * services; routes wire them to Meilisearch and Postgres (run-search-export.ts).
 */
import type { ContributionExportFacts } from '../db/pages';
import type { SearchHit, SearchOutcome } from '../search/run-search';
import { toSearchParams, type SearchRequest } from '../search/search-params';
import { toCsvRow } from './csv';

/** At most this many rows per export; beyond it the export says it was capped. */
export const MAX_EXPORT_ROWS = 10_000;
/** Rows fetched per search call (the API's perPage limit). */
export const EXPORT_PAGE_SIZE = 100;

export interface ExportRow {
  id: string;
  url: string;
  date: string | null;
  type: string;
  speaker: SearchHit['speaker'];
  record: SearchHit['record'];
  /** The member register's person id of the speaker, when resolved (`uk.org.publicwhip/person/N`). */
  personId: string | null;
  /** The source's own id of the contribution (a TheyWorkForYou gid), when it gives one. */
  sourceId: string | null;
  /** Questions only: the question number(s) as printed and the question's status. */
  uin: string | null;
  status: string | null;
  /** The contribution's whole text (not the snippet), or null if it left Postgres since indexing. */
  text: string | null;
}

export interface SearchExportDeps {
  search: (request: SearchRequest) => Promise<SearchOutcome>;
  /** What Postgres adds to a hit: the whole text and the ids researchers join other data on. */
  factsById: (ids: string[]) => Promise<Map<string, ContributionExportFacts>>;
  /** Absolute origin for the rows' links, e.g. "https://example.org". */
  origin: string;
}

export interface SearchExport {
  request: SearchRequest;
  /** Hits the search has in all. */
  total: number;
  /** Rows this export will hold: min(total, cap). */
  rows: number;
  capped: boolean;
  maxRows: number;
  pages: AsyncGenerator<ExportRow[]>;
}

export type StartSearchExportResult = { ok: true; value: SearchExport } | { ok: false; error: string; param: string };

/** Runs the first page (so total and capping are known before anything is sent), then pages lazily. */
export async function startSearchExport(request: SearchRequest, deps: SearchExportDeps, maxRows = MAX_EXPORT_ROWS): Promise<StartSearchExportResult> {
  const pageSize = Math.min(EXPORT_PAGE_SIZE, maxRows);
  const first = await deps.search({ ...request, page: 1, perPage: pageSize });
  if (!first.ok) return first;
  const total = first.result.total;
  const rows = Math.min(total, maxRows);
  async function* pages(): AsyncGenerator<ExportRow[]> {
    let sent = 0;
    let hits = first.ok ? first.result.hits : [];
    for (let page = 1; hits.length && sent < rows; ) {
      const kept = hits.slice(0, rows - sent);
      yield await toExportRows(kept, deps);
      sent += kept.length;
      if (sent >= rows || hits.length < pageSize) return;
      page++;
      const next = await deps.search({ ...request, page, perPage: pageSize });
      if (!next.ok) throw new Error(`export page ${page} failed: ${next.error}`);
      hits = next.result.hits;
    }
  }
  return { ok: true, value: { request, total, rows, capped: total > maxRows, maxRows, pages: pages() } };
}

async function toExportRows(hits: SearchHit[], deps: SearchExportDeps): Promise<ExportRow[]> {
  const facts = await deps.factsById(hits.map((h) => h.id));
  return hits.map((h) => {
    const f = facts.get(h.id);
    return {
      id: h.id,
      url: `${deps.origin}${h.url}`,
      date: h.date,
      type: h.type,
      speaker: h.speaker,
      record: { ...h.record, url: `${deps.origin}${h.record.url}` },
      personId: f?.personId ?? null,
      sourceId: f?.sourceId ?? null,
      uin: f?.uin ?? null,
      status: f?.status ?? null,
      text: f?.text ?? null,
    };
  });
}

export const CSV_COLUMNS = [
  'id',
  'url',
  'date',
  'type',
  'speaker',
  'role',
  'party',
  'constituency',
  'person_id',
  'source_id',
  'record_id',
  'record_url',
  'record_title',
  'kind',
  'house',
  'uin',
  'question_status',
  'text',
] as const;

export function toCsvValues(row: ExportRow): string[] {
  const r = row.record;
  const s = row.speaker;
  return [
    row.id,
    row.url,
    row.date ?? '',
    row.type,
    s.name ?? '',
    s.role ?? '',
    s.party ?? '',
    s.constituency ?? '',
    row.personId ?? '',
    row.sourceId ?? '',
    r.id,
    r.url,
    r.title,
    r.kind,
    r.house ?? '',
    row.uin ?? '',
    row.status ?? '',
    row.text ?? '',
  ];
}

const encoder = new TextEncoder();

function toStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/** Header row, then one row per hit; the cap is told in headers (exportHeaders), not in the data. */
export function toCsvStream(exp: SearchExport): ReadableStream<Uint8Array> {
  return toStream(
    (async function* () {
      yield toCsvRow(CSV_COLUMNS);
      for await (const rows of exp.pages) yield rows.map((r) => toCsvRow(toCsvValues(r))).join('');
    })(),
  );
}

/** `{ query, total, exported, capped, maxRows, hits: [...] }`, streamed hit by hit. */
export function toJsonStream(exp: SearchExport): ReadableStream<Uint8Array> {
  const head = {
    query: toSearchParams({ ...exp.request, page: 1, perPage: 20 }).toString(),
    total: exp.total,
    exported: exp.rows,
    capped: exp.capped,
    maxRows: exp.maxRows,
  };
  return toStream(
    (async function* () {
      yield `${JSON.stringify(head).slice(0, -1)},"hits":[`;
      let first = true;
      for await (const rows of exp.pages) {
        for (const row of rows) {
          yield `${first ? '\n' : ',\n'}${JSON.stringify(row)}`;
          first = false;
        }
      }
      yield '\n]}\n';
    })(),
  );
}

/** X-Export-Capped says whether rows were left out ("true" / "false"); X-Export-Total and X-Export-Rows the counts. */
export function exportHeaders(exp: SearchExport, contentType: string, fileName: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename="${fileName}"`,
    'X-Export-Total': String(exp.total),
    'X-Export-Rows': String(exp.rows),
    'X-Export-Capped': String(exp.capped),
    'Cache-Control': 'no-store',
  });
}
