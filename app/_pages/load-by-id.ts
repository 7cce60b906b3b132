/**
 * The loader of an `{id}` page: checks the id, then reads with `get` once per request, though
 * generateMetadata and the page both ask for it (React's cache, keyed by the id): a reading view
 * was read from Postgres twice for every answer.
 */
import { cache } from 'react';
import { readIdParam } from '@/lib/http/route-params';

export function loadById<T, M>(get: (id: string) => Promise<T>, missing: M): (params: Promise<{ id: string }>) => Promise<T | M> {
  const once = cache(get);
  return async (params) => {
    const id = await readIdParam(params);
    return id ? once(id) : missing;
  };
}
