/**
 * ParlParse / TheyWorkForYou day-file names, read without opening the file: which kind of day
 * file (and the `scrapedxml/` folder it lives in), the sitting date, and the version letter.
 * Versions run "", a … z, aa, ab …: a re-published day gets the next letter, and the latest
 * version of a day is the one that counts. Pure; used by ingest (older versions of a day give
 * their gid redirects to the latest) and sync (which files to mirror).
 */

/** The kinds `npm run sync -- --kinds` takes: the folder names under `scrapedxml/`. */
export const DAY_FILE_KINDS = ['debates', 'westminhall', 'lordspages', 'wrans', 'lordswrans', 'wms', 'lordswms', 'standing'] as const;
export type DayFileKind = (typeof DAY_FILE_KINDS)[number];

/** File-name prefix of each kind (the folder is the kind). */
const PREFIXES: Record<DayFileKind, string> = {
  debates: 'debates',
  westminhall: 'westminster',
  lordspages: 'daylord',
  wrans: 'answers',
  lordswrans: 'lordswrans',
  wms: 'ministerial',
  lordswms: 'lordswms',
  standing: 'standing',
};
const KIND_BY_PREFIX = new Map(Object.entries(PREFIXES).map(([kind, prefix]) => [prefix, kind as DayFileKind]));

// `<prefix>YYYY-MM-DD<v>.xml`; committees: `standing<bill>_<TITLE>_<NN>-0_YYYY-MM-DD<v>.xml`.
const DAY_FILE = /^(debates|westminster|daylord|answers|lordswrans|ministerial|lordswms)(\d{4}-\d{2}-\d{2})([a-z]*)\.xml$/;
const COMMITTEE_FILE = /^(standing)(.*_)(\d{4}-\d{2}-\d{2})([a-z]*)\.xml$/;

export interface DayFileName {
  kind: DayFileKind;
  /** The sitting date, YYYY-MM-DD. */
  date: string;
  /** "" for a day published once (written answers since 2014), else a…z, aa… */
  version: string;
  /** The name without its version letter: the same for every version of one day. */
  dayKey: string;
}

/** Reads a day-file name (a base name, or a path whose last part is one); null for anything else. */
export function parseDayFileName(fileName: string): DayFileName | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const day = DAY_FILE.exec(base);
  if (day) return { kind: KIND_BY_PREFIX.get(day[1])!, date: day[2], version: day[3], dayKey: `${day[1]}${day[2]}` };
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
