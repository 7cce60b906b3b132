/** What the two written-question formats share: the page read so far, reading cards and dates, the House, status words. */
import type { House, ParsedRecord, Speaker } from '../record';
import { makeContribution, makeRecord, makeSpeaker } from './build';
import { guessHouse, isPeerName } from './cues';
import { findDate, parseDate } from './dates';
import { describeSpeaker, isDescriptionLine, looksLikeDepartment, parseNameWithAffiliation } from './people';
import { looksLikePersonName } from './names';
import { splitAffiliation } from './parties';
import { joinParagraphs, splitParagraphs } from './text';

export interface QuestionDates {
  tabled: string | null;
  answered: string | null;
  /** Date of a holding answer, when the page prints one. */
  holding: string | null;
}

/** Index of the next non-blank line at or after `from`, or -1. */
export function nextLine(lines: string[], from: number): number {
  for (let j = from; j < lines.length; j++) if (lines[j].trim()) return j;
  return -1;
}

/** A date given after a label, on the same line or alone on the next one. */
export function readDateAfterLabel(inline: string, lines: string[], i: number): { iso: string; last: number } | null {
  const own = findDate(inline);
  if (own) return { iso: own.iso, last: i };
  const j = nextLine(lines, i + 1);
  const iso = j >= 0 ? parseDate(lines[j]) : null;
  return iso ? { iso, last: j } : null;
}

export interface Card {
  speaker: Speaker;
  /** A department named instead of a person. */
  body: string | null;
  /** Index of the last line the card used. */
  last: number;
}

/**
 * An "Asked by" / "Answered by" card: inline ("Asked by: Name (Party - Seat)") or a name line
 * followed by up to two description lines (party and constituency, office). A department instead
 * of a name is a body, with no speaker named.
 */
