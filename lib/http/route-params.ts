/**
 * Route parameters checked before they reach a query: a `/x/{id}` segment is one of our ids
 * (lib/ids.ts) or the route answers 404 without asking the database.
 */
import { z } from 'zod';
import { ID_PATTERN } from '../ids';

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
