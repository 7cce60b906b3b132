import { respondWithCitation } from '@/lib/export/citation-responses';

export const dynamic = 'force-dynamic';

/** GET /c/{id}/cite.bib — the contribution as a BibTeX @misc entry. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  return respondWithCitation(req, (await params).id, 'bibtex');
}
