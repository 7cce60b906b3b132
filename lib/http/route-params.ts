/**
 * Route parameters checked before they reach a query: a `/x/{id}` segment is one of our ids
 * (lib/ids.ts), a `/speakers/{slug}` one of our slugs, a `/search/values/{facet}` one of the
 * facets that page lists, or the route answers 404 without asking the database. Search
 * parameters have their own schema (lib/search/search-params.ts).
 */
import { z } from 'zod';
import { badRequest } from './client-errors';
import { ID_PATTERN, SLUG_PATTERN } from '../ids';
import { toDayNumber, type FacetName } from '../search/fields';

/** Record and contribution ids (lib/ids.ts): 12 characters of our base-32 alphabet. */
export const idParamSchema = z.string().regex(ID_PATTERN);

/** The id in a path segment, or null when it cannot be one of ours. */
export function checkIdParam(raw: string): string | null {
  const parsed = idParamSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The `{id}` of a dynamic route (pages and route handlers get their params as a promise). */
export async function readIdParam(params: Promise<{ id: string }>): Promise<string | null> {
  return checkIdParam((await params).id);
}

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/**
 * /speakers/{slug}: page 1-based (absent = 1); `person` picks one of the register persons a printed
 * name was matched to; `as=printed` lists only this printed name's contributions. A bad `person`
 * or `as` is ignored rather than refused: they only narrow a page that exists anyway.
 */
export const speakerPageParamsSchema = z.object({
  slug: z.string().regex(SLUG_PATTERN),
  page: z.preprocess((v) => first(v) || '1', z.coerce.number().int().min(1).max(10_000)),
  person: z
    .preprocess(
      first,
      z
        .string()
        .regex(/^[A-Za-z0-9_.:/#-]{1,120}$/)
        .optional(),
    )
    .catch(undefined),
  as: z.preprocess(first, z.enum(['printed']).optional()).catch(undefined),
});

/** /sittings/{date}: a real calendar date written YYYY-MM-DD, or null (the page answers 404). */
export function checkSittingDateParam(raw: string): string | null {
  return toDayNumber(raw) !== null ? raw : null;
}

/** /sittings?year=: a four-digit year; absent or unreadable means "the latest year with records". */
export const sittingsPageParamsSchema = z.object({
  year: z.preprocess(first, z.coerce.number().int().min(1000).max(9999).optional()).catch(undefined),
});

/** /search/values/{facet}, /questions/values/{facet}: one of the facets that page lists, or null (404). */
export function checkFacetParam(raw: string, facets: readonly FacetName[]): FacetName | null {
  return (facets as readonly string[]).includes(raw) ? (raw as FacetName) : null;
}

const isoDay = z.string().refine((v) => toDayNumber(v) !== null, 'must be a real date written YYYY-MM-DD');
const optionalOne = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((v) => first(v) || undefined, schema.optional());

/** GET /api/divisions (../shared/CONTRACTS.md §5): a day, and a house when given. */
export const divisionsQuerySchema = z.object({
  date: z.preprocess(first, isoDay),
  house: optionalOne(z.string().min(1).max(60)),
});

/** GET /api/votes and a member's votes: a register person id, dates, title words, page. */
export const votesQuerySchema = z.object({
  person: z.preprocess(first, z.string().regex(/^[A-Za-z0-9_.:/#-]{1,120}$/, 'must be a register person id')),
  from: optionalOne(isoDay),
  to: optionalOne(isoDay),
  q: optionalOne(z.string().max(200)),
  page: z.preprocess((v) => first(v) || '1', z.coerce.number().int().min(1).max(10_000)),
  perPage: z.preprocess((v) => first(v) || '50', z.coerce.number().int().min(1).max(100)),
});

/** A request's query checked by `schema`: the values, or the 400 that names the first parameter that failed. */
export function checkQuery<T extends z.ZodTypeAny>(schema: T, req: Request): { data: z.infer<T> } | { refused: Response } {
  const parsed = schema.safeParse(queryObject(new URL(req.url)));
  if (parsed.success) return { data: parsed.data };
  const issue = parsed.error.issues[0];
  const param = String(issue?.path[0] ?? 'query');
  return { refused: badRequest(`${param}: ${issue?.message ?? 'not understood'}`, param) };
}

/** A URL's query as a plain object, repeated keys as arrays (what the schemas above take). */
export function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length === 1 ? all[0] : all;
  }
  return out;
}
