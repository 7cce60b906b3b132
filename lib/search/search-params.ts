/**
 * The one schema for search URL / API parameters (docs/contracts.md §3). Pages and
 * /api/search parse with `parseSearchParams`, and build links with `toSearchParams` and the
 * `with*` helpers, so a URL and a SearchRequest always convert both ways the same way.
 */
import { z } from 'zod';
import { SEARCH_TYPES, RECORD_HOUSES, QUESTION_STATUSES, RECORD_KINDS, VENUES } from '../parse/record';
import { FACET_NAMES, OVERDUE, SORTS, toDayNumber, type FacetName, type SortName } from './fields';

export const MAX_QUERY_LENGTH = 500;
export const MAX_PAGE = 1000;
export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 20;
export const MAX_FACET_VALUE_LENGTH = 200;
export const MAX_VALUES_PER_FACET = 20;
export const GROUPS = ['record'] as const;
/** Optional splits of the timeline: 'party' adds a matches-per-year-per-party table. */
export const TIMELINES = ['party'] as const;

type RawParams = Record<string, string[]>;

const SORT_NAMES = Object.keys(SORTS) as [SortName, ...SortName[]];

/** Values a facet accepts: closed vocabularies are checked (case-insensitively), the rest are free text. */
const FACET_VOCABULARY: Partial<Record<FacetName, readonly string[]>> = {
  house: RECORD_HOUSES,
  venue: VENUES,
  kind: RECORD_KINDS,
  type: SEARCH_TYPES,
  // `overdue` is worked out at query time (plan.ts), the others are stored.
  status: [...QUESTION_STATUSES, OVERDUE],
};

/** The closed vocabulary of a facet, or undefined for free text (and years). */
export function facetVocabulary(facet: FacetName): readonly string[] | undefined {
  return FACET_VOCABULARY[facet];
}

/** Canonical spelling of `value` for `facet`, or null when the facet does not accept it. */
export function normalizeFacetValue(facet: FacetName, value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > MAX_FACET_VALUE_LENGTH) return null;
  if (facet === 'year') return /^\d{4}$/.test(trimmed) ? trimmed : null;
  const vocabulary = FACET_VOCABULARY[facet];
  if (!vocabulary) return trimmed;
  return vocabulary.find((v) => v.toLowerCase() === trimmed.toLowerCase()) ?? null;
}

function describeAllowed(facet: FacetName): string {
  const vocabulary = FACET_VOCABULARY[facet];
  if (vocabulary) return `one of ${vocabulary.join(', ')}`;
  if (facet === 'year') return 'a four-digit year';
  return `text of at most ${MAX_FACET_VALUE_LENGTH} characters`;
}

function facetField(facet: FacetName) {
  return z
    .array(z.string())
    .default([])
    .transform((values, ctx) => {
      const kept: string[] = [];
      for (const value of values) {
        if (value.trim() === '') continue; // an empty form field means "no filter"
        const normalized = normalizeFacetValue(facet, value);
        if (normalized === null) {
          ctx.addIssue({ code: 'custom', message: `${facet} must be ${describeAllowed(facet)}, got "${value.slice(0, 40)}"` });
          return z.NEVER;
        }
        if (!kept.includes(normalized)) kept.push(normalized);
      }
      if (kept.length > MAX_VALUES_PER_FACET) {
        ctx.addIssue({ code: 'custom', message: `${facet} may be given at most ${MAX_VALUES_PER_FACET} times` });
        return z.NEVER;
      }
      return kept;
    });
}

/** A parameter that may appear at most once; an empty value counts as absent. */
function single<T>(name: string, parse: (value: string) => T | { error: string }) {
  return z
    .array(z.string())
    .optional()
    .transform((values, ctx): T | undefined => {
      const present = (values ?? []).filter((v) => v.trim() !== '');
      if (present.length === 0) return undefined;
      if (present.length > 1) {
        ctx.addIssue({ code: 'custom', message: `${name} must be given only once` });
        return z.NEVER;
      }
      const parsed = parse(present[0].trim());
      if (typeof parsed === 'object' && parsed !== null && 'error' in parsed) {
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      }
      return parsed as T;
    });
}

function wholeNumber(name: string, min: number, max: number) {
  return (value: string) =>
    /^\d{1,7}$/.test(value) && +value >= min && +value <= max ? +value : { error: `${name} must be a whole number from ${min} to ${max}` };
}

function isoDate(name: string) {
  return (value: string) => (toDayNumber(value) !== null ? value : { error: `${name} must be a real date written YYYY-MM-DD, got "${value.slice(0, 20)}"` });
}

