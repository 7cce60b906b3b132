/**
 * ParlParse / TheyWorkForYou day-file names, read without opening the file: which kind of day
 * file (and the `scrapedxml/` folder it lives in), the sitting date, and the version letter.
 * Versions run "", a … z, aa, ab …: a re-published day gets the next letter, and the latest
 * version of a day is the one that counts. Pure; used by ingest (older versions of a day give
 * their gid redirects to the latest) and sync (which files to mirror).
 */

/** The kinds `npm run sync -- --kinds` takes: the folder names under `scrapedxml/`. */
export const DAY_FILE_KINDS = [
  'debates',
  'westminhall',
  'lordspages',
  'wrans',
  'lordswrans',
  'wms',
  'lordswms',
  'standing',
  // The devolved legislatures: the Scottish Parliament's Official Report (legacy `sp/`, and
  // `sp-new/<body>/` since 2024, committees included), its written answers, the Senedd's Record
  // of Proceedings (`senedd/en/`, `senedd/cy/`) and the NI Assembly's Official Report.
  'sp',
  'sp-new',
  'sp-written',
  'senedd',
  'ni',
  // The Scottish Parliament's question tracking: not a day's record but where each question was
  // mentioned (business bulletin, holding answer, answer), in files `up-to-<timestamp>.xml`.
  'sp-questions',
] as const;
export type DayFileKind = (typeof DAY_FILE_KINDS)[number];

/** File-name prefix of each kind (the folder is the kind); sp-new files have none (`<date>_<meeting id>.xml`), sp-questions theirs below. */
const PREFIXES: Record<Exclude<DayFileKind, 'sp-new' | 'sp-questions'>, string> = {
  debates: 'debates',
  westminhall: 'westminster',
  lordspages: 'daylord',
  wrans: 'answers',
  lordswrans: 'lordswrans',
  wms: 'ministerial',
  lordswms: 'lordswms',
  standing: 'standing',
  sp: 'sp',
  'sp-written': 'spwa',
  senedd: 'senedd',
  ni: 'ni',
};
const KIND_BY_PREFIX = new Map(Object.entries(PREFIXES).map(([kind, prefix]) => [prefix, kind as DayFileKind]));

// `<prefix>YYYY-MM-DD<v>.xml`; committees: `standing<bill>_<TITLE>_<NN>-0_YYYY-MM-DD<v>.xml`.
const DAY_FILE = /^(debates|westminster|daylord|answers|lordswrans|ministerial|lordswms|spwa|sp|ni|senedd)(\d{4}-\d{2}-\d{2})([a-z]*)\.xml$/;
// sp-new/<body>/<date>_<meeting id>.xml (parlparse's sp_2024 scraper): one file per meeting.
const SP_NEW_FILE = /^(\d{4}-\d{2}-\d{2})_(\d+)\.xml$/;
/** Kinds whose files sit one folder deeper: `<kind>/<sub-folder>/<file>`. */
export const NESTED_KINDS: readonly DayFileKind[] = ['sp-new', 'senedd'];
/** The Senedd's two languages: one file per language per day (`senedd/en/`, `senedd/cy/`). */
export const SENEDD_LANGUAGES = ['en', 'cy'] as const;
const COMMITTEE_FILE = /^(standing)(.*_)(\d{4}-\d{2}-\d{2})([a-z]*)\.xml$/;
// sp-questions/up-to-2009-10-26T08:20:00.445366.xml: the mentions found up to that time (TheyWorkForYou's
// xml2db.pl reads `^up-to-(\d{4}-\d\d-\d\d)(.*)\.xml$`). Each file is its own "day": none replaces another.
const SP_QUESTIONS_FILE = /^up-to-(\d{4}-\d{2}-\d{2})(T[0-9:.]{1,40})?\.xml$/;

export interface DayFileName {
  kind: DayFileKind;
  /** The sitting date, YYYY-MM-DD. */
  date: string;
  /** "" for a day published once (written answers since 2014), else a…z, aa… */
  version: string;
  /** The name without its version letter: the same for every version of one day. */
  dayKey: string;
}

/**
 * Reads a day-file name (a base name, or a path whose last part is one); null for anything else.
 * A Senedd file's language folder and an sp-new file's body folder are part of its day key: the
 * English and Welsh files of one day, or two bodies meeting on one day, are not versions of each other.
 */
export function parseDayFileName(fileName: string): DayFileName | null {
  const parts = fileName.split(/[\\/]/);
  const base = parts.pop() ?? '';
  const parent = parts.pop() ?? '';
  const day = DAY_FILE.exec(base);
  if (day) {
    const kind = KIND_BY_PREFIX.get(day[1])!;
    const folder = kind === 'senedd' && (SENEDD_LANGUAGES as readonly string[]).includes(parent) ? `${parent}/` : '';
    return { kind, date: day[2], version: day[3], dayKey: `${folder}${day[1]}${day[2]}` };
  }
  const meeting = SP_NEW_FILE.exec(base);
  if (meeting && parts.pop() === 'sp-new') return { kind: 'sp-new', date: meeting[1], version: '', dayKey: `sp-new/${parent}/${meeting[1]}_${meeting[2]}` };
  const tracking = SP_QUESTIONS_FILE.exec(base);
  if (tracking && parent === 'sp-questions') return { kind: 'sp-questions', date: tracking[1], version: '', dayKey: `sp-questions/${base}` };
  const committee = COMMITTEE_FILE.exec(base);
  if (committee) return { kind: 'standing', date: committee[3], version: committee[4], dayKey: `${committee[1]}${committee[2]}${committee[3]}` };
  return null;
}

/** Orders version letters: "" < a < … < z < aa < ab … (negative when `a` is older). */
export function compareVersions(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

export interface DayFileGroup<T> {
  dayKey: string;
  latest: T;
  /** Earlier versions of the same day, oldest first. */
  older: T[];
}

/**
 * Groups items (files) by day and orders each day's versions: the latest version wins, the
 * older ones carry the gid redirects to it. Items whose name is no day-file name are returned
 * apart, in their order.
 */
export function groupDayFileVersions<T>(items: readonly T[], nameOf: (item: T) => string): { days: DayFileGroup<T>[]; others: T[] } {
  const byDay = new Map<string, { item: T; version: string }[]>();
  const others: T[] = [];
  for (const item of items) {
    const parsed = parseDayFileName(nameOf(item));
    if (!parsed) {
      others.push(item);
      continue;
    }
    const list = byDay.get(parsed.dayKey) ?? [];
    list.push({ item, version: parsed.version });
    byDay.set(parsed.dayKey, list);
  }
  const days = [...byDay].map(([dayKey, versions]) => {
    versions.sort((a, b) => compareVersions(a.version, b.version));
    return { dayKey, latest: versions[versions.length - 1].item, older: versions.slice(0, -1).map((v) => v.item) };
  });
  return { days, others };
}