export function readCard(inline: string, lines: string[], i: number, isLabel: (line: string) => boolean, department?: string | null): Card {
  const first = inline.trim();
  if (first) {
    if (looksLikeDepartment(first, department)) return { speaker: makeSpeaker(), body: first, last: i };
    const speaker = parseNameWithAffiliation(first);
    // the older parliament.uk list puts the seat in brackets on the next line: "Asked by Jon Trickett" / "(Hemsworth)"
    const j = nextLine(lines, i + 1);
    const seat = j >= 0 && !speaker.constituency && !speaker.party ? /^\(([^()]{2,80})\)$/.exec(lines[j].trim()) : null;
    if (!seat) return { speaker, body: null, last: i };
    const aff = splitAffiliation(seat[1]);
    return { speaker: { ...speaker, party: aff?.party ?? null, constituency: aff ? aff.constituency : seat[1].trim() }, body: null, last: j };
  }
  const j = nextLine(lines, i + 1);
  if (j < 0 || isLabel(lines[j])) return { speaker: makeSpeaker(), body: null, last: i };
  const nameLine = lines[j].trim();
  if (looksLikeDepartment(nameLine, department)) return { speaker: makeSpeaker(), body: nameLine, last: j };
  if (!looksLikePersonName(nameLine) && !/\(/.test(nameLine)) return { speaker: makeSpeaker(), body: null, last: i };
  let speaker = /\(/.test(nameLine) ? parseNameWithAffiliation(nameLine) : describeSpeaker(nameLine, null);
  let last = j;
  for (let n = 0; n < 2; n++) {
    const k = nextLine(lines, last + 1);
    if (k < 0 || isLabel(lines[k]) || !isDescriptionLine(lines[k]) || /^To ask\b/i.test(lines[k].trim())) break;
    const described = describeSpeaker(speaker.name, lines[k]);
    if (described.party && !speaker.party) speaker = { ...speaker, party: described.party, constituency: described.constituency };
    else if (described.role && !speaker.role) speaker = { ...speaker, role: described.role };
    else if (described.constituency && !described.party && !speaker.constituency) speaker = { ...speaker, constituency: described.constituency };
    else break;
    last = k;
  }
  return { speaker, body: null, last };
}

/** Lords for "HL" numbers, "To ask His Majesty's Government" and peers; else the forms of address. */
export function houseOfWrittenQuestion(uin: string | null, text: string, asker: Speaker, flags: string[]): { house: House | null; warning: string | null } {
  if (uin && /^HL/i.test(uin)) return { house: 'Lords', warning: null };
  if (flags.includes('named-day')) return { house: 'Commons', warning: null };
  if (isPeerName(asker.name)) return { house: 'Lords', warning: null };
  if (asker.constituency && !/\bpeer\b/i.test(asker.constituency)) return { house: 'Commons', warning: null };
  return guessHouse(text);
}

/** Plain-words notes on an answer that is missing or only a holding answer. */
export function statusWarnings(answered: boolean, dates: QuestionDates): string[] {
  if (!answered) return ['this question has not been answered yet; its date is the date it was tabled'];
  if (!dates.answered) return ['this page does not say when the question was answered'];
  return [];
}

/**
 * A written-question page as its format's line loop reads it: what the lines have told so far,
 * and where text lines go (nowhere before the question starts). Both formats fill one and hand it
 * to assembleWrittenQuestion.
 */
export interface WrittenQuestionParts {
  title: string | null;
  department: string | null;
  answeringBody: string | null;
  uin: string | null;
  dates: QuestionDates;
  asker: Speaker;
  answerer: Speaker | null;
  awaiting: boolean;
  region: 'header' | 'question' | 'answer';
  body: { question: string[]; answer: string[] };
  flags?: string[];
}

/** Nothing read yet; `flags` from the page's glossary boxes, where the format has them. */
export function startWrittenQuestion(flags?: string[]): WrittenQuestionParts {
  return {
    title: null,
    department: null,
    answeringBody: null,
    uin: null,
    dates: { tabled: null, answered: null, holding: null },
    asker: makeSpeaker(),
    answerer: null,
    awaiting: false,
    region: 'header',
    body: { question: [], answer: [] },
    ...(flags ? { flags } : {}),
  };
}

/** A line of the question's or the answer's text (blank: a paragraph break); text before either starts the question. */
export function addTextLine(q: WrittenQuestionParts, line: string): void {
  if (!line) {
    if (q.region !== 'header') q.body[q.region].push('');
    return;
  }
  if (q.region === 'header') q.region = 'question';
  q.body[q.region].push(line);
}

/** "Asked by", inline or a card below it. Returns the index of the last line it used. */
export function readAsker(q: WrittenQuestionParts, inline: string | undefined, lines: string[], i: number, isLabel: (line: string) => boolean): number {
  const card = readCard(inline ?? '', lines, i, isLabel);
  q.asker = card.speaker;
  return card.last;
}

/** "Answered by": the minister, or a department answering in their place. Returns the index of the last line it used. */
export function readAnswerer(q: WrittenQuestionParts, inline: string | undefined, lines: string[], i: number, isLabel: (line: string) => boolean): number {
  const card = readCard(inline ?? '', lines, i, isLabel, q.department);
  q.answerer = card.speaker;
  q.answeringBody = card.body;
  return card.last;
}

/** The date after a label ("Tabled on", "Answered on"…), kept as `which`. Returns the index of the last line it used. */
export function readQuestionDate(q: WrittenQuestionParts, which: keyof QuestionDates, inline: string | undefined, lines: string[], i: number): number {
  const d = readDateAfterLabel(inline ?? '', lines, i);
  if (!d) return i;
  q.dates[which] = d.iso;
  return d.last;
}

/** The record both written-question formats return: question (index 0), answer answering it. */
export function assembleWrittenQuestion(parts: WrittenQuestionParts): ParsedRecord {
  const { dates, asker, answerer, answeringBody, uin } = parts;
  const warnings: string[] = [];
  const questionText = joinParagraphs(splitParagraphs(parts.body.question.join('\n')));
  const answerText = joinParagraphs(splitParagraphs(parts.body.answer.join('\n')));
  const answered = !parts.awaiting && (!!answerText || !!dates.answered);
  const department = parts.department ?? answeringBody;
  if (!parts.title) warnings.push('this page has no title');
  if (!department) warnings.push('this page does not say which department the question was for');
  if (!dates.tabled) warnings.push('this page does not say when the question was tabled');
  if (!questionText) warnings.push('this page does not give the text of the question');

  const contributions = [makeContribution({ speaker: asker, type: 'question', date: dates.tabled, text: questionText })];
  if (!asker.name) warnings.push('this page does not name the member who asked the question');
  if (answered) {
    if (!answerer) warnings.push('this page does not say who answered the question');
    else if (!answerer.name)
      warnings.push(`the answer is given by ${answeringBody ? `a department (${answeringBody})` : 'a department'}, not a named minister`);
    contributions.push(makeContribution({ speaker: answerer ?? makeSpeaker(), type: 'answer', date: dates.answered, text: answerText, answers: 0 }));
  }
  warnings.push(...statusWarnings(answered, dates));
  const house = houseOfWrittenQuestion(uin, questionText, asker, parts.flags ?? []);
  if (house.warning) warnings.push(house.warning);

  return makeRecord({
    title: parts.title ?? 'Written question',
    kind: 'written-question',
    house: house.house,
    date: answered ? dates.answered : dates.tabled,
    department,
    reference: { uin, volume: null, column: null },
    contributions,
    warnings,
    question: {
      status: !answered ? 'unanswered' : !dates.answered && dates.holding ? 'holding' : 'answered',
      tabled: dates.tabled,
      answered: answered ? dates.answered : null,
    },
    ...(parts.flags ? { flags: parts.flags } : {}),
  });
}