function oneOf<T extends string>(name: string, allowed: readonly T[]) {
  return (value: string) => ((allowed as readonly string[]).includes(value) ? (value as T) : { error: `${name} must be one of ${allowed.join(', ')}` });
}

const facetShape = Object.fromEntries(FACET_NAMES.map((f) => [f, facetField(f)])) as {
  [F in FacetName]: ReturnType<typeof facetField>;
};

const searchParamsSchema = z
  .object({
    q: single('q', (v) => (v.length <= MAX_QUERY_LENGTH ? v : { error: `q must be at most ${MAX_QUERY_LENGTH} characters` })),
    ...facetShape,
    from: single('from', isoDate('from')),
    to: single('to', isoDate('to')),
    sort: single('sort', oneOf('sort', SORT_NAMES)),
    page: single('page', wholeNumber('page', 1, MAX_PAGE)),
    perPage: single('perPage', wholeNumber('perPage', 1, MAX_PER_PAGE)),
    group: single('group', oneOf('group', GROUPS)),
    timeline: single('timeline', oneOf('timeline', TIMELINES)),
  })
  .superRefine((p, ctx) => {
    if (p.from && p.to && p.from > p.to) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: `from (${p.from}) must be on or before to (${p.to})` });
    }
  })
  .transform((p) => ({
    q: p.q ?? '',
    facets: Object.fromEntries(FACET_NAMES.map((f) => [f, p[f]])) as Record<FacetName, string[]>,
    from: p.from ?? null,
    to: p.to ?? null,
    sort: p.sort ?? 'relevance',
    page: p.page ?? 1,
    perPage: p.perPage ?? DEFAULT_PER_PAGE,
    group: p.group ?? null,
    timeline: p.timeline ?? null,
  }));

/** A checked search: every facet is present (empty array = not filtered); dates are YYYY-MM-DD. */
export type SearchRequest = {
  q: string;
  facets: Record<FacetName, string[]>;
  from: string | null;
  to: string | null;
  sort: SortName;
  page: number;
  perPage: number;
  /** 'record' = one hit per debate / question ("by debate"); null = every contribution. */
  group: (typeof GROUPS)[number] | null;
  /** 'party' = also show the timeline split by party; null = years only. */
  timeline: (typeof TIMELINES)[number] | null;
};

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;
export type ParseSearchParamsResult = { ok: true; value: SearchRequest } | { ok: false; error: string; param: string };

/**
 * Every value of every key, in an object without a prototype: a key such as `toString` or
 * `__proto__` is a key like any other, never a property every object inherits.
 */
export function toRawParams(input: SearchParamsInput): RawParams {
  const raw: RawParams = Object.create(null);
  const add = (key: string, value: string) => (raw[key] ??= []).push(value);
  if (input instanceof URLSearchParams) {
    input.forEach((value, key) => add(key, value));
  } else {
    for (const [key, value] of Object.entries(input)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) add(key, v);
    }
  }
  return raw;
}

/** Checks URL / API parameters; unknown parameters are ignored. The error names the parameter. */
export function parseSearchParams(input: SearchParamsInput): ParseSearchParamsResult {
  const result = searchParamsSchema.safeParse(toRawParams(input));
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const param = String(issue.path[0] ?? 'query');
  const message = issue.code === 'custom' ? issue.message : `${param} is not valid: ${issue.message}`;
  return { ok: false, error: message, param };
}

/** The request with every default: what an empty query string parses to. */
export function emptySearchRequest(): SearchRequest {
  const parsed = parseSearchParams({});
  if (!parsed.ok) throw new Error(`search params defaults do not parse: ${parsed.error}`);
  return parsed.value;
}

/** The inverse of parseSearchParams: defaults omitted, parameters in a fixed order. */
export function toSearchParams(request: SearchRequest): URLSearchParams {
  const params = new URLSearchParams();
  if (request.q !== '') params.append('q', request.q);
  for (const facet of FACET_NAMES) for (const value of request.facets[facet]) params.append(facet, value);
  if (request.from) params.append('from', request.from);
  if (request.to) params.append('to', request.to);
  if (request.sort !== 'relevance') params.append('sort', request.sort);
  if (request.group) params.append('group', request.group);
  if (request.timeline) params.append('timeline', request.timeline);
  if (request.perPage !== DEFAULT_PER_PAGE) params.append('perPage', String(request.perPage));
  if (request.page !== 1) params.append('page', String(request.page));
  return params;
}

