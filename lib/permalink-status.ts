/**
 * What a contribution id in a permalink stands for now: a live contribution, one that moved when
 * its document was corrected (→ 301 to the new id), one that was removed (→ 410 with a link to
 * its record), or nothing (→ 404). Kept apart from lib/db/queries.ts (server-only, loads whole
 * records) because proxy.ts asks this on every permalink request and needs only the status.
 */
import type { Db } from './db/client';

export type PermalinkStatus =
  | { status: 'live' }
  | { status: 'moved'; to: string }
  | { status: 'gone'; recordId: string; recordExists: boolean }
  | { status: 'missing' };

export async function getPermalinkStatus(db: Db, id: string): Promise<PermalinkStatus> {
  if (await db.contribution.findUnique({ where: { id }, select: { id: true } })) return { status: 'live' };
  const alias = await db.contributionAlias.findUnique({ where: { oldId: id } });
  if (!alias) return { status: 'missing' };
  if (alias.newId) return { status: 'moved', to: alias.newId };
  const recordExists = (await db.record.count({ where: { id: alias.recordId } })) > 0;
  return { status: 'gone', recordId: alias.recordId, recordExists };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/** The 410 page: a plain, self-contained document (the proxy answers before the app renders). */
export function renderGonePage(recordUrl: string | null): string {
  const link = recordUrl ? `<p><a href="${escapeHtml(recordUrl)}">Read the record it was part of</a></p>` : '';
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Contribution removed · Hansard Search</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}a{color:#1e40af}</style></head>
<body><main><h1>This contribution was removed</h1>
<p>A corrected version of its record no longer contains it.</p>
${link}<p><a href="/search">Search the record</a></p></main></body></html>
`;
}
