/**
 * Where a sync run stands, kept in Postgres (SyncCursor) so that an interrupted run resumes.
 */
import type { Db } from '../client';

export async function readSyncCursor(db: Db, source: string): Promise<unknown | null> {
  const row = await db.syncCursor.findUnique({ where: { source } });
  return row?.state ?? null;
}

export async function writeSyncCursor(db: Db, source: string, state: object): Promise<void> {
  await db.syncCursor.upsert({ where: { source }, create: { source, state }, update: { state } });
}
