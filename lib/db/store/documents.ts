/**
 * Source documents as a whole: whether a file is already stored unchanged, and how many are stored.
 */
import type { Db } from '../client';

/** The SHA-256 of the stored version of a source (by its document key); null when it was never stored. */
export async function getStoredSha256(db: Db, sourceKey: string): Promise<string | null> {
  const stored = await db.sourceDocument.findUnique({ where: { sourceKey }, select: { sha256: true } });
  return stored?.sha256 ?? null;
}

export async function countDocuments(db: Db): Promise<number> {
  return db.sourceDocument.count();
}
