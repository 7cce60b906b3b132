import { respondWithSearchFeed } from '@/lib/export/responses';

export const dynamic = 'force-dynamic';

/** GET /search.atom — any search (same parameters as /search) as an Atom feed, newest first. */
export function GET(req: Request) {
  return respondWithSearchFeed(req);
}
