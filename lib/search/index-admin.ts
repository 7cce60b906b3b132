/**
 * The one module that talks to Meilisearch for writes: client creation, index settings, and
 * task waiting (every write is awaited and its final status checked — nothing fire-and-forget).
 */
import { Meilisearch, type EnqueuedTaskPromise, type Index, type Settings, type Task } from 'meilisearch';
import { CONTRIBUTIONS_SETTINGS } from './settings';
import type { SearchDocument } from './documents';
import type { HttpTransport } from './http-transport';

export class SearchIndexError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SearchIndexError';
  }
}

/**
 * `httpClient` replaces fetch as the transport (see http-transport.ts; for searches only: with it,
 * meilisearch-js reports API errors wrapped in a MeiliSearchRequestError, not as MeiliSearchApiError).
 */
export function createSearchClient(url: string, apiKey?: string, options: { httpClient?: HttpTransport } = {}): Meilisearch {
  // Uncompressed answers: with fetch's default Accept-Encoding, Meilisearch streams gzip in chunks
  // and most responses stall ~40 ms on a delayed ACK (measured by `npm run bench`: one-word search
  // p50 48 ms → 6 ms at 10k contributions). Search answers are small; compression buys nothing here.
  return new Meilisearch({ host: url, apiKey, timeout: 30_000, requestInit: { headers: { 'Accept-Encoding': 'identity' } }, httpClient: options.httpClient });
}

export async function waitForTask(pending: EnqueuedTaskPromise, what: string, timeoutMs = 600_000): Promise<Task> {
  let task: Task;
  try {
    task = await pending.waitTask({ timeout: timeoutMs, interval: 50 });
  } catch (cause) {
    throw new SearchIndexError(`Meilisearch did not finish ${what}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  if (task.status !== 'succeeded') {
    throw new SearchIndexError(`Meilisearch ${task.status} ${what}: ${task.error?.message ?? 'no reason given'}`);
  }
  return task;
}

/**
 * Creates the index if needed and applies `settings` (CONTRIBUTIONS_SETTINGS unless the settings
 * sweep, scripts/bench/settings-sweep.ts, builds a variant) when they differ from what it has.
 */
export async function ensureIndex(client: Meilisearch, indexName: string, settings: Settings = CONTRIBUTIONS_SETTINGS): Promise<Index<SearchDocument>> {
  const index = client.index<SearchDocument>(indexName);
  if (!(await indexExists(client, indexName))) await waitForTask(client.createIndex(indexName, { primaryKey: 'id' }), `creating index ${indexName}`);
  const current = await index.getSettings();
  if (!settingsMatch(current as Record<string, unknown>, settings as Record<string, unknown>)) {
    await waitForTask(index.updateSettings(settings), `applying settings to ${indexName}`);
  }
  return index;
}

/** Whether Meilisearch has an index of this name (any other failure throws). */
export async function indexExists(client: Meilisearch, indexName: string): Promise<boolean> {
  try {
    await client.index(indexName).getRawInfo();
    return true;
  } catch (cause) {
    if ((cause as { cause?: { code?: string } })?.cause?.code === 'index_not_found') return false;
    throw new SearchIndexError(`cannot reach the search index "${indexName}": ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** Deletes the index if there is one, and waits until it is gone (its directory with it). */
export async function deleteIndexIfPresent(client: Meilisearch, indexName: string): Promise<void> {
  if (await indexExists(client, indexName)) await waitForTask(client.deleteIndex(indexName), `deleting index ${indexName}`);
}

/** True when every setting we define already has the value we want (order-insensitive for lists of names). */
export function settingsMatch(current: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  return Object.entries(wanted).every(([key, value]) => sameValue(current[key], value, key));
}

const UNORDERED = new Set(['filterableAttributes', 'sortableAttributes', 'stopWords']);

/** A name, or a granular filterableAttributes rule by its patterns (whatever order Meilisearch gives its keys in). */
const sortKey = (v: unknown) => (typeof v === 'string' ? v : ((v as { attributePatterns?: string[] })?.attributePatterns?.join(',') ?? JSON.stringify(v)));

function sameValue(a: unknown, b: unknown, key: string): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    const order = (list: unknown[]) => [...list].sort((p, q) => sortKey(p).localeCompare(sortKey(q)));
    const [x, y] = UNORDERED.has(key) ? [order(a), order(b)] : [a, b];
    return x.every((v, i) => sameValue(v, y[i], ''));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    return Object.entries(b as Record<string, unknown>).every(([k, v]) => sameValue((a as Record<string, unknown>)[k], v, k));
  }
  if (key === 'synonyms' || (a && typeof a === 'object')) return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}
