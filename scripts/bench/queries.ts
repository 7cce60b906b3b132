/** The committed query mix (bench/queries.json), checked with the app's own URL schema. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSearchParams, type SearchRequest } from '../../lib/search/search-params';

export interface BenchQuery {
  name: string;
  params: string;
  request: SearchRequest;
}

export function loadQueries(root: string): BenchQuery[] {
  const file = path.join(root, 'bench', 'queries.json');
  const { queries } = JSON.parse(readFileSync(file, 'utf8')) as { queries: Array<{ name: string; params: string }> };
  return queries.map((q) => {
    const parsed = parseSearchParams(new URLSearchParams(q.params));
    if (!parsed.ok) throw new Error(`${file}: query "${q.name}" is not a valid search (${parsed.error})`);
    return { ...q, request: parsed.value };
  });
}
