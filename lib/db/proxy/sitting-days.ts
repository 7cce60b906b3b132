/**
 * Whether a day has records, for proxy.ts's 404 of an empty /sittings/{date}. Kept apart from the
 * page reads (lib/db/pages/sittings.ts, server-only) because the proxy bundle loads it, as it does
 * lib/db/proxy/permalinks.ts.
 */
import { getDb } from '../client';

/** Whether any record is dated `date` (YYYY-MM-DD); uses the index on Record.date. */
export async function hasSittingDay(date: string): Promise<boolean> {
  const [row] = await getDb().$queryRaw<Array<{ found: boolean }>>`SELECT EXISTS (SELECT 1 FROM "Record" WHERE date = ${date}::date) AS found`;
  return row?.found ?? false;
}
