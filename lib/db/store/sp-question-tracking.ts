/**
 * The Scottish Parliament's question tracking files as stored: one row per file (its checksum) and
 * its mentions (lib/parse/parlparse/sp-questions.ts). A changed file replaces its own mentions in
 * one transaction; other files' mentions stay.
 */
import type { Db } from '../client';

/** One mention as the parser reads it (lib/parse/parlparse/sp-questions.ts), in the columns stored. */
export interface TrackingMention {
  spid: string;
  type: string;
  date: string | null;
  url: string | null;
  mentionedGid: string | null;
}

export interface TrackingFileToStore {
  /** The file's name without `.xml`. */
  key: string;
  sha256: string;
  mentions: readonly TrackingMention[];
}

export async function getStoredTrackingSha256(db: Db, key: string): Promise<string | null> {
  return (await db.spQuestionTrackingFile.findUnique({ where: { key }, select: { sha256: true } }))?.sha256 ?? null;
}

/** Writes a file's mentions in place of what it held before, in one transaction. */
export async function storeTrackingFile(db: Db, file: TrackingFileToStore): Promise<number> {
  await db.$transaction([
    db.spQuestionMention.deleteMany({ where: { fileKey: file.key } }),
    db.spQuestionTrackingFile.upsert({
      where: { key: file.key },
      create: { key: file.key, sha256: file.sha256 },
      update: { sha256: file.sha256, ingestedAt: new Date() },
    }),
    db.spQuestionMention.createMany({
      data: file.mentions.map((m, position) => ({
        fileKey: file.key,
        position,
        spid: m.spid,
        type: m.type,
        date: m.date ? new Date(`${m.date}T00:00:00Z`) : null,
        url: m.url,
        mentionedGid: m.mentionedGid,
      })),
    }),
  ]);
  return file.mentions.length;
}
