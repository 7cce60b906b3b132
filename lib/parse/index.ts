/**
 * Entry point of the parsers: bytes in, validated records out. Chooses XML (ParlParse day files)
 * or the text formats, and validates what the format parser built against the shared schema.
 */
import type { SpeakerResolution } from '../members';
import { decodeDocument } from './decode';
import { DocumentParseError, parsedRecordSchema, type ParsedRecord } from './record';
import { parseTextDocument } from './text';
import { isParlparseXml, isSupersededDayFile, parseParlparseXml, type ParlparseOptions } from './parlparse';

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
  /**
   * `[record][contribution]`: the member register's answer for each speaker where parsing needed
   * it (ParlParse XML prints the register's party and seat), so ingest does not ask again; null
   * for formats whose parsers do not consult the register (ingest resolves those once, after).
   */
  resolutions: (SpeakerResolution | null)[][] | null;
  /** The decoded text the records were parsed from. */
  text: string;
  /** A ParlParse day file that a later version replaces (root `latest="no"`): nothing to store. */
  superseded: boolean;
}

/** `options.register`: the register day files resolve speakers against (default: the bundled one). */
export function parseDocument(bytes: Uint8Array, source: DocumentSource, options: ParlparseOptions = {}): ParsedDocument {
  const text = decodeDocument(bytes, source.fileName);
  if (isParlparseXml(text)) {
    const { records, resolutions } = parseParlparseXml(text, source, options);
    const superseded = records.length === 0 && isSupersededDayFile(text);
    return { format: 'parlparse-xml', multiRecord: true, records: records.map((r) => validate(r, source)), resolutions, text, superseded };
  }
  const { format, record } = parseTextDocument(text, source);
  return { format, multiRecord: false, records: [validate(record, source)], resolutions: null, text, superseded: false };
}

function validate(record: ParsedRecord, source: DocumentSource): ParsedRecord {
  const result = parsedRecordSchema.safeParse(record);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DocumentParseError(`${source.fileName}: the parser produced an invalid record (${issue.path.join('.')}: ${issue.message})`);
  }
  return result.data;
}
