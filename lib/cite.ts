/**
 * Citations of the record in the forms lawyers and researchers use. Pure: no I/O, no clock.
 *
 * - OSCOLA for spoken records: "HC Deb 26 November 2007, vol 468, col 1". Lords: "HL Deb …".
 *   Each venue has its column series as Hansard prints it: Westminster Hall "col 71WH", Lords
 *   Grand Committee "col GC12", written answers "col 456W" (Lords "col WA45"), written statements
 *   "12WS" (Lords "WS12"). A Public Bill Committee takes OSCOLA's committee form, "PBC Deb (Bill)
 *   29 October 2009, col 213", naming the bill as the source does (it prints no bill number).
 * - Written answers with a Hansard column are cited by it, with their UIN beside it when printed
 *   ("HC Deb 29 October 2009, col 483W (UIN 292659)"); numbered questions without one by UIN:
 *   "HC Written question 7814, tabled 8 October 2024, answered 17 October 2024".
 * - The devolved legislatures in their own reports' style: "Scottish Parliament Official Report
 *   28 October 2009, col 20529", "Scottish Parliament Written Answer S3W-28257, 26 October 2009",
 *   "Northern Ireland Assembly Official Report 12 October 2009", "Senedd Record of Proceedings
 *   8 January 2020" (its paragraph numbers are not in parlparse's files, so none is given).
 * - CSL-JSON and BibTeX for reference managers.
 *
 * Only what the source gives is cited: a missing volume, column, date or house is left out,
 * never guessed.
 */
import type { RecordView } from './db/pages';
import { formatDate, houseAbbreviation, houseName, KIND_LABELS } from './format';

/**
 * The parts of a record a citation uses (lib/db/pages/views.ts RecordView has them). Without a venue
 * (records stored before venues, or made by hand) the column series comes from the kind.
 */
export type CitableRecord = Pick<RecordView, 'title' | 'kind' | 'house' | 'date' | 'department' | 'reference' | 'question'> &
  Partial<Pick<RecordView, 'venue' | 'bill'>>;

export interface CitableContribution {
  id: string;
  type: string;
  date: string | null;
  /** The Hansard column the contribution starts in, when the source gives it: pinpoints the citation. */
  column?: string | null;
  speaker: { name: string | null };
}

type Series = { Commons?: { suffix: string }; Lords?: { prefix: string } };

/** Column series letters Hansard prints for each venue outside the chambers. */
const VENUE_SERIES: Record<string, Series> = {
  'westminster-hall': { Commons: { suffix: 'WH' } },
  'lords-grand-committee': { Lords: { prefix: 'GC' } },
  'written-answers': { Commons: { suffix: 'W' }, Lords: { prefix: 'WA' } },
  'written-statements': { Commons: { suffix: 'WS' }, Lords: { prefix: 'WS' } },
};

/** Records stored without a venue: written material by its kind. */
const KIND_VENUES: Record<string, string> = { 'written-question': 'written-answers', 'written-statement': 'written-statements' };

function withSeries(column: string, venue: string | null, house: string | null): string {
  if (!/^\d+$/.test(column)) return column; // printed with its series letters already (or odd): as printed
  const series = venue ? VENUE_SERIES[venue] : undefined;
  if (house === 'Commons' && series?.Commons) return `${column}${series.Commons.suffix}`;
  if (house === 'Lords' && series?.Lords) return `${series.Lords.prefix}${column}`;
  return column;
}

function venueOf(record: Pick<CitableRecord, 'venue' | 'kind'>): string | null {
  return record.venue ?? KIND_VENUES[record.kind] ?? null;
}

/** "col 973", "cols 973–74", "col 456W", "col WA45", "col 71WH": the column reference, or null when not given. */
export function formatColumnReference(column: string | null, record: Pick<CitableRecord, 'venue' | 'kind' | 'house'>): string | null {
  const printed = column?.trim();
  if (!printed) return null;
  const venue = venueOf(record);
  const range = /^([A-Za-z]*\d+[A-Za-z]*)\s*(?:-|–|—|to)\s*([A-Za-z]*\d+[A-Za-z]*)$/.exec(printed);
  if (range) return `cols ${withSeries(range[1], venue, record.house)}–${withSeries(range[2], venue, record.house)}`;
  return `col ${withSeries(printed.replace(/^cols?\.?\s*/i, ''), venue, record.house)}`;
}

