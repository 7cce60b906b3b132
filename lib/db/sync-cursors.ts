/**
 * Where a sync run stands, kept in Postgres (SyncCursor) so that an interrupted run resumes, and
 * the stored fingerprint of a source document, so that an unchanged one is not stored again.
 */
import type { Db } from './client';

export async function readSyncCursor(db: Db, source: string): Promise<unknown | null> {
  const row = await db.syncCursor.findUnique({ where: { source } });
  return row?.state ?? null;
}

export async function writeSyncCursor(db: Db, source: string, state: object): Promise<void> {
  await db.syncCursor.upsert({ where: { source }, create: { source, state }, update: { state } });
}

/** The SHA-256 stored for a source document key, or null when it was never stored. */
export async function storedSha256(db: Db, sourceKey: string): Promise<string | null> {
  const row = await db.sourceDocument.findUnique({ where: { sourceKey }, select: { sha256: true } });
  return row?.sha256 ?? null;
}
