/**
 * Reads for browsing the record by sitting day (/sittings, /sittings/YYYY-MM-DD, the home page):
 * which days have records, per house; one day's records with their first time, speakers and
 * contribution counts; the sitting days either side. Aggregates in SQL over Record.date (indexed),
 * so a page costs a few queries whatever the size of a day.
 */
import 'server-only';
import { toIsoDate } from '../../dates';
import { HOUSES } from '../../parse/record';
import { getDb } from '../client';

/**
 * Where a record was: its house (Westminster's two, then the devolved legislatures), or `other`
 * when the source names none or both Houses (committee publications, bicameral statements).
 */
export type SittingHouse = (typeof HOUSES)[number] | 'other';
export const SITTING_HOUSES: readonly SittingHouse[] = [...HOUSES, 'other'];

/** One calendar day with records: how many records per house. */
export interface SittingDaySummary {
  date: string;
  records: Partial<Record<SittingHouse, number>>;
}

/** A record as a day's listing shows it. */
export interface SittingRecord {
  id: string;
  url: string;
  title: string;
  kind: string;
  house: SittingHouse;
  /** Where it was said (lib/parse/venue.ts), when the source tells. */
  venue: string | null;
  /** Time of the first contribution that prints one; null when the source gives none. */
  firstTime: string | null;
  contributions: number;
  /** The first few distinct speakers, in order of first appearance, as printed. */
  speakers: string[];
  /** How many distinct speakers in all. */
  speakerCount: number;
}

export interface SittingDayView {
  date: string;
  records: SittingRecord[];
  previous: string | null;
  next: string | null;
}

/** Speakers named per record; the rest are counted ("and N more"). */
export const SPEAKERS_SHOWN = 3;

const HOUSE_SQL = `COALESCE(r.house, 'other')`;

function asHouse(value: string): SittingHouse {
  return (HOUSES as readonly string[]).includes(value) ? (value as SittingHouse) : 'other';
}

/** Houses in SITTING_HOUSES order, for ORDER BY (the houses are our own constants, not input). */
const HOUSE_ORDER_SQL = `CASE ${HOUSE_SQL} ${HOUSES.map((h, i) => `WHEN '${h}' THEN ${i}`).join(' ')} ELSE ${HOUSES.length} END`;

/** Years that have dated records, oldest first, with how many records each. */
export async function listSittingYears(): Promise<Array<{ year: number; records: number }>> {
  const rows = await getDb().$queryRaw<Array<{ year: number; records: number }>>`
    SELECT EXTRACT(YEAR FROM r.date)::int AS year, COUNT(*)::int AS records
    FROM "Record" r WHERE r.date IS NOT NULL GROUP BY 1 ORDER BY 1`;
  return rows;
}

/** Every day of `year` that has records, with counts per house, in date order. */
export async function listSittingDays(year: number): Promise<SittingDaySummary[]> {
  const rows = await getDb().$queryRawUnsafe<Array<{ date: Date; house: string; records: number }>>(
    `SELECT r.date, ${HOUSE_SQL} AS house, COUNT(*)::int AS records
     FROM "Record" r
     WHERE r.date >= make_date($1::int, 1, 1) AND r.date < make_date($1::int + 1, 1, 1)
     GROUP BY 1, 2 ORDER BY 1, 2`,
    year,
  );
  const days = new Map<string, SittingDaySummary>();
  for (const row of rows) {
    const date = toIsoDate(row.date)!;
    const day = days.get(date) ?? { date, records: {} };
    day.records[asHouse(row.house)] = row.records;
    days.set(date, day);
  }
  return [...days.values()];
}

type SittingRecordRow = Omit<SittingRecord, 'url' | 'house'> & { house: string };

/**
 * The records of one day (optionally of one house), by house, venue, kind and document order, with
 * their contributions aggregated per record. `limit` caps the records per call (home page).
 */
async function listSittingRecords(date: string, house?: SittingHouse, limit = 10_000): Promise<SittingRecord[]> {
  const rows = await getDb().$queryRawUnsafe<SittingRecordRow[]>(
    `SELECT r.id, r.title, r.kind, r.venue, ${HOUSE_SQL} AS house,
            COALESCE(c.contributions, 0)::int AS contributions, c."firstTime",
            COALESCE(s.speakers, '{}') AS speakers, COALESCE(s."speakerCount", 0)::int AS "speakerCount"
     FROM "Record" r
     JOIN "SourceDocument" d ON d.id = r."documentId"
     LEFT JOIN LATERAL (
       SELECT COUNT(*) AS contributions, (ARRAY_AGG(x.time ORDER BY x.position) FILTER (WHERE x.time IS NOT NULL))[1] AS "firstTime"
       FROM "Contribution" x WHERE x."recordId" = r.id
     ) c ON true
     LEFT JOIN LATERAL (
       SELECT (ARRAY_AGG(n.name ORDER BY n.first))[1:${SPEAKERS_SHOWN}] AS speakers, COUNT(*) AS "speakerCount"
       FROM (SELECT x."speakerName" AS name, MIN(x.position) AS first FROM "Contribution" x
             WHERE x."recordId" = r.id AND x."speakerName" IS NOT NULL GROUP BY 1) n
     ) s ON true
     WHERE r.date = $1::date AND ($2::text IS NULL OR ${HOUSE_SQL} = $2::text)
     ORDER BY ${HOUSE_ORDER_SQL}, r.venue NULLS LAST, r.kind, d."fileName", r.position
     LIMIT $3::int`,
    date,
    house ?? null,
    limit,
  );
  return rows.map((row) => ({ ...row, house: asHouse(row.house), url: `/d/${row.id}` }));
}