function formatVolumeReference(volume: string | null): string | null {
  const printed = volume?.trim().replace(/^vol(ume)?\.?\s*/i, '');
  return printed ? `vol ${printed}` : null;
}

function joinParts(parts: Array<string | null | undefined>): string {
  return parts.filter((p): p is string => Boolean(p)).join(', ');
}

/**
 * "HC Deb 26 November 2007, vol 468, col 1" with whatever parts the source gives; a Public Bill
 * Committee "PBC Deb (Child Poverty Bill) 29 October 2009, col 213". `column` is the
 * contribution's own when it has one, else the record's first.
 */
function citeSpoken(record: CitableRecord, date: string | null, column: string | null): string {
  const house = houseAbbreviation(record.house);
  const volume = formatVolumeReference(record.reference.volume);
  const col = formatColumnReference(column, record);
  const when = formatDate(date);
  if (record.venue === 'public-bill-committee') {
    const head = record.bill?.trim() ? `PBC Deb (${record.bill.trim()})` : 'PBC Deb';
    return joinParts([when ? `${head} ${when}` : head, col]);
  }
  if (!house) return joinParts([record.title, when, volume, col]); // no house: "Deb" alone would mislead
  return joinParts([when ? `${house} Deb ${when}` : `${house} Deb`, volume, col]);
}

/** "HC Written question 7814, tabled 8 October 2024, answered 17 October 2024". */
function citeWrittenQuestion(record: CitableRecord): string {
  const house = houseAbbreviation(record.house);
  const uin = record.reference.uin?.trim() || null;
  const head = [house, 'Written question', uin].filter(Boolean).join(' ');
  const q = record.question;
  if (!q) return joinParts([head, formatDate(record.date)]);
  const tabled = q.tabled ? `tabled ${formatDate(q.tabled)}` : null;
  const answered = q.answered ? (q.status === 'holding' ? `holding answer ${formatDate(q.answered)}` : `answered ${formatDate(q.answered)}`) : null;
  return joinParts([head, tabled, answered]);
}

/** "HC Written statement HCWS123, 12 March 2019" (modern statements, numbered). */
function citeWrittenStatement(record: CitableRecord): string {
  const house = houseAbbreviation(record.house);
  const head = [house, 'Written statement', record.reference.uin?.trim()].filter(Boolean).join(' ');
  return joinParts([head, formatDate(record.date)]);
}

/** "Home Affairs Committee, Title (12 March 2019)": OSCOLA's report form, less the paper number we do not have. */
function citeReport(record: CitableRecord): string {
  const when = formatDate(record.date);
  const paper = record.reference.uin?.trim();
  const bracket = [paper, when].filter(Boolean).join(', ');
  return `${joinParts([record.department, record.title])}${bracket ? ` (${bracket})` : ''}`;
}

/** Each devolved legislature's own name for its report of proceedings, and for a written answer. */
const DEVOLVED_REPORTS: Record<string, { report: string; written: string }> = {
  'Scottish Parliament': { report: 'Scottish Parliament Official Report', written: 'Scottish Parliament Written Answer' },
  Senedd: { report: 'Senedd Record of Proceedings', written: 'Senedd Written Question' },
  'Northern Ireland Assembly': { report: 'Northern Ireland Assembly Official Report', written: 'Northern Ireland Assembly Written Answer' },
};

/** A devolved record: the body's report, the date, and the column where the source prints one (the SP's Official Report). */
function citeDevolved(record: CitableRecord, names: { report: string; written: string }, date: string | null, column: string | null): string {
  const when = formatDate(date);
  if (record.kind === 'written-question') return joinParts([[names.written, record.reference.uin?.trim()].filter(Boolean).join(' '), when]);
  const col = column?.trim() && /^\d+$/.test(column.trim()) ? `col ${column.trim()}` : null;
  return joinParts([when ? `${names.report} ${when}` : names.report, col]);
}

function hasColumnReference(record: CitableRecord): boolean {
  return Boolean(record.reference.volume?.trim() || record.reference.column?.trim());
}

/**
 * The OSCOLA citation of a record, or of one contribution in it (its own date and column when it
 * has them).
 */
