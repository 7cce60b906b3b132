/**
 * Which listed day files a sync takes: those of the kinds and dates asked, every version of each
 * chosen day (the latest is ingested; the older ones carry the gid redirects of corrected
 * speeches). Pure.
 */
import { groupDayFileVersions, parseDayFileName, type DayFileKind } from '../day-files';
import type { ListedFile } from './rsync';

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
}

/** `listed` holds files by their path below `scrapedxml/`, as `<kind>/<file>`. */
export function selectDayFiles(listed: readonly ListedFile[], criteria: SelectionCriteria): SelectedFiles {
  const wanted = listed.filter((f) => {
    const [folder, name] = f.name.split('/');
    const day = parseDayFileName(name ?? '');
    return (
      day !== null &&
      day.kind === folder &&
      criteria.kinds.includes(day.kind) &&
      (!criteria.from || day.date >= criteria.from) &&
      (!criteria.to || day.date <= criteria.to)
    );
  });
  const { days } = groupDayFileVersions(wanted, (f) => f.name);
  return { files: wanted, days: days.length, latest: days.map((d) => d.latest) };
}
