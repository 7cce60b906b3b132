/**
 * Mentions of terms over time (/trends): for each term, how many contributions match per year (or
 * month), beside how many contributions there are in that period under the same filters, so the
 * rate per 10,000 compares periods of different sizes. Counts are facet counts of ordinary
 * searches (the search layer's query syntax and escaped filters), never totals, which Meilisearch
 * caps at maxTotalHits:
 *
 * - years: one search per term (and one without words, the denominator) with the `year` facet;
 *   split by party, one such search per party;
 * - months (a range of at most 36 months): one search per term and month, as the index has no month
 *   attribute; reading the `year` facet (or `party` when split) of each. Measured in
 *   docs/decisions/ (trends), the price of not adding a month attribute to every document.
 */
import type { FacetName } from './fields';
import type { SearchOutcome } from './run-search';
import type { SearchRequest } from './search-params';
import { chooseGranularity, listPeriods, periodSearchHref, termQuery, type Period, type TrendsRequest } from './trends-params';

/** Parties charted when splitting and no party is selected: the largest by contributions under the filters. */
export const TREND_PARTIES = 5;
/** Searches in flight at once: Meilisearch answers a few in parallel; more only queue. */
const CONCURRENCY = 4;

export type CountSearch = (request: SearchRequest, facets: readonly FacetName[]) => Promise<SearchOutcome>;

export type TrendPoint = {
  period: string;
  term: string;
  party: string | null;
  mentions: number;
  /** Every contribution in the period under the same filters (and party): the denominator. */
  contributions: number;
  /** mentions per 10,000 contributions, one decimal; null when the period has no contributions. */
  per10000: number | null;
  /** The search this count is the total of. */
  href: string;
};

export type TrendsResult = {
  granularity: 'year' | 'month';
  periods: Period[];
  terms: string[];
  /** The parties split by, or null when not split. */
  parties: string[] | null;
  points: TrendPoint[];
  /** Searches run to count this, for the benchmark and the decision record. */
  searches: number;
};

export type TrendsOutcome = { ok: true; value: TrendsResult } | { ok: false; error: string; param: string };

async function mapLimited<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

class TermError extends Error {}

export function toPer10000(mentions: number, contributions: number): number | null {
  return contributions > 0 ? Math.round((mentions / contributions) * 100_000) / 10 : null;
}

export async function computeTrends(request: TrendsRequest, count: CountSearch): Promise<TrendsOutcome> {
  const { filters, terms } = request;
  const base: SearchRequest = { ...filters, q: '', page: 1 };
  let searches = 0;
  const counted = async (req: SearchRequest, facets: readonly FacetName[]) => {
    searches++;
    const outcome = await count(req, facets);
    if (!outcome.ok) throw new TermError(`"${req.q}" cannot be searched: ${outcome.error}`);
    return outcome.result.facets;
  };
  try {
    const overall = await counted(base, ['year', 'party']);
    const years = Object.keys(overall.year).map(Number).filter(Number.isFinite);
    const firstYear = filters.from ? Number(filters.from.slice(0, 4)) : Math.min(...years);
    const lastYear = filters.to ? Number(filters.to.slice(0, 4)) : Math.max(...years);
    const granularity = chooseGranularity(filters);
    const periods = (Number.isFinite(firstYear) && Number.isFinite(lastYear) ? listPeriods(filters, firstYear, lastYear) : []).filter(
      (p) => filters.facets.year.length === 0 || filters.facets.year.includes(p.key.slice(0, 4)),
    );
    const parties = request.split
      ? filters.facets.party.length
        ? filters.facets.party
        : Object.entries(overall.party)
            .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
            .slice(0, TREND_PARTIES)
            .map(([p]) => p)
      : null;
    const series: Array<string | null> = [null, ...terms];
    const splits: Array<string | null> = parties ?? [null];
    const withSeries = (term: string | null, party: string | null): SearchRequest => ({
      ...base,
      q: term === null ? '' : termQuery(term),
      facets: party ? { ...base.facets, party: [party] } : base.facets,
    });
    // counts.get(`${term}|${party}|${period}`)
    const counts = new Map<string, number>();
    const key = (term: string | null, party: string | null, period: string) => `${term ?? ''}\u0000${party ?? ''}\u0000${period}`;
    if (granularity === 'year' || periods.length === 0) {
      const jobs = series.flatMap((term) => splits.map((party) => ({ term, party })));
      await mapLimited(jobs, CONCURRENCY, async ({ term, party }) => {
        const facets = await counted(withSeries(term, party), ['year']);
        for (const p of periods) counts.set(key(term, party, p.key), facets.year[p.key] ?? 0);
      });
    } else {
      const jobs = series.flatMap((term) => periods.map((period) => ({ term, period })));
      await mapLimited(jobs, CONCURRENCY, async ({ term, period }) => {
        const facets = await counted({ ...withSeries(term, null), from: period.from, to: period.to }, parties ? ['party'] : ['year']);
        for (const party of splits) counts.set(key(term, party, period.key), party ? (facets.party[party] ?? 0) : (facets.year[period.key.slice(0, 4)] ?? 0));
      });
    }
    const points = periods.flatMap((period) =>
      terms.flatMap((term) =>
        splits.map((party) => {
          const mentions = counts.get(key(term, party, period.key)) ?? 0;
          const contributions = counts.get(key(null, party, period.key)) ?? 0;
          return {
            period: period.key,
            term,
            party,
            mentions,
            contributions,
            per10000: toPer10000(mentions, contributions),
            href: periodSearchHref(filters, term, period, party),
          };
        }),
      ),
    );
    return { ok: true, value: { granularity, periods, terms, parties, points, searches } };
  } catch (e) {
    if (e instanceof TermError) return { ok: false, error: e.message, param: 'terms' };
    throw e;
  }
}
