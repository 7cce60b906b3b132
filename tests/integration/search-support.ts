/**
 * The seed documents parsed and indexed straight into a test index (no Postgres) through the same
 * row and index mappings ingest uses, so search tests exercise the real Meilisearch with the real
 * settings and documents, and `search` runs a URL query.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toDocumentRows } from '../../lib/db/store';
import { toIndexableRecords } from '../../lib/db/store';
import { documentKey } from '../../lib/ids';
import { toDocumentToStore } from '../../lib/ingest/ingest-document';
import { getDefaultRegisterIndex } from '../../lib/members';
import { parseDocument } from '../../lib/parse';
import { createSearchClient, ensureIndex, waitForTask } from '../../lib/search/index-admin';
import { createHttpTransport } from '../../lib/search/http-transport';
import { toSearchDocuments, type SearchDocument } from '../../lib/search/documents';
import { searchContributions, type SearchOptions, type SearchResult } from '../../lib/search/run-search';
import { parseSearchParams } from '../../lib/search/search-params';
import { servicesFromEnv, ROOT } from '../support/test-services';

/** The seeds as ingest would index them: parsed, mapped to rows (speakers resolved by the bundled register), then to indexed documents. */
export function seedSearchDocuments(): SearchDocument[] {
  const dir = path.join(ROOT, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((file) => {
      const parsed = parseDocument(readFileSync(path.join(dir, file)), { fileName: file });
      return toIndexableRecords(
        toDocumentRows(
          toDocumentToStore(getDefaultRegisterIndex(), {
            key: documentKey(file),
            fileName: file,
            sha256: '',
            format: parsed.format,
            rawText: parsed.text,
            records: parsed.records,
          }),
        ),
      ).flatMap(toSearchDocuments);
    });
}

export async function indexSeeds(indexName: string) {
  const s = servicesFromEnv();
  if (!s) throw new Error('test services are not running (run through `npm test -- integration`)');
  const client = createSearchClient(s.meiliUrl, s.meiliKey);
  const index = await ensureIndex(client, indexName);
  await waitForTask(index.deleteAllDocuments(), 'clearing the search test index');
  const documents = seedSearchDocuments();
  await waitForTask(index.addDocuments(documents), 'indexing the seeds');
  const byId = new Map(documents.map((d) => [d.id, d]));
  // Searches go through the transport the app server uses (lib/search/app-search.ts).
  const searchClient = createSearchClient(s.meiliUrl, s.meiliKey, { httpClient: createHttpTransport() });

  /** Runs a URL query string through parseSearchParams and searchContributions. */
  async function search(query: string | URLSearchParams, options?: SearchOptions): Promise<SearchResult> {
    const parsed = parseSearchParams(typeof query === 'string' ? new URLSearchParams(query) : query);
    if (!parsed.ok) throw new Error(parsed.error);
    const outcome = await searchContributions(
      searchClient,
      indexName,
      { ...parsed.value, perPage: parsed.value.perPage === 20 ? 100 : parsed.value.perPage },
      options,
    );
    if (!outcome.ok) throw new Error(outcome.error);
    return outcome.result;
  }
  /** The full indexed text of a hit (title included, as it is searchable). */
  const textOf = (id: string) => {
    const d = byId.get(id);
    if (!d) throw new Error(`no document ${id}`);
    return `${d.recordTitle}\n${d.text}`.toLowerCase().replace(/\s+/g, ' ');
  };
  return { client, documents, search, textOf };
}
