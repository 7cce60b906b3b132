import { respondWithCitation } from '@/lib/export/citation-responses';

export const dynamic = 'force-dynamic';

/** GET /c/{id}/cite.json — the contribution as a CSL-JSON item (an array of one, as citeproc reads). */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  return respondWithCitation(req, (await params).id, 'csl');
}
