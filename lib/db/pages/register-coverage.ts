/** What the loaded member register covers, for the speaker pages' attribution line. */
import { getDb, type Db } from '../client';
import { REGISTER_ROW_ID } from '../store/register';

/**
 * What the loaded register covers, for the pages that show register facts: where it came from (the
 * bundled file, or the folder / URL a sync took parlparse's people.json from) and the latest date
 * its seats mention.
 */
export interface RegisterCoverage {
  /** A URL, a folder, or the path of the bundled register. */
  source: string;
  /** YYYY-MM-DD (or shorter for some old peerages); null when the register holds no seat. */
  dataTo: string | null;
}

export async function getRegisterCoverage(db: Db = getDb()): Promise<RegisterCoverage | null> {
  const imported = await db.memberRegisterImport.findUnique({ where: { id: REGISTER_ROW_ID }, select: { source: true } });
  if (!imported) return null;
  const [latest] = await db.$queryRaw<{ data_to: string | null }[]>`SELECT max(greatest("startDate", coalesce("endDate", ''))) AS data_to FROM "Membership"`;
  return { source: imported.source, dataTo: latest?.data_to ?? null };
}
