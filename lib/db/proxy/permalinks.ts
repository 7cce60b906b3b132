/**
 * What a contribution id in a permalink stands for now: a live contribution, one that moved when
 * its document was corrected (→ 301 to the new id), one that was removed (→ 410 with a link to
 * its record), or nothing (→ 404). Kept apart from the record reads (server-only, whole records)
 * because proxy.ts asks this on every permalink request and needs only the status. The answers
 * themselves are lib/http/permalink.ts.
 */
import { getDb, type Db } from '../client';

/** An id that is not a live contribution: what the alias table says became of it. */
export type RetiredPermalinkStatus = { status: 'moved'; to: string } | { status: 'gone'; recordId: string; recordExists: boolean } | { status: 'missing' };

export type PermalinkStatus = { status: 'live' } | RetiredPermalinkStatus;

export async function getPermalinkStatus(id: string, db: Db = getDb()): Promise<PermalinkStatus> {
  if (await db.contribution.findUnique({ where: { id }, select: { id: true } })) return { status: 'live' };
  return getRetiredPermalinkStatus(id, db);
}

/** For an id that is not (or no longer) a live contribution: the alias left by a correction, if any. */
export async function getRetiredPermalinkStatus(id: string, db: Db = getDb()): Promise<RetiredPermalinkStatus> {
  const alias = await db.contributionAlias.findUnique({ where: { oldId: id } });
  if (!alias) return { status: 'missing' };
  if (alias.newId) return { status: 'moved', to: alias.newId };
  const recordExists = (await db.record.count({ where: { id: alias.recordId } })) > 0;
  return { status: 'gone', recordId: alias.recordId, recordExists };
}
