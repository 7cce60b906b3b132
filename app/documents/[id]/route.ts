import { withDatabase } from '@/lib/db/errors';
import { getSourceDocumentText } from '@/lib/db/queries';
import { idParamSchema } from '@/lib/route-params';

export const dynamic = 'force-dynamic';

/** The source document as ingested, as plain text (never rendered as HTML). */
export const GET = withDatabase(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = idParamSchema.safeParse((await params).id);
  const doc = id.success ? await getSourceDocumentText(id.data) : null;
  if (!doc) return Response.json({ error: 'no such document' }, { status: 404 });
  return new Response(doc.rawText, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Disposition': `inline; filename="${doc.fileName.split('/').pop()?.replace(/[^\w.-]/g, '_')}"` },
  });
});
