import { getSourceDocumentText } from '@/lib/db/pages';
import { notFoundJson } from '@/lib/http/client-errors';
import { withDatabase } from '@/lib/http/database-unavailable';
import { readIdParam } from '@/lib/http/route-params';

export const dynamic = 'force-dynamic';

/** The source document as ingested, as plain text (never rendered as HTML). */
export const GET = withDatabase(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = await readIdParam(params);
  const doc = id ? await getSourceDocumentText(id) : null;
  if (!doc) return notFoundJson('no such document');
  return new Response(doc.rawText, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': `inline; filename="${doc.fileName
        .split('/')
        .pop()
        ?.replace(/[^\w.-]/g, '_')}"`,
    },
  });
});
