/**
 * TheyWorkForYou pages (Commons, Lords, Westminster Hall, written answers and statements):
 * a title, a heading "… – in the House of Commons at TIME on DATE.", then speaker blocks that start
 * with "Photo of NAME NAME" and an affiliation (party and seat, or office) and an optional time.
 */
import type { Contribution, House, ParsedRecord, RecordKind, Venue } from '../record';
import { venueFromCue } from '../venue';
import { makeContribution, makeRecord, speakerWarnings } from '../shared/build';
import { guessHouse, isPeerName } from '../shared/cues';
import { findDate } from '../shared/dates';
import { looksLikePersonName } from '../shared/names';
import { isProceduralLine, typeContributions } from '../shared/spoken';
import { joinParagraphs } from '../shared/text';
import { readTwfySpeaker } from './twfy-speaker';
import { removeAnnotations } from './twfy-annotations';

const SITTING_HEADING =
  /^(.*?)\s*[–—-]\s*in (?:the House of (Commons|Lords)|(Westminster Hall|an? (?:Public Bill|General|Delegated Legislation) Committee|(?:the )?Grand Committee))\b(?: at ([^,]+?))? on (.+?)\.?$/i;
const WRITTEN_HEADING = /^(.*?)\s+written (question|statement)\s*[–—-]\s*(?:answered|made) on (.+?)\.?$/i;
const CITATION = /^(?:Hansard source\s*)?\(?Citation:\s*(H[CL]) Deb,?\s+[^,]+,?\s+(?:vol\.?\s*(\d+),?\s+)?c(?:ol)?\.?\s*(\d+\w*)\)?\.?$/i;
const PHOTO = /^Photo of\s+(.+)$/;

interface Heading {
  kind: RecordKind;
  house: House | null;
  /** Westminster Hall, a bill committee or the Grand Committee when the heading names one. */
  venue?: Venue | null;
  date: string | null;
  department: string | null;
}

export function parseTheyWorkForYou(text: string): ParsedRecord {
  const lines = text.split('\n');
  let title: string | null = null;
  let heading: Heading | null = null;
  let column: string | null = null;
  let volume: string | null = null;
  const raw: Array<{ header: ReturnType<typeof readTwfySpeaker>; lines: string[] }> = [];

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    const photo = PHOTO.exec(line);
    const citation = CITATION.exec(line);
    if (photo) {
      const header = readTwfySpeaker(photo[1], lines, i);
      raw.push({ header, lines: [] });
      i = header.last;
    } else if (citation) {
      [volume, column] = [citation[2] ?? null, citation[3]];
    } else if (!heading && (heading = readHeading(line))) {
      // the heading line itself is not text
    } else if (raw.length) {
      if (!isProceduralLine(line)) raw[raw.length - 1].lines.push(lines[i]);
    } else if (line && !title) {
      title = line;
    }
  }

  heading = heading ?? { kind: 'debate', house: null, date: null, department: null };
  const date = heading.date ?? raw.find((r) => r.header.date)?.header.date ?? null;
  let contributions: Contribution[] = raw.map((r) =>
    makeContribution({ speaker: r.header.speaker, type: 'speech', date, time: r.header.time, text: joinParagraphs(removeAnnotations(r.lines)) }),
  );
  contributions = typeContributions(
    contributions.filter((c) => c.text || c.speaker.name),
    heading.kind === 'written-statement' ? 'statements' : heading.kind === 'debate' ? 'speeches' : 'questions',
  );

  const warnings: string[] = [];
  if (heading.kind === 'written-question') {
    // TheyWorkForYou prints only the answer's date; the question's own (tabled) date is unknown.
    contributions = contributions.map((c) => (c.type === 'question' ? { ...c, date: null } : c));
    if (contributions.some((c) => c.type === 'question')) warnings.push('the page does not say when the question was tabled');
  }
  const house = heading.house ?? houseFromSpeakers(contributions) ?? guessHouse(text).house;
  if (!heading.date) warnings.push('the page does not print the sitting heading with its date');
  if (!house) warnings.push('the page does not say whether this was in the Commons or the Lords');
  if (!contributions.length) warnings.push('no speeches were found on this page');
  warnings.push(...speakerWarnings(contributions));
  if (!title) warnings.push('this page has no title');

  return makeRecord({
    title: title ?? heading.department ?? 'TheyWorkForYou page',
    kind: heading.kind,
    house,
    date,
    department: heading.department,
    venue: heading.venue ?? null,
    reference: { uin: null, volume, column },
    contributions,
    warnings,
  });
}

function readHeading(line: string): Heading | null {
  const sitting = SITTING_HEADING.exec(line);
  if (sitting && findDate(sitting[5])) {
    const [first, ...rest] = sitting[1].split(/\s+[—–-]\s+/).map((s) => s.trim());
    const oral = [first, ...rest].some((part) => /^(?:Oral Answers|(?:Topical )?Questions?$|Urgent Question|Private Notice Question)/i.test(part));
    // Westminster Hall and the Commons' bill committees sit for the Commons; the Grand Committee is the Lords'
    const house: House = sitting[2] ? (sitting[2].toLowerCase() === 'lords' ? 'Lords' : 'Commons') : /Grand Committee/i.test(sitting[3]) ? 'Lords' : 'Commons';
    return {
      kind: oral ? 'oral-answers' : 'debate',
      house,
      venue: venueFromCue(sitting[3]),
      date: findDate(sitting[5])!.iso,
      department: oral && /^Oral Answers/i.test(first) ? rest[0] || null : null,
    };
  }
  const written = WRITTEN_HEADING.exec(line);
  if (written && findDate(written[3])) {
    return {
      kind: written[2].toLowerCase() === 'question' ? 'written-question' : 'written-statement',
      house: null,
      date: findDate(written[3])!.iso,
      department: written[1].replace(/^.*?\s[—–]\s/, '').trim() || null,
    };
  }
  return null;
}

function houseFromSpeakers(contributions: Contribution[]): House | null {
  const named = contributions.map((c) => c.speaker.name).filter((n): n is string => !!n && looksLikePersonName(n));
  if (!named.length) return null;
  const peers = named.filter(isPeerName).length;
  if (peers === named.length) return 'Lords';
  if (contributions.some((c) => c.speaker.constituency)) return 'Commons';
  return null;
}
