/**
 * Whether the thing a page address names exists, for proxy.ts's 404 of /d/{id} and
 * /speakers/{slug} (lib/http/not-found-page.ts). Kept apart from the page reads (whole records,
 * speaker pages) because the proxy asks on every request and needs only yes or no.
 */
import { getDb } from '../client';

/** Whether a record has this id (primary key). */
export async function hasRecord(id: string): Promise<boolean> {
  const [row] = await getDb().$queryRaw<Array<{ found: boolean }>>`SELECT EXISTS (SELECT 1 FROM "Record" WHERE id = ${id}) AS found`;
  return row?.found ?? false;
}

/** Whether a printed name (Speaker) or a register person has this slug: both have a /speakers page. */
export async function hasSpeakerSlug(slug: string): Promise<boolean> {
  const [row] = await getDb().$queryRaw<Array<{ found: boolean }>>`
    SELECT EXISTS (SELECT 1 FROM "Speaker" WHERE slug = ${slug}) OR EXISTS (SELECT 1 FROM "Person" WHERE slug = ${slug}) AS found`;
  return row?.found ?? false;
}
