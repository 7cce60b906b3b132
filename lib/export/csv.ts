/**
 * CSV as RFC 4180 (CRLF line ends, quoted when needed, quotes doubled), with spreadsheet formula
 * injection neutralised: a cell that begins with = + - @ tab or CR gets a leading single quote, so
 * Excel / LibreOffice / Sheets show it as text instead of running it (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export type CsvValue = string | number | boolean | null | undefined;

export function toCsvCell(value: CsvValue): string {
  if (value == null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsvRow(values: readonly CsvValue[]): string {
  return `${values.map(toCsvCell).join(',')}\r\n`;
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';
