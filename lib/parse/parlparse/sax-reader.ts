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
}

export type HeadingLevel = 'major' | 'minor' | 'oral';
export type SpeechElement = 'speech' | 'ques' | 'reply';

export type DayItem =
  | { kind: 'heading'; level: HeadingLevel; attrs: Attrs; text: string }
  | { kind: SpeechElement; attrs: Attrs; paragraphs: Paragraph[] }
  | { kind: 'division'; attrs: Attrs; ayes: number | null; noes: number | null };

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
  let division: Extract<DayItem, { kind: 'division' }> | null = null;
  let para: { parts: string[]; className: string | null; qnum: string | null } | null = null;
  let cellsInRow = 0;

  const flushParagraph = () => {
    if (speech && para) {
      const paragraphText = clean(para.parts.join(''));
      if (paragraphText) speech.paragraphs.push({ text: paragraphText, className: para.className, qnum: para.qnum });
    }
    para = null;
  };
  const openParagraph = (attrs: Attrs | null) => {
    flushParagraph();
    para = { parts: [], className: attrs?.class ?? null, qnum: attrs?.qnum ?? null };
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
    if (SPEECHES.has(name)) {
      speech = { kind: name as SpeechElement, attrs, paragraphs: [] };
    } else if (name in HEADINGS) {
      heading = { level: HEADINGS[name], attrs, parts: [] };
    } else if (name === 'division') {
      division = { kind: 'division', attrs, ayes: null, noes: null };
    } else if (name === 'divisioncount') {
      const counted = division ?? { kind: 'division' as const, attrs, ayes: null, noes: null };
      counted.ayes = toCount(attrs.ayes ?? attrs.content);
      counted.noes = toCount(attrs.noes ?? attrs['not-content']);
      if (!division) file.items.push(counted); // committee divisions have no <division> wrapper
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
    } else if (heading) heading.parts.push(chunk);
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
    } else if (name === 'division' && division) {
      file.items.push(division);
      division = null;
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
