/**
 * What a search page is rendered from, as one string: when Meilisearch last changed the index and
 * how many stored documents are waiting for it (the page says so). Asked at most once per
 * `maxAgeMs` and shared by the requests in between, so a cached page can lag a change by that much.
 */
import type { Meilisearch } from 'meilisearch';
import { createDb } from '../db/client';
import { countPendingDocuments } from '../db/store';

export interface IndexVersionSource {
  /** null when either service cannot be asked: then nothing should be served from a cache. */
  current(): Promise<string | null>;
  close(): Promise<void>;
}

export function createIndexVersionSource(o: { search: Meilisearch; indexName: string; databaseUrl: string; maxAgeMs?: number }): IndexVersionSource {
  const maxAgeMs = o.maxAgeMs ?? 1000;
  // One connection of its own: the server's master process has no other database client.
  const db = createDb(o.databaseUrl, 1);
  let last: { at: number; value: Promise<string | null> } | null = null;

  const ask = async (): Promise<string | null> => {
    try {
      const [info, pending] = await Promise.all([o.search.index(o.indexName).getRawInfo(), countPendingDocuments(db)]);
      return `${info.updatedAt}|${pending}`;
    } catch {
      return null;
    }
  };

  return {
    current() {
      const now = Date.now();
      if (!last || now - last.at >= maxAgeMs) last = { at: now, value: ask() };
      return last.value;
    },
    close: () => db.$disconnect(),
  };
}
