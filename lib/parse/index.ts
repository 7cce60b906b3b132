/**
 * Entry point of the parsers: bytes in, validated records out. Chooses XML (ParlParse day files)
 * or the text formats, and validates what the format parser built against the shared schema.
 * Pure: no register, no I/O. Speakers are resolved after parsing (lib/ingest/resolve-speakers.ts).
 */
import { decodeDocument } from './decode';
import { DocumentParseError, parsedRecordSchema, type ParsedRecord } from './record';
import { parseTextDocument } from './text';
import { isParlparseXml, isSupersededDayFile, mergeSeneddDay, parseParlparseXml } from './parlparse';

/** The format name of ParlParse / TheyWorkForYou XML day files. */
export const PARLPARSE_FORMAT = 'parlparse-xml';

export interface DocumentSource {
  /** File name as given by the user, for messages. */
  fileName: string;
}

export interface ParsedDocument {
  /** "parlparse-xml" or the text format detected, e.g. "twfy". */
  format: string;
  /** True when the input is a day file that yields several records (parse prints an array). */
  multiRecord: boolean;
  /** Speakers as printed; ParlParse speakers get the register's party and seat in the step after parsing. */
  records: ParsedRecord[];
  /** The decoded text the records were parsed from. */
  text: string;
  /** A ParlParse day file that a later version replaces (root `latest="no"`): nothing to store. */
  superseded: boolean;
}

export function parseDocument(bytes: Uint8Array, source: DocumentSource): ParsedDocument {
  const text = decodeDocument(bytes, source.fileName);
  if (isParlparseXml(text)) {
    const records = parseParlparseXml(text, source);
    const superseded = records.length === 0 && isSupersededDayFile(text);
    return { format: PARLPARSE_FORMAT, multiRecord: true, records: records.map((r) => validate(r, source)), text, superseded };
  }
  const { format, record } = parseTextDocument(text, source);
  return { format, multiRecord: false, records: [validate(record, source)], text, superseded: false };
}

/** One language's file of a Senedd day: its bytes and name. */
export interface SeneddDayFile {
  bytes: Uint8Array;
  fileName: string;
}

/**
 * A Senedd day from its English and Welsh files read together (either may be missing): one
 * document whose records hold each speech once, in the language it was spoken in, with its
 * translation linked (parlparse/senedd.ts). Its text is both files', each after a line naming it.
 */
export function parseSeneddDay(files: { en: SeneddDayFile | null; cy: SeneddDayFile | null }): ParsedDocument {
  const en = files.en ? parseDocument(files.en.bytes, files.en) : null;
  const cy = files.cy ? parseDocument(files.cy.bytes, files.cy) : null;
  for (const [doc, file] of [
    [en, files.en],
    [cy, files.cy],
  ] as const) {
    if (doc && doc.format !== PARLPARSE_FORMAT) throw new DocumentParseError(`${file?.fileName}: not a ParlParse day file`);
  }
  const live = (doc: ParsedDocument | null) => (doc && !doc.superseded ? doc.records : null);
  const records = mergeSeneddDay({ en: live(en), cy: live(cy) });
  const name = files.en?.fileName ?? files.cy?.fileName ?? 'senedd';
  const named = (file: SeneddDayFile | null, doc: ParsedDocument | null) => (file && doc ? [`<!-- ${file.fileName} -->\n${doc.text}`] : []);
  const text = [...named(files.en, en), ...named(files.cy, cy)].join('\n');
  return {
    format: PARLPARSE_FORMAT,
    multiRecord: true,
    records: records.map((r) => validate(r, { fileName: name })),
    text,
    superseded: records.length === 0 && Boolean(en?.superseded || cy?.superseded),
  };
}

function validate(record: ParsedRecord, source: DocumentSource): ParsedRecord {
  const result = parsedRecordSchema.safeParse(record);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DocumentParseError(`${source.fileName}: the parser produced an invalid record (${issue.path.join('.')}: ${issue.message})`);
  }
  return result.data;
}
