/**
 * Dates as UK parliamentary pages print them ("26th November 2007", "8 October 2024",
 * "Monday 24 February 2025", "24 Feb 2025", "February 24, 2025", "24/02/2025") → "YYYY-MM-DD".
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\\s+)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';

/** Source of a regex that matches one printed date (day-month-year, month-day-year or d/m/y). */
export const DATE_PATTERN = `${WEEKDAY}(?:${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}|${MONTH}\\s+${DAY},?\\s+${YEAR}|(\\d{1,2})/(\\d{1,2})/${YEAR})`;

export interface FoundDate {
  iso: string;
  /** Offset of the match in the searched text. */
  index: number;
  /** The text that was matched, as printed. */
  matched: string;
}

/** Builds "YYYY-MM-DD" when the parts make a real calendar date, else null. */
export function toIsoDate(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isoFromMatch(m: RegExpExecArray): string | null {
  if (m[1]) return toIsoDate(Number(m[3]), MONTHS[m[2].toLowerCase().replace('.', '')], Number(m[1]));
  if (m[4]) return toIsoDate(Number(m[6]), MONTHS[m[4].toLowerCase().replace('.', '')], Number(m[5]));
  return toIsoDate(Number(m[9]), Number(m[8]), Number(m[7]));
}

/** Every valid date printed in `text`, in order. */
export function findDates(text: string): FoundDate[] {
  const re = new RegExp(`\\b${DATE_PATTERN}\\b`, 'gi');
  const found: FoundDate[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const iso = isoFromMatch(m);
    if (iso) found.push({ iso, index: m.index, matched: m[0] });
  }
  return found;
}

/** The first valid date printed in `text`, or null. */
export function findDate(text: string): FoundDate | null {
  return findDates(text)[0] ?? null;
}

/** Built once: parseDate is asked of every line of a page, and building it per call was most of its cost. */
const DATE_ALONE = new RegExp(`^\\s*${DATE_PATTERN}\\s*\\.?\\s*$`, 'i');

/** A string that is nothing but one date (surrounding spaces and a final full stop allowed) → ISO, else null. */
export function parseDate(text: string): string | null {
  const m = DATE_ALONE.exec(text);
  return m ? isoFromMatch(m) : null;
}