/** The nearest days before and after `date` that have records (of `house`, when given). */
async function findNeighbourDays(date: string, house?: SittingHouse): Promise<{ previous: string | null; next: string | null }> {
  const [row] = await getDb().$queryRawUnsafe<Array<{ previous: Date | null; next: Date | null }>>(
    `SELECT (SELECT MAX(r.date) FROM "Record" r WHERE r.date < $1::date AND ($2::text IS NULL OR ${HOUSE_SQL} = $2::text)) AS previous,
            (SELECT MIN(r.date) FROM "Record" r WHERE r.date > $1::date AND ($2::text IS NULL OR ${HOUSE_SQL} = $2::text)) AS next`,
    date,
    house ?? null,
  );
  return { previous: toIsoDate(row?.previous ?? null), next: toIsoDate(row?.next ?? null) };
}

/** One sitting day: its records and the sitting days either side; null when the day has no records. */
export async function getSittingDay(date: string): Promise<SittingDayView | null> {
  const records = await listSittingRecords(date);
  if (records.length === 0) return null;
  return { date, records, ...(await findNeighbourDays(date)) };
}

/** For each house, its latest `days` sitting days with the first `perDay` records of each and the day's total. */
async function listLatestSittings(days: number, perDay: number) {
  return Promise.all(
    SITTING_HOUSES.map(async (house) => {
      const dates = await getDb().$queryRawUnsafe<Array<{ date: Date; records: number }>>(
        `SELECT r.date, COUNT(*)::int AS records FROM "Record" r
         WHERE r.date IS NOT NULL AND ${HOUSE_SQL} = $1::text GROUP BY 1 ORDER BY 1 DESC LIMIT $2::int`,
        house,
        days,
      );
      const sittings = await Promise.all(
        dates.map(async ({ date, records }) => {
          const iso = toIsoDate(date)!;
          return { date: iso, total: records, records: await listSittingRecords(iso, house, perDay) };
        }),
      );
      return { house, sittings };
    }),
  );
}

/** What the index holds, for the home page: counts, the date range, and which member register is loaded. */
async function getHoldingsSummary() {
  const db = getDb();
  const [[span], register] = await Promise.all([
    db.$queryRaw<Array<{ records: number; contributions: number; first: Date | null; last: Date | null; undated: number }>>`
      SELECT (SELECT COUNT(*)::int FROM "Record") AS records, (SELECT COUNT(*)::int FROM "Contribution") AS contributions,
             MIN(r.date) AS first, MAX(r.date) AS last, (SELECT COUNT(*)::int FROM "Record" WHERE date IS NULL) AS undated
      FROM "Record" r`,
    db.$queryRaw<Array<{ source: string; importedAt: Date; persons: number; first: string | null; last: string | null }>>`
      SELECT i.source, i."importedAt", (SELECT COUNT(*)::int FROM "Person") AS persons,
             (SELECT MIN(m."startDate") FROM "Membership" m) AS first,
             (SELECT MAX(COALESCE(m."endDate", m."startDate")) FROM "Membership" m) AS last
      FROM "MemberRegisterImport" i ORDER BY i."importedAt" DESC LIMIT 1`,
  ]);
  const reg = register[0];
  return {
    records: span?.records ?? 0,
    contributions: span?.contributions ?? 0,
    undatedRecords: span?.undated ?? 0,
    first: toIsoDate(span?.first ?? null),
    last: toIsoDate(span?.last ?? null),
    register: reg ? { source: reg.source, importedAt: reg.importedAt.toISOString(), persons: reg.persons, first: reg.first, last: reg.last } : null,
  };
}

/** The home page: each house's latest sitting days with a few records each, and what the index holds. */
export async function getFrontDoorView(days = 2, perDay = 5) {
  const [latest, holdings] = await Promise.all([listLatestSittings(days, perDay), getHoldingsSummary()]);
  return { latest, holdings };
}
