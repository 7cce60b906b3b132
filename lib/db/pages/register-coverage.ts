/** What the loaded member register covers, for the speaker pages' attribution line and the wording of open posts. */
import { getDb, type Db } from '../client';
import { REGISTER_ROW_ID } from '../store/register';

/**
 * What the loaded register covers, for the pages that show register facts: where it came from (the
 * bundled file, or the folder / URL a sync took parlparse's people.json from), the latest date
 * its seats mention, and how far its open posts are known to be held.
 */
export interface RegisterCoverage {
  /** A URL, a folder, or the path of the bundled register. */
  source: string;
  /** YYYY-MM-DD (or shorter for some old peerages); null when the register holds no seat. */
  dataTo: string | null;
  /** Where the register's office data ends (YYYY-MM-DD), stored by the import; null when it does not say. */
  officesKnownUntil: string | null;
}

export async function getRegisterCoverage(db: Db = getDb()): Promise<RegisterCoverage | null> {
  const imported = await db.memberRegisterImport.findUnique({ where: { id: REGISTER_ROW_ID }, select: { source: true, officesKnownUntil: true } });
  if (!imported) return null;
  const [latest] = await db.$queryRaw<{ data_to: string | null }[]>`SELECT max(greatest("startDate", coalesce("endDate", ''))) AS data_to FROM "Membership"`;
  return { source: imported.source, dataTo: latest?.data_to ?? null, officesKnownUntil: imported.officesKnownUntil };
}

/**
 * Where the loaded register's office data ends, alone: what a record page needs to word a post
 * the register holds open (one row by key, without getRegisterCoverage's scan of the seats).
 */
export async function getRegisterOfficesKnownUntil(db: Db = getDb()): Promise<string | null> {
  const imported = await db.memberRegisterImport.findUnique({ where: { id: REGISTER_ROW_ID }, select: { officesKnownUntil: true } });
  return imported?.officesKnownUntil ?? null;
}
