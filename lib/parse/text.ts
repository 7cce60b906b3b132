/**
 * Text formats (copied web pages): normalise, turn HTML into text, strip page furniture, detect
 * the format and hand over to its parser. Pure: text in, record out.
 */
import { DocumentParseError, type ParsedRecord } from './record';
import { detectFormat, type TextFormat } from './detect';
import { htmlToText, looksLikeHtml } from './shared/html';
import { stripFurniture } from './shared/furniture';
import { hasLetters, normaliseText } from './shared/text';
import { parseTheyWorkForYou } from './formats/twfy';
import { parseHansard } from './formats/hansard';
import { parseWrittenQuestion } from './formats/written-question';
import { parseWrittenStatement } from './formats/written-statement';
import { parseParallelParliament } from './formats/parallel-parliament';
import { parseCommitteeRelease } from './formats/committee-release';
import { parseGeneric } from './formats/generic';
import { defaultVenue } from './venue';

const PARSERS: Record<TextFormat, (text: string) => ParsedRecord> = {
  twfy: parseTheyWorkForYou,
  hansard: parseHansard,
  'written-question': parseWrittenQuestion,
  'written-statement': parseWrittenStatement,
  'parallel-parliament': parseParallelParliament,
  'committee-release': parseCommitteeRelease,
  generic: parseGeneric,
};

/** Normalised plain text of a document, HTML or not. */
export function toPlainText(raw: string): string {
  const normal = normaliseText(raw);
  return looksLikeHtml(normal) ? normaliseText(htmlToText(normal)) : normal;
}

export function parseTextDocument(text: string, source: { fileName: string }): { format: string; record: ParsedRecord } {
  const plain = toPlainText(text);
  if (!hasLetters(plain)) throw new DocumentParseError(`${source.fileName}: the file has no readable text`);
  const format = detectFormat(plain);
  const cleaned = stripFurniture(plain);
  if (!hasLetters(cleaned)) throw new DocumentParseError(`${source.fileName}: the file holds only page furniture, no record`);
  try {
    return { format, record: withVenue(PARSERS[format](cleaned)) };
  } catch (cause) {
    if (format === 'generic') throw new DocumentParseError(`${source.fileName}: could not read this document`, { cause });
    // A format parser that trips over a variant must not lose the document: read it as plain text.
    const record = parseGeneric(cleaned);
    record.warnings.unshift(`this looked like a ${format} page but its layout could not be read (${cause instanceof Error ? cause.message : String(cause)})`);
    return { format: 'generic', record: withVenue(record) };
  }
}

/** A page that names no sitting place of its own was in its House's chamber, or is written material (by kind). */
function withVenue(record: ParsedRecord): ParsedRecord {
  return { ...record, venue: record.venue ?? defaultVenue(record.kind, record.house) };
}
