/**
 * The reads behind reference lookups (/go and the search box's "Go to"): records by question
 * number, records and contributions by the source's own id (ParlParse gid) or address, and one
 * sitting day's records with the Hansard columns their contributions start in. Plain rows out;
 * lib/references decides what matches.
 */
import { toIsoDate } from '../../dates';
import { getDb, type Db } from '../client';

/** One record or contribution a reference may point to, with what a list of candidates shows. */
export interface ReferenceTarget {
  recordId: string;
  /** Null when the reference names the whole record. */
  contributionId: string | null;
  title: string;
  kind: string;
  house: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  venue: string | null;
  /** The contribution's column, else the record's first, as printed. */
  column: string | null;
  speakerName: string | null;
}

const RECORD_FIELDS = { id: true, title: true, kind: true, house: true, date: true, venue: true, column: true } as const;

type RecordFields = { id: string; title: string; kind: string; house: string | null; date: Date | null; venue: string | null; column: string | null };

function toRecordTarget(r: RecordFields): ReferenceTarget {
  return {
    recordId: r.id,
    contributionId: null,
    title: r.title,
    kind: r.kind,
    house: r.house,
    date: toIsoDate(r.date),
    venue: r.venue,
    column: r.column,
    speakerName: null,
  };
}

function toContributionTarget(c: { id: string; column: string | null; speakerName: string | null; record: RecordFields }): ReferenceTarget {
  return { ...toRecordTarget(c.record), contributionId: c.id, column: c.column ?? c.record.column, speakerName: c.speakerName };
}

/**
 * Records whose question number is `uin` (upper-case; a grouped question lists several, "HL5777,
 * HL5778"), tabled, answered or sitting on `date` when one is given. The split expression is the
 * one the GIN index Record_uin_numbers_idx holds (its migration), character for character (hence
 * the semicolon as \x3b).
 */
