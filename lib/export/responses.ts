/**
 * The HTTP answers of the export and feed routes, so each route file is one call. Bad
 * parameters: 400 `{ error, param }` as /api/search; search down: 503 (both from lib/http).
 */
import 'server-only';
import { getContributionExportFacts } from '../db/pages';
import { getContributionFeedFacts, getRecordView } from '../db/pages';
import { badRequest, notFoundJson } from '../http/client-errors';
import { originFromRequest } from '../http/origin';
import { checkIdParam } from '../http/route-params';
import { withSearchService } from '../http/search-unavailable';
import { parseSearchParams, toSearchParams, DEFAULT_PER_PAGE, type SearchRequest } from '../search/search-params';
import { runHitsOnly } from '../search/app-search';
import { ATOM_CONTENT_TYPE } from './atom';
import { CSV_CONTENT_TYPE } from './csv';
import { buildQuestionFeed, buildSearchFeed, describeSearch } from './feeds';
import { exportHeaders, startSearchExport, toCsvStream, toJsonStream } from './search-export';

/** Entries in a search feed unless perPage asks otherwise. */
const SEARCH_FEED_SIZE = 50;

/** GET /api/search.csv and /api/search.json: every page of a search, up to MAX_EXPORT_ROWS. */
export async function respondWithSearchExport(req: Request, format: 'csv' | 'json'): Promise<Response> {
  const parsed = parseSearchParams(new URL(req.url).searchParams);
  if (!parsed.ok) return badRequest(parsed.error, parsed.param);
  return withSearchService(async () => {
    const started = await startSearchExport(parsed.value, { search: runHitsOnly, factsById: getContributionExportFacts, origin: originFromRequest(req) });
    if (!started.ok) return badRequest(started.error, started.param);
    const exp = started.value;
    return format === 'csv'
      ? new Response(toCsvStream(exp), { headers: exportHeaders(exp, CSV_CONTENT_TYPE, 'hansard-search.csv') })
      : new Response(toJsonStream(exp), { headers: exportHeaders(exp, 'application/json; charset=utf-8', 'hansard-search.json') });
  });
}

function searchUrl(origin: string, path: string, request: SearchRequest): string {
  const query = toSearchParams({ ...request, page: 1 }).toString();
  return `${origin}${path}${query ? `?${query}` : ''}`;
}

/** GET /search.atom: the newest contributions matching any search. */
export async function respondWithSearchFeed(req: Request): Promise<Response> {
  const parsed = parseSearchParams(new URL(req.url).searchParams);
  if (!parsed.ok) return badRequest(parsed.error, parsed.param);
  const request: SearchRequest = {
    ...parsed.value,
    sort: 'newest',
    page: 1,
    perPage: parsed.value.perPage === DEFAULT_PER_PAGE ? SEARCH_FEED_SIZE : parsed.value.perPage,
  };
  return withSearchService(async () => {
    const outcome = await runHitsOnly(request);
    if (!outcome.ok) return badRequest(outcome.error, outcome.param);
    const origin = originFromRequest(req);
    const facts = await getContributionFeedFacts(outcome.result.hits.map((h) => h.id));
    const xml = buildSearchFeed({
      description: describeSearch(request),
      hits: outcome.result.hits.map((h) => ({ ...h, text: facts.get(h.id)?.text ?? null, ingestedAt: facts.get(h.id)?.ingestedAt ?? null })),
      total: outcome.result.total,
      self: searchUrl(origin, '/search.atom', request),
      alternate: searchUrl(origin, '/search', request),
      origin,
      now: new Date().toISOString(),
    });
    return new Response(xml, { headers: { 'Content-Type': ATOM_CONTENT_TYPE } });
  });
}

/** GET /d/{id}/feed.atom: a written question and its answer, as one entry. */
export async function respondWithQuestionFeed(req: Request, id: string): Promise<Response> {
  const checked = checkIdParam(id);
  const record = checked ? await getRecordView(checked) : null;
  if (!record) return notFoundJson('no record with this id');
  if (record.kind !== 'written-question') return notFoundJson('only written questions have a feed: this record is not one', { record: record.url });
  return new Response(buildQuestionFeed(record, originFromRequest(req)), { headers: { 'Content-Type': ATOM_CONTENT_TYPE } });
}
