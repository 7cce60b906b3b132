/**
 * Which listed day files a sync takes: those of the kinds and dates asked, every version of each
 * chosen day (the latest is ingested; the older ones carry the gid redirects of corrected
 * speeches). Files listed larger than a document may be are set aside, never fetched. Pure.
 */
import { groupDayFileVersions, NESTED_KINDS, parseDayFileName, type DayFileKind } from '../day-files';
import { MAX_DOCUMENT_BYTES } from '../parse/decode';
import { isPlainFileName, type ListedFile } from './rsync';

export interface SelectionCriteria {
  kinds: readonly DayFileKind[];
  /** Inclusive YYYY-MM-DD bounds on the sitting date. */
  from?: string | null;
  to?: string | null;
}

export interface SelectedFiles {
  /** Paths below `scrapedxml/` (`debates/debates2009-10-26b.xml`), every version of each chosen day. */
  files: ListedFile[];
  days: number;
  /** Latest versions: the files whose records land. */
  latest: ListedFile[];
  /** Files of the kinds and dates asked that are listed larger than a document may be: not fetched. */
  tooLarge: ListedFile[];
}

/**
 * `listed` holds files by their path below `scrapedxml/`, as `<kind>/<file>` (`<kind>/<folder>/<file>`
 * for the kinds one folder deeper: sp-new's bodies, the Senedd's languages): exactly those parts,
 * neither `.` nor `..`, so that no listed name can reach outside the mirror.
 */
export function selectDayFiles(listed: readonly ListedFile[], criteria: SelectionCriteria, maxFileBytes = MAX_DOCUMENT_BYTES): SelectedFiles {
  const asked = listed.filter((f) => {
    const parts = f.name.split('/');
    const folder = parts[0];
    const depth = NESTED_KINDS.includes(folder as DayFileKind) ? 3 : 2;
    if (parts.length !== depth || !parts.every(isPlainFileName)) return false;
    const day = parseDayFileName(f.name);
    return (
      day !== null &&
      day.kind === folder &&
      criteria.kinds.includes(day.kind) &&
      (!criteria.from || day.date >= criteria.from) &&
      (!criteria.to || day.date <= criteria.to)
    );
  });
  const wanted = asked.filter((f) => f.size <= maxFileBytes);
  const { days } = groupDayFileVersions(wanted, (f) => f.name);
  return { files: wanted, days: days.length, latest: days.map((d) => d.latest), tooLarge: asked.filter((f) => f.size > maxFileBytes) };
}
