/**
 * Permalink aliases from a source's own redirects (ParlParse `<gidredirect>`): when a re-published
 * day gives a speech a new id, the old contribution id answers 301 to the new one. Written inside
 * the transaction that stores the day's latest version (lib/db/store/store-document.ts), after the aliases
 * that guess by position, which an explicit redirect overrides.
 */
import type pg from 'pg';

export interface ContributionRedirect {
  oldId: string;
  newId: string;
}

/**
 * Writes `oldId → newId` for every pair whose new contribution exists and whose old id is not a
 * live contribution itself; aliases that pointed at an old id follow it. Returns how many old
 * ids now redirect as the source says (a guess by position that agreed counts too).
 */
export async function writeContributionRedirects(client: pg.PoolClient, redirects: readonly ContributionRedirect[]): Promise<number> {
  // One row per old id (the last redirect wins): an INSERT … ON CONFLICT may touch a row only once.
  const byOld = new Map(redirects.filter((r) => r.oldId !== r.newId).map((r) => [r.oldId, r.newId]));
  if (!byOld.size) return 0;
  // a → b (first correction) and b → c (second): a goes straight to c, where the live speech is.
  const follow = (id: string) => {
    const seen = new Set([id]);
    let to = byOld.get(id)!;
    while (byOld.has(to) && !seen.has(to)) {
      seen.add(to);
      to = byOld.get(to)!;
    }
    return to;
  };
  const oldIds = [...byOld.keys()];
  const newIds = oldIds.map(follow);
  const written = await client.query(
    `INSERT INTO "ContributionAlias" ("oldId", "newId", "recordId")
     SELECT v.old_id, c.id, c."recordId"
       FROM unnest($1::text[], $2::text[]) AS v(old_id, new_id)
       JOIN "Contribution" c ON c.id = v.new_id
      WHERE NOT EXISTS (SELECT 1 FROM "Contribution" live WHERE live.id = v.old_id)
     ON CONFLICT ("oldId") DO UPDATE SET "newId" = EXCLUDED."newId", "recordId" = EXCLUDED."recordId"`,
    [oldIds, newIds],
  );
  await client.query(
    `UPDATE "ContributionAlias" a SET "newId" = v.new_id
       FROM unnest($1::text[], $2::text[]) AS v(old_id, new_id)
      WHERE a."newId" = v.old_id AND EXISTS (SELECT 1 FROM "Contribution" c WHERE c.id = v.new_id)`,
    [oldIds, newIds],
  );
  return written.rowCount ?? 0;
}
