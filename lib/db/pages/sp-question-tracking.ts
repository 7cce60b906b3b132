/**
 * A Scottish Parliament written question's life as the Parliament's question tracking files give
 * it (lib/db/store/sp-question-tracking.ts): each mention once, even when several files print it,
 * dated mentions in date order, then the questions that cite it.
 */
import 'server-only';
import { toIsoDate } from '../../dates';
import { getDb } from '../client';

export interface SpQuestionMentionView {
  spid: string;
  type: string;
  /** As the file prints it; null when it gives none. */
  date: string | null;
  url: string | null;
  mentionedGid: string | null;
}

/** Question references read at most per page: a record prints one, grouped answers a few. */
const MAX_SPIDS = 20;
/** Mentions shown per page: real questions have a handful. */
const MAX_MENTIONS = 200;

export async function getSpQuestionMentions(spids: readonly string[]): Promise<SpQuestionMentionView[]> {
  const wanted = [...new Set(spids)].slice(0, MAX_SPIDS);
  if (!wanted.length) return [];
  const rows = await getDb().spQuestionMention.findMany({
    where: { spid: { in: wanted } },
    select: { spid: true, type: true, date: true, url: true, mentionedGid: true },
    orderBy: [{ date: { sort: 'asc', nulls: 'last' } }, { fileKey: 'asc' }, { position: 'asc' }],
    take: MAX_MENTIONS * 4,
  });
  const seen = new Set<string>();
  const views: SpQuestionMentionView[] = [];
  for (const r of rows) {
    const view = { spid: r.spid, type: r.type, date: toIsoDate(r.date), url: r.url, mentionedGid: r.mentionedGid };
    const key = JSON.stringify(view);
    if (seen.has(key)) continue;
    seen.add(key);
    views.push(view);
  }
  return views.slice(0, MAX_MENTIONS);
}
