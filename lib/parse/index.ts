/**
 * Entry point of the parsers: bytes in, validated records out. Chooses XML (ParlParse day files)
 * or the text formats, and validates what the format parser built against the shared schema.
 */
import { decodeDocument } from './decode';
import { DocumentParseError, parsedRecordSchema, type ParsedRecord } from './record';
import { parseTextDocument } from './text';
import { isParlparseXml, parseParlparseXml } from './parlparse';

export interface DocumentSource {
  /** File name as given by the user, for messages. */
  fileName: string;
}

export interface ParsedDocument {
  /** "parlparse-xml" or the text format detected, e.g. "twfy". */
  format: string;
  /** True when the input is a day file that yields several records (parse prints an array). */
  multiRecord: boolean;
  records: ParsedRecord[];
  /** The decoded text the records were parsed from. */
  text: string;
  /** A ParlParse day file that a later version replaces (root `latest="no"`): nothing to store. */
  superseded: boolean;
}

const SUPERSEDED_DAY_FILE = /<publicwhip\b[^>]*\blatest\s*=\s*["']no["']/i;

export function parseDocument(bytes: Uint8Array, source: DocumentSource): ParsedDocument {
  const text = decodeDocument(bytes, source.fileName);
  if (isParlparseXml(text)) {
    const records = parseParlparseXml(text, source);
    return { format: 'parlparse-xml', multiRecord: true, records: records.map((r) => validate(r, source)), text, superseded: records.length === 0 && SUPERSEDED_DAY_FILE.test(text.slice(0, 20000)) };
  }
  const { format, record } = parseTextDocument(text, source);
  return { format, multiRecord: false, records: [validate(record, source)], text, superseded: false };
}

function validate(record: ParsedRecord, source: DocumentSource): ParsedRecord {
  const result = parsedRecordSchema.safeParse(record);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DocumentParseError(`${source.fileName}: the parser produced an invalid record (${issue.path.join('.')}: ${issue.message})`);
  }
  return result.data;
}
