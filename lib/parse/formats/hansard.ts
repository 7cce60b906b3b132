/**
 * hansard.parliament.uk pages: a title, "Volume N: debated on DAY DATE", then contributions with
 * speaker lines ("Name (Seat) (Party)", "Office (Name)", later the bare name) or — as copied pages
 * often are — without them, in which case contributions are told apart by the text's own cues.
 */
import type { Contribution, House, ParsedRecord, Speaker } from '../record';
import { makeContribution, makeRecord, makeSpeaker, speakerWarnings, linkAnswers } from '../shared/build';
import { guessHouse, isPeerName } from '../shared/cues';
import { findDate, parseDate } from '../shared/dates';
import { looksLikePersonName, nameKey } from '../shared/names';
import { hasGovernmentSpeaker, isProceduralLine, opensDebate, typeContributions } from '../shared/spoken';
import { joinParagraphs, nonEmptyLines } from '../shared/text';
import { parseTime } from '../shared/times';
import { readSpeakerLine, type SpeakerLine } from './hansard-speaker';
import { segmentUnnamed } from './hansard-segment';
import { venueFromCue } from '../venue';

const VOLUME = /^Volume\s+(\d+):?\s*(?:debated on\s+)?(.*)$/i;
const ASKED_INTRO = /^(?:The .{3,80} was asked\s*[—–-]+|Oral Answers to Questions|Question|Private Notice Question|Urgent Question)$/i;
/** "Asked by" introduces the member who tables a Lords question, "Moved by" the mover of a motion. */
const ASKED_BY = /^(?:Asked|Moved) by\s*(.*)$/i;
/** Stage headings of a Bill's proceedings, printed on a line of their own. */
const STAGE =
  /^(?:(?:First|Second|Third) Reading|Report(?: Stage)?|Committee(?: Stage)?|Consideration of Bill|(?:Commons|Lords) (?:Amendments|Reasons)|Motion to (?:Approve|Regret|Take Note|Agree))(?:\s*\(.{1,40}\))?$/i;
/** Parallel Parliament's copy of a Hansard debate names the chamber on a line of its own. */
const CHAMBER = /^(?:(Commons|Lords) Chamber|Westminster Hall|Grand Committee|General Committees)$/i;
const QUESTION_UIN = /\s*\[\d{3,7}\]\s*$/;
/** Hansard prints the clock on a line of its own: "2.35 pm", "14:35:00". */
const TIME_LINE = /^\d{1,2}[.:]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$/i;

interface Block {
  line: SpeakerLine | null;
  time: string | null;
  paragraphs: string[];
}

export function parseHansard(text: string): ParsedRecord {
  const lines = text.split('\n').map((l) => l.trim());
  const warnings: string[] = [];
  const volumeAt = lines.findIndex((l) => VOLUME.test(l));
  const volumeMatch = volumeAt >= 0 ? VOLUME.exec(lines[volumeAt]) : null;
  const titleAt = volumeAt > 0 ? titleBefore(lines, volumeAt) : lines.findIndex((l) => !!l);
  const title = titleAt >= 0 && titleAt !== volumeAt ? lines[titleAt] : null;
  // without the volume line (Parallel Parliament's copy), the sitting date is printed alone under the title
  const dateAt = volumeMatch ? -1 : leadingDateLine(lines, titleAt + 1);
  const date = volumeMatch ? (findDate(volumeMatch[2])?.iso ?? null) : dateAt >= 0 ? parseDate(lines[dateAt]) : null;
  const bodyStart = Math.max(volumeAt, titleAt, dateAt) + 1;
  // question time, or a single question put to a minister in the Chamber ("… (Urgent Question)")
  const oralAnswers = lines.some((l) => ASKED_INTRO.test(l) || /\((?:Urgent|Private Notice) Question\)$/i.test(l));

  const blocks = readBlocks(lines.slice(bodyStart));
  const named = blocks.some((b) => b.line);
  let contributions: Contribution[];
  if (named) {
    contributions = blocks
      .filter((b) => b.paragraphs.length)
      .map((b) => makeContribution({ speaker: b.line?.speaker ?? makeSpeaker(), type: 'speech', date, time: b.time, text: joinParagraphs(b.paragraphs) }));
    const questionTime =
      oralAnswers ||
      blocks.some((b) => b.line?.numbered) ||
      (hasGovernmentSpeaker(contributions) && contributions.some((c) => c.text.includes('?')) && !opensDebate(contributions.map((c) => c.text)));
    contributions = typeContributions(contributions, questionTime ? 'questions' : 'speeches');
  } else {
    const paragraphs = blocks.flatMap((b) => b.paragraphs);
    const time = blocks.find((b) => b.time)?.time ?? null;
    contributions = linkAnswers(
      segmentUnnamed(paragraphs).map((s, i) => makeContribution({ type: s.type, date, time: i === 0 ? time : null, text: joinParagraphs(s.paragraphs) })),
    );
    if (contributions.length) warnings.push('questions and answers were told apart from the wording of the text alone');
  }

  const house = houseOf(contributions, text);
  if (!house) warnings.push('the text does not say whether this was in the Commons or the Lords');
  if (!date) warnings.push('the page does not print the date of the sitting');
  if (!title) warnings.push('this page has no title');
  warnings.unshift(...speakerWarnings(contributions));

  return makeRecord({
    title: title ?? 'Hansard debate',
    kind: oralAnswers ? 'oral-answers' : 'debate',
    house,
    date,
    reference: { uin: null, volume: volumeMatch?.[1] ?? null, column: null },
    venue: venueFromCue(lines.slice(0, bodyStart).find((l) => CHAMBER.test(l))),
    contributions,
    warnings,
  });
}

