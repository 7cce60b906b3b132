/**
 * What a day file is (house, record kind) and where its items live on TheyWorkForYou, from the
 * file name, falling back to the ids (gids) inside it. Gids look like
 * `uk.org.publicwhip/<kind>/<date><version>.<col>.<n>`; the TWFY address of a gid is
 * `https://www.theyworkforyou.com/<section>/?id=<date><version>.<col>.<n>`.
 */
import type { House, RecordKind } from '../record';

/**
 * The series a day file belongs to: Westminster's, and the devolved ones (`sp` the Scottish
 * Parliament's chamber, `sp-committee` its committees, `spwa` its written answers, `ni` the NI
 * Assembly, `senedd` the Senedd's plenary).
 */
export type Collection = 'debates' | 'whall' | 'lords' | 'wrans' | 'wms' | 'pbc' | 'sp' | 'sp-committee' | 'spwa' | 'ni' | 'senedd';

export interface DayFileKind {
  collection: Collection | null;
  house: House | null;
  /** Kind of the records before looking at their contents (debates may become oral-answers). */
  recordKind: RecordKind;
}

const TWFY = 'https://www.theyworkforyou.com';

/** File-name prefixes parlparse gives each kind of day file. Longest first: "lordswms" before "lords". */
const FILE_PREFIXES: [string, DayFileKind][] = [
  ['spwa', { collection: 'spwa', house: 'Scottish Parliament', recordKind: 'written-question' }],
  ['senedd', { collection: 'senedd', house: 'Senedd', recordKind: 'debate' }],
  ['lordswrans', { collection: 'wrans', house: 'Lords', recordKind: 'written-question' }],
  ['lordswms', { collection: 'wms', house: 'Lords', recordKind: 'written-statement' }],
  ['westminster', { collection: 'whall', house: 'Commons', recordKind: 'debate' }],
  ['ministerial', { collection: 'wms', house: 'Commons', recordKind: 'written-statement' }],
  ['standing', { collection: 'pbc', house: 'Commons', recordKind: 'debate' }],
  ['debates', { collection: 'debates', house: 'Commons', recordKind: 'debate' }],
  ['daylord', { collection: 'lords', house: 'Lords', recordKind: 'debate' }],
  ['answers', { collection: 'wrans', house: 'Commons', recordKind: 'written-question' }],
  ['lords', { collection: 'lords', house: 'Lords', recordKind: 'debate' }],
  ['sp2', { collection: 'sp', house: 'Scottish Parliament', recordKind: 'debate' }],
  ['ni2', { collection: 'ni', house: 'Northern Ireland Assembly', recordKind: 'debate' }],
];

/** Gid kinds (the path segment after uk.org.publicwhip/) and the TWFY section that shows them. */
const GID_KINDS: Record<string, { collection: Collection; recordKind: RecordKind; house: House | null; section?: string }> = {
  debate: { collection: 'debates', recordKind: 'debate', house: 'Commons' },
  westminhall: { collection: 'whall', recordKind: 'debate', house: 'Commons' },
  lords: { collection: 'lords', recordKind: 'debate', house: 'Lords' },
  wrans: { collection: 'wrans', recordKind: 'written-question', house: null },
  lordswrans: { collection: 'wrans', recordKind: 'written-question', house: 'Lords' },
  wms: { collection: 'wms', recordKind: 'written-statement', house: null },
  lordswms: { collection: 'wms', recordKind: 'written-statement', house: 'Lords' },
  standing: { collection: 'pbc', recordKind: 'debate', house: 'Commons' },
  spor: { collection: 'sp', recordKind: 'debate', house: 'Scottish Parliament', section: 'sp' },
  spwa: { collection: 'spwa', recordKind: 'written-question', house: 'Scottish Parliament', section: 'spwrans' },
  ni: { collection: 'ni', recordKind: 'debate', house: 'Northern Ireland Assembly', section: 'ni' },
  senedd: { collection: 'senedd', recordKind: 'debate', house: 'Senedd', section: 'senedd' },
};

/**
 * sp-new day files (parlparse's sp_2024 scraper) are named `<date>_<id>.xml` in a folder per body;
 * their gids carry the body's slug unless it is the meeting of the Parliament:
 * `uk.org.publicwhip/spor/<committee-slug>/<date>.<major>.<minor>`.
 */
const SP_COMMITTEE_GID = /^uk\.org\.publicwhip\/spor\/([a-z0-9-]+)\//;

const GID = /^uk\.org\.publicwhip\/([a-z]+)\/(.+)$/;

/**
 * Classifies a day file. `firstGid`/`firstUrl` are the first item's id and Hansard url: the url
 * tells Lords written answers (…/pa/ld…) from Commons ones when the file name does not.
 */
