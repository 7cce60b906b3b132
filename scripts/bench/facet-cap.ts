/**
 * What the index setting `maxValuesPerFacet` costs: Meilisearch counts a facet's values most
 * frequent first by walking its facet tree best-first and stops once it has that many values, so
 * the cap, not the match set alone, sets how many bitmaps it intersects. For each cap, the search
 * page's own request (the app's searchContributions with every facet, exact counts) over the query
 * mix: Meilisearch's summed engine time and the wall time of the whole call, medians over rounds.
 * The index's setting is restored afterwards (changing it re-indexes nothing).
 */
import type { Meilisearch } from 'meilisearch';
import { FACET_VALUES_CAP } from '../../lib/search/fields';
import { waitForTask } from '../../lib/search/index-admin';
import { searchContributions } from '../../lib/search/run-search';
import type { BenchQuery } from './queries';
import { percentile } from './stats';

export const CAPS = [FACET_VALUES_CAP, 100, 50, 20] as const;

export interface FacetCapReport {
  method: string;
  rounds: number;
  /** Per cap: summed medians over the queries (engine ms of the hits request; wall ms of the whole search). */
  caps: Array<{ cap: number; engineMs: number; wallMs: number; perQuery: Array<{ name: string; engineMs: number; wallMs: number }> }>;
}

export async function measureFacetCap(search: Meilisearch, indexName: string, queries: BenchQuery[], rounds: number): Promise<FacetCapReport> {
  const index = search.index(indexName);
  const original = await index.getFaceting();
  const caps: FacetCapReport['caps'] = [];
  try {
    for (const cap of CAPS) {
      await waitForTask(index.updateFaceting({ ...original, maxValuesPerFacet: cap }), `setting maxValuesPerFacet to ${cap}`);
      const perQuery: FacetCapReport['caps'][number]['perQuery'] = [];
      for (const q of queries) {
        const engine: number[] = [];
        const wall: number[] = [];
        for (let round = -1; round < rounds; round++) {
          const t0 = performance.now();
          const outcome = await searchContributions(search, indexName, q.request);
          const ms = performance.now() - t0;
          if (round < 0 || !outcome.ok) continue;
          engine.push(outcome.result.processingTimeMs);
          wall.push(ms);
        }
        perQuery.push({ name: q.name, engineMs: percentile(engine, 50), wallMs: Math.round(percentile(wall, 50) * 10) / 10 });
      }
      const sum = (k: 'engineMs' | 'wallMs') => Math.round(perQuery.reduce((a, p) => a + p[k], 0) * 10) / 10;
      caps.push({ cap, engineMs: sum('engineMs'), wallMs: sum('wallMs'), perQuery });
    }
  } finally {
    await waitForTask(index.updateFaceting(original), 'restoring the faceting setting');
  }
  return {
    method: `The app's search (searchContributions, every facet, exact counts) of each query of the mix with the index's maxValuesPerFacet set to each cap: medians over ${rounds} rounds after a warm-up round, of Meilisearch's processingTimeMs for the hits request and of the call's wall time (all its requests, over loopback HTTP), summed over the queries.`,
    rounds,
    caps,
  };
}

/** One line per cap, with each query's wall ms: `cap 300: wall 180.4 ms (engine 120) — one word 40.2, …`. */
export function facetCapLines(report: FacetCapReport): string[] {
  const base = report.caps[0];
  return report.caps.map(
    (c) =>
      `cap ${c.cap}: wall ${c.wallMs} ms (${base ? (c.wallMs / base.wallMs).toFixed(2) : '–'}× cap ${base?.cap}), engine ${c.engineMs} ms — ${c.perQuery.map((p) => `${p.name} ${p.wallMs}`).join(', ')}`,
  );
}