/** Index of a line that is only a date among the first few lines from `from`, else -1. */
function leadingDateLine(lines: string[], from: number): number {
  let seen = 0;
  for (let j = Math.max(from, 0); j < lines.length && seen < 4; j++) {
    if (!lines[j]) continue;
    if (parseDate(lines[j])) return j;
    seen++;
  }
  return -1;
}

/** The title above the volume line, passing over the chamber and date lines some copies put between. */
function titleBefore(lines: string[], volumeAt: number): number {
  let j = lastNonBlank(lines, volumeAt);
  while (j > 0 && (CHAMBER.test(lines[j]) || parseDate(lines[j]))) j = lastNonBlank(lines, j);
  return j;
}

function lastNonBlank(lines: string[], before: number): number {
  for (let j = before - 1; j >= 0; j--) if (lines[j]) return j;
  return -1;
}

function fillFrom(speaker: Speaker, earlier: Speaker): Speaker {
  return {
    name: speaker.name ?? earlier.name,
    role: speaker.role ?? earlier.role,
    party: speaker.party ?? earlier.party,
    constituency: speaker.constituency ?? earlier.constituency,
  };
}

function nextText(lines: string[], from: number): number {
  for (let j = from; j < lines.length; j++) if (lines[j]) return j;
  return -1;
}

/** Names printed alone on a line at least twice: members introduced on an earlier page part. */
function repeatedNameLines(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) if (l && looksLikePersonName(l)) counts.set(nameKey(l), (counts.get(nameKey(l)) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= 2).map(([k]) => k));
}

/** Splits the body at speaker lines; a bare name takes the details its first, fuller line gave. */
function readBlocks(lines: string[]): Block[] {
  const known = repeatedNameLines(lines);
  const introduced = new Map<string, SpeakerLine>();
  const blocks: Block[] = [{ line: null, time: null, paragraphs: [] }];
  let pendingTime: string | null = null;
  // Hansard's web pages never wrap lines: each line is a paragraph.
  const paragraphsOf = (chunk: string[]) => nonEmptyLines(chunk.join('\n'));
  let chunk: string[] = [];
  let lastText = lines.length - 1;
  while (lastText >= 0 && !lines[lastText]) lastText--;
  const flush = () => {
    blocks[blocks.length - 1].paragraphs.push(...paragraphsOf(chunk));
    chunk = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const time = TIME_LINE.test(l) ? parseTime(l.replace(/^(\d{1,2})[.:](\d{2})(?::\d{2})?/, '$1:$2')) : null;
    if (time) {
      pendingTime = time;
      continue;
    }
    if (ASKED_INTRO.test(l) || isProceduralLine(l) || CHAMBER.test(l) || STAGE.test(l)) continue;
    // a date alone before the first speaker repeats the sitting's date (Parallel Parliament prints it under the volume line)
    if (blocks.length === 1 && parseDate(l)) continue;
    const asked = ASKED_BY.exec(l);
    const nameAt = asked && !asked[1] ? nextText(lines, i + 1) : i;
    const candidate = asked ? asked[1] || lines[nameAt] || '' : l;
    // "Asked by NAME" introduces the member who tables a Lords question
    if (asked && candidate && looksLikePersonName(candidate)) known.add(nameKey(candidate));
    const line = candidate && nameAt >= 0 && nameAt < lastText ? readSpeakerLine(candidate, known) : null;
    if (line) {
      i = nameAt;
      flush();
      const key = line.speaker.name ? nameKey(line.speaker.name) : null;
      const earlier = key ? introduced.get(key) : undefined;
      // the same member on the same page: a later, shorter line keeps the office and seat given first
      const speaker = earlier ? fillFrom(line.speaker, earlier.speaker) : line.speaker;
      if (key && line.structured) introduced.set(key, { ...line, speaker });
      if (key) known.add(key);
      blocks.push({ line: { ...line, speaker }, time: pendingTime, paragraphs: [] });
      pendingTime = null;
      continue;
    }
    if (pendingTime && !blocks[blocks.length - 1].time && l) [blocks[blocks.length - 1].time, pendingTime] = [pendingTime, null];
    chunk.push(l.replace(QUESTION_UIN, ''));
  }
  flush();
  return blocks;
}

function houseOf(contributions: Contribution[], text: string): House | null {
  const chamber = /^(Commons|Lords) Chamber$/im.exec(text)?.[1]?.toLowerCase();
  if (chamber) return chamber === 'lords' ? 'Lords' : 'Commons';
  const names = contributions.map((c) => c.speaker.name).filter((n): n is string => !!n);
  if (names.length && names.every(isPeerName)) return 'Lords';
  if (contributions.some((c) => c.speaker.constituency)) return 'Commons';
  return guessHouse(text).house;
}
