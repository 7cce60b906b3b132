/**
 * The 503 for "Meilisearch is not answering" (lib/search/app-search.ts throws
 * SearchUnavailableError), shared by /api/search, the exports and the search feed. Kept apart from
 * the database's 503 so that proxy.ts never loads the search client.
 */
import { SearchUnavailableError } from '../search/app-search';
import { RETRY_AFTER_SECONDS } from './database-unavailable';

export const SEARCH_UNAVAILABLE_MESSAGE = 'search is temporarily unavailable; try again in a moment';

export function searchUnavailableJson(): Response {
  return Response.json(
    { error: SEARCH_UNAVAILABLE_MESSAGE },
    { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' } },
  );
}

/** Runs a search-backed answer; a search outage becomes the 503, anything else is rethrown (500). */
export async function withSearchService(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof SearchUnavailableError) return searchUnavailableJson();
    throw e;
  }
}
