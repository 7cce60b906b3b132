/**
 * The app server's search: the Meilisearch client (master key stays here, on the server) and
 * the one call routes make. Also says when the index is behind Postgres, so a page can tell users
 * results may be incomplete instead of silently missing them.
 */
import 'server-only';
import type { Meilisearch } from 'meilisearch';
import { getDb } from '../db/client';
import { getEnv } from '../env';
import { createSearchClient } from './client';
import { searchContributions, type SearchOutcome } from './search';
import type { SearchRequest } from './search-params';

let client: Meilisearch | undefined;

function getSearchClient(): Meilisearch {
  const env = getEnv();
  if (!env.MEILI_URL) throw new Error('MEILI_URL is not set: start the app with `npm start`, which sets it');
  client ??= createSearchClient(env.MEILI_URL, env.MEILI_MASTER_KEY);
  return client;
}

export class SearchUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SearchUnavailableError';
  }
}

export async function runSearch(request: SearchRequest): Promise<SearchOutcome & { pendingDocuments: number }> {
  const pendingDocuments = await getDb()
    .sourceDocument.count({ where: { indexedAt: null } })
    .catch(() => 0);
  try {
    const outcome = await searchContributions(getSearchClient(), getEnv().MEILI_INDEX, request);
    return { ...outcome, pendingDocuments };
  } catch (cause) {
    throw new SearchUnavailableError('the search service is not answering', { cause });
  }
}
