import { respondWithQuestionFeed } from '@/lib/export/responses';

export const dynamic = 'force-dynamic';

/** GET /d/{id}/feed.atom — a written question's feed: one entry, updated when its answer arrives. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  return respondWithQuestionFeed(req, (await params).id);
}
