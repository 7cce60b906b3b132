/** Plain-text helpers shared by the format parsers: normalising, paragraphs, whitespace. */

/** Unifies the characters copied pages vary in: NBSP and other spaces, zero-width marks, line ends. */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g, ' ')
    .replace(/\u2028|\u2029/g, '\n')
    .split('\n')
    .map(trimSpaces)
    .join('\n');
}

/** Spaces off both ends of a line. By hand: `/[ ]+$/gm` backtracks over every run of spaces (quadratic). */
function trimSpaces(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && line.charCodeAt(start) === 32) start++;
  while (end > start && line.charCodeAt(end - 1) === 32) end--;
  return start === 0 && end === line.length ? line : line.slice(start, end);
}

/** Collapses runs of spaces inside a line. */
export function collapseSpaces(s: string): string {
  return s.replace(/[ ]{2,}/g, ' ').trim();
}

/** Non-empty lines, trimmed. */
export function nonEmptyLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => collapseSpaces(l))
    .filter(Boolean);
}

/** Paragraphs = blocks separated by blank lines; lines inside a block are kept as lines. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n[ ]*\n+/)
    .map((p) => p.split('\n').map(collapseSpaces).filter(Boolean).join('\n'))
    .filter(Boolean);
}

/** The contract's paragraph separator: one blank line. */
export function joinParagraphs(paragraphs: string[]): string {
  return paragraphs
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');
}

/** Treats each non-empty line as a paragraph (pages copied without blank lines between paragraphs). */
export function linesAsParagraphs(text: string): string {
  return joinParagraphs(nonEmptyLines(text));
}

/** True when the string has at least one letter in any script. */
export function hasLetters(s: string): boolean {
  return /\p{L}/u.test(s);
}

/** Opening quotation marks a paragraph may start with. */
export const OPENING_QUOTE = /^["“‘'«]/;

/** The text with quoted passages (“…” and "…") removed, for cue tests that must ignore quotations. */
export function withoutQuotations(s: string): string {
  return s.replace(/“[^”]*”?/g, ' ').replace(/"[^"]*"?/g, ' ');
}

/** Lines shorter than this that do not end a sentence were wrapped by the copy, not by the author. */
const WRAP_WIDTH = 100;

/**
 * Paragraphs of text whose blocks may hold hard-wrapped lines (joined) or one paragraph per line
 * (kept apart): a short line that does not end a sentence continues on the next.
 */
export function unwrapParagraphs(text: string): string[] {
  const out: string[] = [];
  for (const block of splitParagraphs(text)) {
    let current = '';
    for (const line of block.split('\n')) {
      current = current ? `${current} ${line}` : line;
      if (line.length >= WRAP_WIDTH || /[.?!:”"’)]$/.test(line)) {
        out.push(current);
        current = '';
      }
    }
    if (current) out.push(current);
  }
  return out;
}
