/**
 * The URL of /trends (docs/contracts.md §4): `terms` (up to four, comma-separated), `split=party`,
 * `format=csv`, and every filter of search, read by the search schema (search-params.ts) so a
 * filter means the same on both pages. Also the periods a request is counted over, and the search
 * each count stands for. Pure.
 */
import { z } from 'zod';
import { parseSearchParams, toRawParams, toSearchHref, toSearchParams, type SearchParamsInput, type SearchRequest } from './search-params';

export const MAX_TERMS = 4;
export const MAX_TERM_LENGTH = 100;
/** Months are counted when the date range spans at most this many; years otherwise. */
export const MAX_MONTHS = 36;
export const SPLITS = ['party'] as const;

export type TrendsRequest = {
  /** As typed; a term of several words without quotes is searched as a phrase (`termQuery`). */
  terms: string[];
  split: (typeof SPLITS)[number] | null;
  format: 'csv' | null;
  /** The search filters; q, page, sort and grouping do not apply to trends. */
  filters: SearchRequest;
};

export type ParseTrendsResult = { ok: true; value: TrendsRequest } | { ok: false; error: string; param: string };

const one = (name: string, allowed: readonly string[]) =>
  z
    .array(z.string())
    .default([])
    .transform((values, ctx) => {
      const present = values.filter((v) => v !== '');
      if (present.length > 1 || (present[0] !== undefined && !allowed.includes(present[0]))) {
        ctx.addIssue({ code: 'custom', message: `${name} must be given once, as ${allowed.join(' or ')}` });
        return z.NEVER;
      }
      return present[0] ?? null;
    });

const trendsSchema = z.object({
  terms: z
    .array(z.string())
    .default([])
    .transform((values, ctx) => {
      const terms = [
        ...new Set(
          values
            .flatMap((v) => v.split(','))
            .map((t) => t.trim().replace(/\s+/g, ' '))
            .filter(Boolean),
        ),
      ];
      if (terms.length > MAX_TERMS) ctx.addIssue({ code: 'custom', message: `terms may list at most ${MAX_TERMS} terms, separated by commas` });
      const long = terms.find((t) => t.length > MAX_TERM_LENGTH);
      if (long) ctx.addIssue({ code: 'custom', message: `terms must each be at most ${MAX_TERM_LENGTH} characters, got "${long.slice(0, 40)}…"` });
      return terms;
    }),
  split: one('split', SPLITS),
  format: one('format', ['csv']),
});

export function parseTrendsParams(input: SearchParamsInput): ParseTrendsResult {
  const raw = toRawParams(input);
  const own = trendsSchema.safeParse(raw);
  if (!own.success) {
    const issue = own.error.issues[0];
    return { ok: false, error: issue.message, param: String(issue.path[0] ?? 'terms') };
  }
  const { q: _q, page: _page, sort: _sort, group: _group, timeline: _timeline, ...filterParams } = raw;
  const filters = parseSearchParams(filterParams);
  if (!filters.ok) return filters;
  return {
    ok: true,
    value: { ...own.data, split: own.data.split as TrendsRequest['split'], format: own.data.format as TrendsRequest['format'], filters: filters.value },
  };
}

/** What is searched for a term: several words without quotes are one phrase. */
export function termQuery(term: string): string {
  return /\s/.test(term) && !/["()]|\b(OR|AND|NOT)\b|:/.test(term) ? `"${term}"` : term;
}

/** The /trends URL of a request (format left out unless given). */
export function toTrendsHref(request: TrendsRequest, format: 'csv' | null = request.format): string {
  const params = new URLSearchParams();
  if (request.terms.length) params.append('terms', request.terms.join(','));
  if (request.split) params.append('split', request.split);
  toSearchParams({ ...request.filters, q: '' }).forEach((v, k) => params.append(k, v));
  if (format) params.append('format', format);
  return `/trends?${params.toString()}`;
}

/** A counting period: `2007` or `2007-11`, with the dates it covers inside the request's range. */
export type Period = { key: string; from: string; to: string };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Month periods when the request's range is short (both ends given, ≤ MAX_MONTHS months), else years. */
export function chooseGranularity(filters: Pick<SearchRequest, 'from' | 'to'>): 'month' | 'year' {
  if (!filters.from || !filters.to) return 'year';
  const [fy, fm] = filters.from.split('-').map(Number);
  const [ty, tm] = filters.to.split('-').map(Number);
  return ty * 12 + tm - (fy * 12 + fm) + 1 <= MAX_MONTHS ? 'month' : 'year';
}

/** The periods from `firstYear` to `lastYear` (or the request's months), clipped to its from/to. */
export function listPeriods(filters: Pick<SearchRequest, 'from' | 'to'>, firstYear: number, lastYear: number): Period[] {
  const clip = (from: string, to: string) => ({
    from: filters.from && filters.from > from ? filters.from : from,
    to: filters.to && filters.to < to ? filters.to : to,
  });
  const periods: Period[] = [];
  if (chooseGranularity(filters) === 'month') {
    const [fy, fm] = filters.from!.split('-').map(Number);
    const [ty, tm] = filters.to!.split('-').map(Number);
    for (let i = fy * 12 + fm - 1; i <= ty * 12 + tm - 1; i++) {
      const y = Math.floor(i / 12);
      const m = (i % 12) + 1;
      periods.push({ key: `${y}-${pad(m)}`, ...clip(`${y}-${pad(m)}-01`, `${y}-${pad(m)}-${pad(lastDay(y, m))}`) });
    }
    return periods;
  }
  for (let y = firstYear; y <= lastYear; y++) periods.push({ key: String(y), ...clip(`${y}-01-01`, `${y}-12-31`) });
  return periods;
}

/** The search a count stands for: the term (or every contribution when null) in the period, same filters. */
export function periodSearchHref(filters: SearchRequest, term: string | null, period: Period, party: string | null): string {
  return toSearchHref({
    ...filters,
    q: term === null ? '' : termQuery(term),
    from: period.from,
    to: period.to,
    facets: party ? { ...filters.facets, party: [party] } : filters.facets,
    page: 1,
  });
}
