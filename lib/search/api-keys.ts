/**
 * The app's own Meilisearch key. The web processes only search, so they get a key that can do
 * nothing else: search the contributions index, and read that index's update time (the search-page
 * cache's version, lib/server/index-version.ts). The master key stays with what writes documents
 * (ingest, sync, reindex, `npm start`'s catch-up), so a flaw in a page cannot change the index.
 *
 * Made with the master key at start-up (scripts/start.ts) under a fixed uid derived from the index
 * name and the actions, so every start finds the same key instead of adding another; Meilisearch
 * derives the key's value from its uid and the master key.
 */
import { createHash } from 'node:crypto';
import type { Meilisearch } from 'meilisearch';

/** Everything the app key allows. */
export const APP_KEY_ACTIONS = ['search', 'indexes.get'] as const;

/** The key's uid: a UUID (version 4 layout, as Meilisearch requires) from the index name and actions. */
export function appSearchKeyUid(indexName: string): string {
  const hex = createHash('sha256')
    .update(`hansard-search app key\n${indexName}\n${APP_KEY_ACTIONS.join(',')}`)
    .digest('hex');
  const variant = ((Number.parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The app's search-only key for `indexName`, created with `admin` (a master-key client) when missing. */
export async function ensureAppSearchKey(admin: Meilisearch, indexName: string): Promise<string> {
  const uid = appSearchKeyUid(indexName);
  try {
    return (await admin.getKey(uid)).key;
  } catch (e) {
    if ((e as { cause?: { code?: string } })?.cause?.code !== 'api_key_not_found') {
      throw new Error(`cannot read the app's Meilisearch key: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
  }
  const created = await admin.createKey({
    uid,
    name: `hansard-search app (${indexName})`,
    description: 'Search only, for the web processes (made by npm start)',
    actions: [...APP_KEY_ACTIONS],
    indexes: [indexName],
    expiresAt: null,
  });
  return created.key;
}

/**
 * The environment of a web process: `base` without the master key (MEILI_MASTER_KEY, or any other
 * variable holding it, such as a test runner's), with the search key instead (none when
 * Meilisearch runs without keys).
 */
export function webProcessEnv(
  base: NodeJS.ProcessEnv | Record<string, string>,
  keys: { masterKey: string | undefined; searchKey: string | undefined },
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) {
    if (value === undefined || name === 'MEILI_MASTER_KEY' || (keys.masterKey && value.includes(keys.masterKey))) continue;
    env[name] = value;
  }
  delete env.MEILI_SEARCH_KEY;
  if (keys.searchKey) env.MEILI_SEARCH_KEY = keys.searchKey;
  return env;
}
