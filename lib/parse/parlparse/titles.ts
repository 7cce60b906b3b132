/** Titles and departments from ParlParse headings, which print some in capitals. */

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** "HOME DEPARTMENT" → "Home Department"; text that is not all capitals is kept as printed. */
export function toDisplayCase(text: string): string {
  if (!/[A-Z]/.test(text) || /[a-z]/.test(text)) return text;
  return text
    .toLowerCase()
    .split(' ')
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.replace(/^(\W*)(\w)/, (_, pre: string, c: string) => pre + c.toUpperCase())))
    .join(' ');
}

/** Westminster Hall headings open with the chair: "[Mr. Joe Benton in the Chair] — Death Penalty". */
export function stripChairNote(text: string): string {
  return text.replace(/^\[[^\]]*\bin the Chair\]\s*[—–-]?\s*/i, '').trim() || text;
}

/** Lords oral questions are headed "Cyprus — Question". */
export function isLordsQuestionHeading(text: string): boolean {
  return /[—–-]\s*Question\s*$/i.test(text);
}

/** "14:30:00" → "14:30"; Lords files write "015:07:00". Null when absent or not a time. */
export function toClock(time: string | undefined): string | null {
  const m = time ? /^\s*0*(\d{1,2}):(\d{2})/.exec(time) : null;
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : null;
}