export async function findRecordsByUin(uin: string, date: string | null, db: Db = getDb()): Promise<ReferenceTarget[]> {
  const day = date ? new Date(`${date}T00:00:00Z`) : null;
  const ids = await db.$queryRaw<Array<{ id: string }>>`
    SELECT r.id FROM "Record" r
    WHERE r.uin IS NOT NULL
      AND regexp_split_to_array(upper(btrim(r.uin)), '[,\\x3b[:space:]]+') @> ARRAY[${uin}]::text[]
      AND (${day}::date IS NULL OR r."tabledDate" = ${day}::date OR r."answeredDate" = ${day}::date OR r.date = ${day}::date)
    ORDER BY r.date DESC NULLS LAST, r.id
    LIMIT 50`;
  if (!ids.length) return [];
  const rows = await db.record.findMany({
    where: { id: { in: ids.map((r) => r.id) } },
    select: RECORD_FIELDS,
    orderBy: [{ date: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
  });
  return rows.map(toRecordTarget);
}

/** `\`, `%` and `_` written literally inside a LIKE pattern. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Contributions and records whose source id is `gid`, or (with `suffix`) starts with `gid` and
 * ends with `suffix`: a Public Bill Committee's TheyWorkForYou address names only a gid's end.
 */
export async function findBySourceId(gid: string, options: { suffix?: string } = {}, db: Db = getDb()): Promise<ReferenceTarget[]> {
  const ids = options.suffix === undefined ? null : await findIdsBySourceIdEnd(gid, options.suffix, db);
  const where = (matched: string[] | undefined) => (matched ? { id: { in: matched } } : { sourceId: gid });
  const [contributions, records] = await Promise.all([
    db.contribution.findMany({
      where: where(ids?.contributions),
      take: 50,
      orderBy: [{ recordId: 'asc' }, { position: 'asc' }],
      select: { id: true, column: true, speakerName: true, record: { select: RECORD_FIELDS } },
    }),
    db.record.findMany({ where: where(ids?.records), take: 50, orderBy: { id: 'asc' }, select: RECORD_FIELDS }),
  ]);
  return [...records.map(toRecordTarget), ...contributions.map(toContributionTarget)];
}

/**
 * Ids of contributions and records whose source id starts with `prefix` and ends with `suffix`,
 * found through the indexes on reverse("sourceId") (migration 20261207030000): the prefix alone
 * ("uk.org.publicwhip/standing/") is every committee sitting's.
 */
async function findIdsBySourceIdEnd(prefix: string, suffix: string, db: Db): Promise<{ contributions: string[]; records: string[] }> {
  const start = `${escapeLike(prefix)}%`;
  const reversedEnd = `${escapeLike([...suffix].reverse().join(''))}%`;
  const [contributions, records] = await Promise.all([
    db.$queryRaw<Array<{ id: string }>>`
      SELECT c.id FROM "Contribution" c WHERE reverse(c."sourceId") LIKE ${reversedEnd} AND c."sourceId" LIKE ${start} LIMIT 50`,
    db.$queryRaw<Array<{ id: string }>>`
      SELECT r.id FROM "Record" r WHERE reverse(r."sourceId") LIKE ${reversedEnd} AND r."sourceId" LIKE ${start} LIMIT 50`,
  ]);
  return { contributions: contributions.map((r) => r.id), records: records.map((r) => r.id) };
}

/**
 * Contributions whose gid is `gid` in another version of the same day (`2009-10-26a.1.0` for
 * `2009-10-26b.1.0`): TheyWorkForYou links to a version we may not hold. Never an exact match.
 */
export async function findBySourceIdInOtherVersions(gid: string, db: Db = getDb()): Promise<ReferenceTarget[]> {
  const m = /^(.*\d{4}-\d{2}-\d{2})[a-z]?(\..+)$/.exec(gid);
  if (!m) return [];
  const pattern = `${escapeLike(m[1])}_${escapeLike(m[2])}`;
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT c.id FROM "Contribution" c WHERE c."sourceId" LIKE ${pattern} AND c."sourceId" <> ${gid} LIMIT 20`;
  if (!rows.length) return [];
  const contributions = await db.contribution.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
    select: { id: true, column: true, speakerName: true, record: { select: RECORD_FIELDS } },
  });
  return contributions.map(toContributionTarget);
}

/** Records read from one of these addresses (Record.sourceUrl), as stored. */
export async function findRecordsBySourceUrl(urls: string[], db: Db = getDb()): Promise<ReferenceTarget[]> {
  const rows = await db.record.findMany({ where: { sourceUrl: { in: urls } }, take: 50, orderBy: { id: 'asc' }, select: RECORD_FIELDS });
  return rows.map(toRecordTarget);
}

/** A record of a sitting day with the columns its contributions start in, in order. */
export interface DayRecordColumns {
  target: ReferenceTarget;
  volume: string | null;
  /** Public Bill Committees: the bill, as printed. */
  bill: string | null;
  contributions: Array<{ id: string; column: string | null; speakerName: string | null }>;
}

/**
 * The records of one sitting day in a House (any House when null) held at one of `venues`, or
 * with no venue stored, in document order, with their contributions' columns.
 */
export async function findDayRecords(query: { date: string; house: string | null; venues: string[] }, db: Db = getDb()): Promise<DayRecordColumns[]> {
  const rows = await db.record.findMany({
    where: {
      date: new Date(`${query.date}T00:00:00Z`),
      ...(query.house ? { house: query.house } : {}),
      OR: [{ venue: { in: query.venues } }, { venue: null }],
    },
    orderBy: [{ documentId: 'asc' }, { position: 'asc' }],
    take: 2000,
    select: {
      ...RECORD_FIELDS,
      volume: true,
      bill: true,
      contributions: { orderBy: { position: 'asc' }, select: { id: true, column: true, speakerName: true } },
    },
  });
  return rows.map((r) => ({ target: toRecordTarget(r), volume: r.volume, bill: r.bill, contributions: r.contributions }));
}
