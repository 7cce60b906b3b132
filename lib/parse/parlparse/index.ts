/**
 * ParlParse / TheyWorkForYou XML day files (docs/contracts.md §1b): one record per debate
 * section or question group, and one per division. Three stages, each testable alone:
 * read (sax-reader.ts, streaming, no DOM) → cut into sections (sections.ts) → map to records
 * (records.ts, with speakers resolved in the member register and question/answer links from roles.ts).
 */
import { getDefaultRegisterIndex, type RegisterIndex, type SpeakerResolution } from '@/lib/members';
import { DocumentParseError, type ParsedRecord } from '../record';
import { toDivisionRecord, toSectionRecord, type DayContext } from './records';
import { entityExpansionRefusal } from './entities';
import { readRootTag } from './prolog';
import { readDayFile } from './sax-reader';
import { splitSections } from './sections';
import { classifyDayFile, dateFromId } from './urls';

export interface ParlparseOptions {
  /** The member register; defaults to the bundled one (lib/members/data), indexed once per process. */
  register?: RegisterIndex;
}

export interface ParsedDay {
  records: ParsedRecord[];
  /** `[record][contribution]`: the register's answer for each speaker, found while parsing (ingest stores it). */
  resolutions: (SpeakerResolution | null)[][];
}

/** A ParlParse day file: a `<publicwhip>` root, perhaps after an XML declaration, comments and a DOCTYPE. */
export function isParlparseXml(text: string): boolean {
  return readRootTag(text)?.name.toLowerCase() === 'publicwhip';
}

/** A day file that a later version replaces: its root says `latest="no"`. */
export function isSupersededDayFile(text: string): boolean {
  const root = readRootTag(text);
  return root?.name.toLowerCase() === 'publicwhip' && /\blatest\s*=\s*["']no["']/i.test(root.tag);
}

/**
 * Parses one day file. A superseded version (root `latest="no"`) yields no records: only the
 * version TWFY marks latest counts. Throws DocumentParseError only when nothing can be read.
 */
export function parseParlparseXml(text: string, source: { fileName: string }, options: ParlparseOptions = {}): ParsedDay {
  const refusal = entityExpansionRefusal(text);
  if (refusal) throw new DocumentParseError(`${source.fileName}: ${refusal}`);
  const day = readDayFile(text);
  if (day.items.length === 0) {
    const why = day.problems[0] ? `: ${day.problems[0]}` : '';
    throw new DocumentParseError(`${source.fileName}: no headings or speeches could be read from this ParlParse XML${why}`);
  }
  if (day.root.latest === 'no') return { records: [], resolutions: [] };

  const firstWithId = day.items.find((item) => item.attrs.id);
  const firstGid = firstWithId?.attrs.id ?? null;
  const ctx: DayContext = {
    // The file name dates the sitting; newer written-answer gids carry the date a question was tabled.
    date: dateFromId(source.fileName) ?? (firstGid ? dateFromId(firstGid) : null),
    kind: classifyDayFile(source.fileName, firstGid, firstWithId?.attrs.url ?? null),
    billTitle: day.billTitle,
    register: options.register ?? getDefaultRegisterIndex(),
    typedSpeeches: day.items.some((item) => item.kind === 'speech' && /^Start /i.test(item.attrs.type ?? '')),
  };

  const records: ParsedRecord[] = [];
  const resolutions: ParsedDay['resolutions'] = [];
  for (const block of splitSections(day.items)) {
    const section = block.kind === 'section' ? toSectionRecord(block.section, ctx) : { record: toDivisionRecord(block, ctx), resolutions: [] };
    if (!section) continue;
    records.push(section.record);
    resolutions.push(section.resolutions);
  }
  if (day.problems.length && records.length) {
    records[0].warnings.push(`The XML has ${day.problems.length} markup error(s) that were skipped, the first: ${day.problems[0]}`);
  }
  return { records, resolutions };
}