export function classifyDayFile(fileName: string, firstGid: string | null, firstUrl: string | null): DayFileKind {
  const base = fileName.split(/[\\/]/).pop()!.toLowerCase();
  for (const [prefix, kind] of FILE_PREFIXES) if (base.startsWith(prefix)) return kind;
  const gidKind = firstGid ? GID.exec(firstGid)?.[1] : undefined;
  const known = gidKind ? GID_KINDS[gidKind] : undefined;
  if (!known) return { collection: null, house: houseFromUrl(firstUrl), recordKind: 'other' };
  if (known.collection === 'sp' && firstGid && SP_COMMITTEE_GID.test(firstGid)) return { collection: 'sp-committee', recordKind: 'debate', house: known.house };
  return { collection: known.collection, recordKind: known.recordKind, house: known.house ?? houseFromUrl(firstUrl) ?? 'Commons' };
}

function houseFromUrl(url: string | null): House | null {
  if (!url) return null;
  if (/\/pa\/ld\d|lords/i.test(url)) return 'Lords';
  if (/\/pa\/cm\d|commons/i.test(url)) return 'Commons';
  return null;
}

/**
 * TheyWorkForYou address of a heading or speech, or null when the gid is not one TWFY shows.
 * Public bill committees need the bill's title and the session: /pbc/2008-09/Child_Poverty_Bill/05-0_2009-10-27a.2.2
 */
export function toTwfyUrl(gid: string, context: { billTitle?: string | null; date?: string | null } = {}): string | null {
  const m = GID.exec(gid);
  if (!m) return null;
  const kind = GID_KINDS[m[1]];
  if (!kind) return null;
  // TheyWorkForYou's address of an sp-new committee's items is not documented: none rather than a guess.
  if (kind.collection === 'sp' && m[2].includes('/')) return null;
  // TheyWorkForYou drops a Senedd gid's language folder (hansardlist.php SENEDDENLIST / SENEDDCYLIST
  // gidprefix `uk.org.publicwhip/senedd/en/`): the site's own language chooses the file.
  if (kind.collection === 'senedd') return `${TWFY}/senedd/?id=${encodeURIComponent(m[2].replace(/^(?:en|cy)\//, ''))}`;
  if (kind.section) return `${TWFY}/${kind.section}/?id=${encodeURIComponent(m[2])}`;
  if (kind.collection !== 'pbc') return `${TWFY}/${kind.collection}/?id=${encodeURIComponent(m[2])}`;
  // standing gids: standing<first sitting date>_<BILLCODE>_<sitting>_<date><version>.<col>.<n>
  const sitting = /^standing[^_]*_[^_]+_(.+)$/.exec(m[2])?.[1];
  const session = context.date ? sessionOf(context.date) : null;
  if (!sitting || !session || !context.billTitle) return null;
  return `${TWFY}/pbc/${session}/${encodeURIComponent(context.billTitle.replace(/ /g, '_'))}/${encodeURIComponent(sitting)}`;
}

/** State Opening dates: a parliamentary session runs from one to the next. */
const SESSION_STARTS: [string, string][] = [
  ['1997-05-14', '1997-98'],
  ['1998-11-24', '1998-99'],
  ['1999-11-17', '1999-00'],
  ['2000-12-06', '2000-01'],
  ['2001-06-20', '2001-02'],
  ['2002-11-13', '2002-03'],
  ['2003-11-26', '2003-04'],
  ['2004-11-23', '2004-05'],
  ['2005-05-17', '2005-06'],
  ['2006-11-15', '2006-07'],
  ['2007-11-06', '2007-08'],
  ['2008-12-03', '2008-09'],
  ['2009-11-18', '2009-10'],
  ['2010-05-25', '2010-12'],
  ['2012-05-09', '2012-13'],
  ['2013-05-08', '2013-14'],
  ['2014-06-04', '2014-15'],
  ['2015-05-27', '2015-16'],
  ['2016-05-18', '2016-17'],
  ['2017-06-21', '2017-19'],
  ['2019-10-14', '2019'],
  ['2019-12-19', '2019-21'],
  ['2021-05-11', '2021-22'],
  ['2022-05-10', '2022-23'],
  ['2023-11-07', '2023-24'],
  ['2024-07-17', '2024-26'],
];

/** The session a sitting date falls in ("2008-09"), or null before 1997. */
export function sessionOf(date: string): string | null {
  let found: string | null = null;
  for (const [start, name] of SESSION_STARTS) if (date >= start) found = name;
  return found;
}

/** Sitting date from a gid or file name: the last YYYY-MM-DD followed by a version letter or dot. */
export function dateFromId(id: string): string | null {
  const all = [...id.matchAll(/(\d{4}-\d{2}-\d{2})(?=[a-z]?(?:\.|$)|[a-z]?\.xml)/g)];
  return all.length ? all[all.length - 1][1] : null;
}
