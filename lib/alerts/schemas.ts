/**
 * What a sign-up may say, checked with zod at the boundary (POST /api/alerts JSON and the HTML
 * form alike): an address, a search as a query string or a question's contribution id, and a
 * frequency. The search is brought to its canonical form, so one search is one alert.
 */
import { z } from 'zod';
import { ID_PATTERN } from '../ids';
import { planSearch } from '../search/plan';
import { DEFAULT_PER_PAGE, parseSearchParams, toSearchParams, type SearchRequest } from '../search/search-params';
import type { AlertFrequency, AlertKind } from '../db/store';

export const MAX_ALERTS_PER_ADDRESS = 50;
export const FREQUENCIES = ['daily', 'immediate'] as const satisfies readonly AlertFrequency[];

/** An address as one line (z.email allows no CR/LF), lower-cased so one mailbox is one owner. */
export const emailSchema = z
  .string()
  .trim()
  .max(254, 'email must be at most 254 characters')
  .pipe(z.email('email must be an email address such as name@example.org'))
  .transform((e) => e.toLowerCase());

export const signupSchema = z
  .object({
    email: emailSchema,
    search: z.string().max(2000, 'search must be at most 2000 characters').optional(),
    question: z.string().regex(ID_PATTERN, 'question must be the id of a question (12 characters, as in /c/{id})').optional(),
    frequency: z.enum(FREQUENCIES, 'frequency must be daily or immediate').default('daily'),
  })
  .refine((s) => (s.search === undefined) !== (s.question === undefined), { message: 'give either search or question, not both', path: ['search'] });

export type SignupInput = z.input<typeof signupSchema>;

export interface AlertTarget {
  kind: AlertKind;
  /** Canonical query string, or the question's contribution id. */
  query: string;
}

export type TargetResult = { ok: true; target: AlertTarget } | { ok: false; error: string; param: string };

/** A search from a query string, as an alert watches it: contributions, first page, defaults. */
export function toAlertSearchRequest(query: string): { ok: true; request: SearchRequest } | { ok: false; error: string } {
  const parsed = parseSearchParams(new URLSearchParams(query));
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const request: SearchRequest = { ...parsed.value, page: 1, perPage: DEFAULT_PER_PAGE, sort: 'relevance', group: null, timeline: null };
  const planned = planSearch(request);
  if (!planned.ok) return { ok: false, error: planned.error };
  return { ok: true, request };
}

/** search → a search or member alert in canonical form; an empty search would match everything. */
export function toSearchTarget(search: string): TargetResult {
  const checked = toAlertSearchRequest(search.replace(/^\?/, ''));
  if (!checked.ok) return { ok: false, error: `search: ${checked.error}`, param: 'search' };
  const params = toSearchParams(checked.request);
  if ([...params.keys()].length === 0)
    return { ok: false, error: 'search must have words or a filter (an alert on everything would send the whole record)', param: 'search' };
  const onlySpeakers = [...params.keys()].every((k) => k === 'speaker');
  return { ok: true, target: { kind: onlySpeakers ? 'member' : 'search', query: params.toString() } };
}

/** First issue of a zod error as one line naming the field. */
export function describeIssue(error: z.ZodError): { error: string; param: string } {
  const issue = error.issues[0];
  const param = String(issue.path[0] ?? 'body');
  return { error: issue.message.startsWith(param) ? issue.message : `${param}: ${issue.message}`, param };
}

/** The canonical alert search for a page's request, or null when it cannot be an alert (nothing to match on). */
export function toAlertSearch(request: SearchRequest): string | null {
  const checked = toSearchTarget(toSearchParams(request).toString());
  return checked.ok ? checked.target.query : null;
}
