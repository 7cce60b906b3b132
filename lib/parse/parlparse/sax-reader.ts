/**
 * Stage 1 of the ParlParse import: one streaming pass (saxes, no DOM) over a day file that keeps
 * everything the later stages need, in document order: headings with their text, speeches /
 * questions / replies with their attributes and paragraphs, and division counts. Nothing is
 * interpreted here; sections.ts and roles.ts do that.
 */
import { SaxesParser } from 'saxes';
import { entitiesFor, fixC1Controls } from './entities';

export type Attrs = Record<string, string>;

export interface Paragraph {
  text: string;
  /** `class` of the `<p>` ("italic", "holdinganswer", "indent"…), when given. */
  className: string | null;
  /** Question number on the paragraph (`<p qnum>`), when given. */
  qnum: string | null;
  /** ParlParse marks the motion's words (`<p pwmotiontext="yes">`): a division's question. */
  motion?: true;
}

/** One name in a division list, as printed: its element, attributes and text. */
export interface VoterEntry {
  tag: string;
  attrs: Attrs;
  text: string;
}

/** One list of a division (`<mplist vote="aye">`, `<lordlist vote="not-content">`…), in document order. */
export interface VoteList {
  tag: string;
  vote: string | null;
  names: VoterEntry[];
}

/** A division as read: its own attributes, the `<divisioncount>` attributes and the lists. */
export interface DivisionItem {
  kind: 'division';
  attrs: Attrs;
  ayes: number | null;
  noes: number | null;
  /** `<divisioncount>` attributes as printed (ayes, noes, content, not-content, tellerayes…); null when there is none. */
  counts: Attrs | null;
  lists: VoteList[];
}

export type HeadingLevel = 'major' | 'minor' | 'oral';
export type SpeechElement = 'speech' | 'ques' | 'reply';

export type DayItem =
  | { kind: 'heading'; level: HeadingLevel; attrs: Attrs; text: string }
  | { kind: SpeechElement; attrs: Attrs; paragraphs: Paragraph[] }
  | DivisionItem;

export interface DayFile {
  /** Attributes of the `<publicwhip>` root (`latest`, `scrapeversion`…). */
  root: Attrs;
  /** Public bill committees name their bill in `<bill title=…>`. */
  billTitle: string | null;
  items: DayItem[];
  /** Well-formedness problems saxes reported and recovered from (first few), with line numbers. */
  problems: string[];
}