export function formatOscolaCitation(record: CitableRecord, contribution?: Pick<CitableContribution, 'date' | 'column'>): string {
  const column = contribution?.column?.trim() || record.reference.column;
  const report = record.house ? DEVOLVED_REPORTS[record.house] : undefined;
  if (report) return citeDevolved(record, report, contribution?.date ?? record.date, column);
  const uin = record.reference.uin?.trim();
  switch (record.kind) {
    case 'written-question':
      // Written answers printed in Hansard are cited by column, their UIN beside it; numbered questions answered online by UIN.
      if (!hasColumnReference(record)) return citeWrittenQuestion(record);
      return uin ? `${citeSpoken(record, record.date, column)} (UIN ${uin})` : citeSpoken(record, record.date, column);
    case 'written-statement':
      return hasColumnReference(record) && !uin ? citeSpoken(record, record.date, column) : citeWrittenStatement(record);
    case 'committee-report':
    case 'other':
      return citeReport(record);
    default:
      return citeSpoken(record, contribution?.date ?? record.date, column);
  }
}

/** One CSL-JSON item (citeproc / Zotero / Pandoc). */
export interface CslItem {
  id: string;
  type: 'hearing' | 'report' | 'document';
  title: string;
  author?: Array<{ literal: string }>;
  authority?: string;
  issued?: { 'date-parts': number[][] };
  volume?: string;
  page?: string;
  number?: string;
  genre?: string;
  section?: string;
  publisher: string;
  URL: string;
  note: string;
}

function dateParts(iso: string | null): { 'date-parts': number[][] } | undefined {
  return iso ? { 'date-parts': [iso.split('-').map(Number)] } : undefined;
}

export function citationKey(contribution: Pick<CitableContribution, 'id'>): string {
  return `hansard-${contribution.id}`;
}

export function toCslItem(record: CitableRecord, contribution: CitableContribution, url: string): CslItem {
  const item: CslItem = {
    id: citationKey(contribution),
    type: record.kind === 'committee-report' ? 'report' : record.kind === 'other' ? 'document' : 'hearing',
    title: record.title,
    publisher: 'UK Parliament',
    URL: url,
    note: formatOscolaCitation(record, contribution),
  };
  if (contribution.speaker.name) item.author = [{ literal: contribution.speaker.name }];
  if (record.house) item.authority = houseName(record.house);
  const issued = dateParts(contribution.date ?? record.date);
  if (issued) item.issued = issued;
  if (record.reference.volume) item.volume = record.reference.volume;
  if (record.reference.column) item.page = record.reference.column;
  if (record.reference.uin) item.number = record.reference.uin;
  // The kind's label is its genre; "other" is no genre at all.
  if (record.kind !== 'other' && KIND_LABELS[record.kind]) item.genre = KIND_LABELS[record.kind];
  if (record.department) item.section = record.department;
  return item;
}

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text safe inside a braced BibTeX field: TeX specials escaped, control characters and line breaks flattened. */
export function escapeBibtex(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/[\\{}&%$#_~^]/g, (c) => BIBTEX_SPECIALS[c])
    .replace(/\s+/g, ' ')
    .trim();
}

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A BibTeX @misc entry; names and titles are double-braced so BibTeX keeps them as printed. */
export function toBibtexEntry(record: CitableRecord, contribution: CitableContribution, url: string): string {
  const date = contribution.date ?? record.date;
  const braced = (value: string) => `{${value}}`;
  const fields: Array<[string, string]> = [];
  if (contribution.speaker.name) fields.push(['author', braced(`{${escapeBibtex(contribution.speaker.name)}}`)]);
  fields.push(['title', braced(`{${escapeBibtex(record.title)}}`)]);
  fields.push(['howpublished', braced(escapeBibtex(formatOscolaCitation(record, contribution)))]);
  if (record.house) fields.push(['organization', braced(escapeBibtex(houseName(record.house)))]);
  if (date) {
    fields.push(['year', braced(date.slice(0, 4))]);
    fields.push(['month', MONTH_MACROS[Number(date.slice(5, 7)) - 1]]); // a macro, so styles can abbreviate it
    fields.push(['date', braced(date)]);
  }
  if (record.reference.volume) fields.push(['volume', braced(escapeBibtex(record.reference.volume))]);
  if (record.reference.uin) fields.push(['number', braced(escapeBibtex(record.reference.uin))]);
  fields.push(['url', braced(url.replace(/[{}\\\s]/g, encodeURIComponent))]);
  return `@misc{${citationKey(contribution)},\n${fields.map(([name, value]) => `  ${name} = ${value},`).join('\n')}\n}\n`;
}