/** Adds `value` to `facet`, or removes it when already selected; back to page 1 as results change. */
export function withFacetToggled(request: SearchRequest, facet: FacetName, value: string): SearchRequest {
  const current = request.facets[facet];
  const normalized = normalizeFacetValue(facet, value) ?? value;
  const next = current.includes(normalized) ? current.filter((v) => v !== normalized) : [...current, normalized];
  return { ...request, facets: { ...request.facets, [facet]: next }, page: 1 };
}

export function withPage(request: SearchRequest, page: number): SearchRequest {
  return { ...request, page: Math.min(MAX_PAGE, Math.max(1, Math.trunc(page))) };
}

/** The search page URL for a request. */
export function toSearchHref(request: SearchRequest): string {
  const qs = toSearchParams(request).toString();
  return qs ? `/search?${qs}` : '/search';
}

/** The facets /search lists (years have the timeline instead). */
export const SEARCH_PAGE_FACETS: readonly FacetName[] = FACET_NAMES.filter((f) => f !== 'year');

/**
 * A facet's values page for the search a page link stands for: `/search?q=x` → `/search/values/speaker?q=x`
 * (likewise `/questions`). Every value of the facet, where the page lists only the top ones.
 */
export function toFacetValuesHref(pageHref: string, facet: FacetName): string {
  const at = pageHref.indexOf('?');
  return at < 0 ? `${pageHref}/values/${facet}` : `${pageHref.slice(0, at)}/values/${facet}${pageHref.slice(at)}`;
}

/** Dates set to one whole calendar year (the quick picks); back to page 1. */
export function withYearRange(request: SearchRequest, year: number | null): SearchRequest {
  return year === null ? { ...request, from: null, to: null, page: 1 } : { ...request, from: `${year}-01-01`, to: `${year}-12-31`, page: 1 };
}

export function withSort(request: SearchRequest, sort: SortName): SearchRequest {
  return { ...request, sort, page: 1 };
}

/** What /questions always filters on: written questions, one hit per question (its question contribution). */
export const QUESTION_PAGE_FILTERS: Partial<Record<FacetName, string[]>> = { kind: ['written-question'], type: ['question'] };

/** The facets /questions lists: those a journalist filters questions by, status first. */
export const QUESTION_FACETS: readonly FacetName[] = ['status', 'department', 'house', 'party', 'speaker'];

/**
 * The /questions page's request: the URL's search with the page's fixed filters, sorted by the
 * day answers are due unless the URL asks for another order.
 */
export function parseQuestionSearchParams(input: SearchParamsInput): ParseSearchParamsResult {
  const parsed = parseSearchParams(input);
  if (!parsed.ok) return parsed;
  const sortGiven = (toRawParams(input).sort ?? []).some((v) => v.trim() !== '');
  return { ok: true, value: { ...parsed.value, facets: { ...parsed.value.facets, ...QUESTION_PAGE_FILTERS }, sort: sortGiven ? parsed.value.sort : 'due' } };
}

/** A /questions link (the inverse of parseQuestionSearchParams): the page's fixed filters and its default order stay implicit. */
export function toQuestionsHref(request: SearchRequest): string {
  const facets = { ...request.facets };
  for (const facet of Object.keys(QUESTION_PAGE_FILTERS) as FacetName[]) facets[facet] = [];
  const params = toSearchParams({ ...request, facets, sort: request.sort === 'due' ? 'relevance' : request.sort });
  if (request.sort === 'relevance') params.append('sort', 'relevance');
  const qs = params.toString();
  return qs ? `/questions?${qs}` : '/questions';
}

/** A page with a filters list, as its facet values pages (`{path}/values/{facet}`) read it. */
export interface FilteredPage {
  path: '/search' | '/questions';
  /** The page in a sentence or title: "Back to the search", "Back to the written questions". */
  name: string;
  /** The facets it lists, each with a values page. */
  facets: readonly FacetName[];
  /** Filters the page always applies: not the reader's, so not described as theirs. */
  fixed: Partial<Record<FacetName, string[]>>;
  parse: (input: SearchParamsInput) => ParseSearchParamsResult;
  toHref: (request: SearchRequest) => string;
}

export const FILTERED_PAGES = {
  search: { path: '/search', name: 'search', facets: SEARCH_PAGE_FACETS, fixed: {}, parse: parseSearchParams, toHref: toSearchHref },
  questions: {
    path: '/questions',
    name: 'written questions',
    facets: QUESTION_FACETS,
    fixed: QUESTION_PAGE_FILTERS,
    parse: parseQuestionSearchParams,
    toHref: toQuestionsHref,
  },
} as const satisfies Record<string, FilteredPage>;