const HEADINGS: Record<string, HeadingLevel> = { 'major-heading': 'major', 'minor-heading': 'minor', 'oral-heading': 'oral' };
const SPEECHES = new Set<string>(['speech', 'ques', 'reply']);
/** Elements inside a speech that start a new paragraph of text. */
const BLOCKS = new Set(['p', 'tr', 'li', 'div', 'blockquote', 'table', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CELLS = new Set(['td', 'th']);
const MAX_PROBLEMS = 20;
/** Division lists and the names in them, in every house's spelling (mysoc-validator's RepList / RepName / MSPName). */
const VOTE_LISTS = new Set(['mplist', 'lordlist', 'msplist', 'replist', 'mslist', 'mlalist']);
const VOTER_NAMES = new Set(['mpname', 'lord', 'mspname', 'repname', 'msname', 'mlaname']);

const SAX_OPTIONS = { position: true } as const;

/**
 * saxes builds an Error, stack trace and all, for every well-formedness problem, and a mangled file
 * can have one per character (1.4 MB of them cost 1.3 s of CPU). Past the few that are kept, one
 * Error made once stands for the rest.
 */
class DayFileSaxParser extends SaxesParser<typeof SAX_OPTIONS> {
  private problemsSeen = 0;

  override makeError(message: string): Error {
    return ++this.problemsSeen <= MAX_PROBLEMS ? super.makeError(message) : PROBLEM_NOT_KEPT;
  }
}
const PROBLEM_NOT_KEPT = new Error('a further well-formedness problem (not kept)');

/** Reads a ParlParse day file (already decoded text) into items. Pure; never throws on bad markup. */
export function readDayFile(text: string): DayFile {
  const parser = new DayFileSaxParser(SAX_OPTIONS);
  Object.assign(parser.ENTITIES, entitiesFor(text));

  const file: DayFile = { root: {}, billTitle: null, items: [], problems: [] };
  let heading: { level: HeadingLevel; attrs: Attrs; parts: string[] } | null = null;
  let speech: { kind: SpeechElement; attrs: Attrs; paragraphs: Paragraph[] } | null = null;
  let bill: { attrs: Attrs; parts: string[] } | null = null;
  let division: DivisionItem | null = null;
  /** The element that wraps the division: `division`, or `divisioncount` in committee files. */
  let divisionTag: string | null = null;
  let list: VoteList | null = null;
  let voter: { tag: string; attrs: Attrs; parts: string[] } | null = null;
  let para: { parts: string[]; className: string | null; qnum: string | null; motion?: true } | null = null;
  let cellsInRow = 0;

  const flushParagraph = () => {
    if (speech && para) {
      const paragraphText = clean(para.parts.join(''));
      if (paragraphText)
        speech.paragraphs.push({ text: paragraphText, className: para.className, qnum: para.qnum, ...(para.motion ? { motion: true as const } : {}) });
    }
    para = null;
  };
  const openParagraph = (attrs: Attrs | null) => {
    flushParagraph();
    para = { parts: [], className: attrs?.class ?? null, qnum: attrs?.qnum ?? null };
    if (attrs?.pwmotiontext === 'yes') para.motion = true;
  };

  parser.on('error', (err) => {
    if (file.problems.length < MAX_PROBLEMS) file.problems.push(err.message);
  });
  parser.on('opentag', (tag) => {
    const name = tag.name;
    const attrs = tag.attributes as Attrs;
    if (speech) {
      if (BLOCKS.has(name)) {
        openParagraph(attrs);
        if (name === 'tr') cellsInRow = 0;
      } else if (CELLS.has(name)) {
        if (!para) openParagraph(null);
        if (cellsInRow++ > 0) para!.parts.push(' | ');
      } else if (name === 'br') {
        para?.parts.push(' ');
      }
      return;
    }
    if (heading) return;
    if (division && VOTE_LISTS.has(name)) {
      list = { tag: name, vote: attrs.vote?.trim() || null, names: [] };
      division.lists.push(list);
      return;
    }
    if (division && VOTER_NAMES.has(name)) {
      voter = { tag: name, attrs, parts: [] };
      return;
    }
    if (SPEECHES.has(name)) {
      speech = { kind: name as SpeechElement, attrs, paragraphs: [] };
    } else if (name in HEADINGS) {
      heading = { level: HEADINGS[name], attrs, parts: [] };
    } else if (name === 'division' && !division) {
      division = { kind: 'division', attrs, ayes: null, noes: null, counts: null, lists: [] };
      divisionTag = name;
    } else if (name === 'divisioncount') {
      // Committee divisions have no <division> wrapper: the count holds the lists.
      if (!division) {
        division = { kind: 'division', attrs, ayes: null, noes: null, counts: null, lists: [] };
        divisionTag = name;
      }
      division.counts = attrs;
      division.ayes = toCount(attrs.ayes ?? attrs.content ?? attrs.for);
      division.noes = toCount(attrs.noes ?? attrs['not-content'] ?? attrs.against);
    } else if (name === 'publicwhip') {
      file.root = attrs;
    } else if (name === 'bill') {
      bill = { attrs, parts: [] };
    }
  });
  parser.on('text', (chunk: string) => {
    if (speech) {
      if (!para) openParagraph(null); // text outside any <p>
      para!.parts.push(chunk);
    } else if (voter) voter.parts.push(chunk);
    else if (heading) heading.parts.push(chunk);
    else if (bill) bill.parts.push(chunk);
  });
  parser.on('closetag', (tag) => {
    const name = tag.name;
    if (speech) {
      if (name === speech.kind) {
        flushParagraph();
        file.items.push(speech);
        speech = null;
      } else if (BLOCKS.has(name)) flushParagraph();
      return;
    }
    if (heading && HEADINGS[name] === heading.level) {
      file.items.push({ kind: 'heading', level: heading.level, attrs: heading.attrs, text: clean(heading.parts.join('')) });
      heading = null;
    } else if (voter && name === voter.tag) {
      const entry = { tag: voter.tag, attrs: voter.attrs, text: clean(voter.parts.join('')) };
      // A name outside any list still counts, with no list vote to fall back on.
      let into = list;
      if (!into) {
        into = list = { tag: '', vote: null, names: [] };
        division?.lists.push(into);
      }
      into.names.push(entry);
      voter = null;
    } else if (list && name === list.tag) {
      list = null;
    } else if (division && name === divisionTag) {
      file.items.push(division);
      division = null;
      divisionTag = null;
      list = null;
    } else if (name === 'bill' && bill) {
      file.billTitle = clean(bill.attrs.title ?? bill.parts.join('')) || null;
      bill = null;
    }
  });

  // saxes builds an Error for every problem it reports; a damaged file can have one per character,
  // and capturing their stacks made a 300 KB file take a second. Their messages are all we keep.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    parser.write(text).close();
  } catch (cause) {
    // saxes reports through the error handler; anything thrown here is a bug in a handler above.
    file.problems.push(`the XML reader stopped: ${cause instanceof Error ? cause.message : String(cause)}`);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  if (division) file.items.push(division); // a damaged file that never closes its division keeps what was read
  return file;
}

/** Collapses white space (including no-break spaces) and repairs C1 characters. */
export function clean(text: string): string {
  return fixC1Controls(text).replace(/\s+/g, ' ').trim();
}

function toCount(value: string | undefined): number | null {
  if (value == null || !/^\s*\d+\s*$/.test(value)) return null;
  return Number(value);
}
