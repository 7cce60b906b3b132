/**
 * Written questions copied from questions-statements.parliament.uk: title, "Question for DEPT",
 * "UIN N, tabled on DATE", an optional "Asked by" card, the question, "Answered on DATE", the
 * answer, an "Answered by" card (a minister or a department), and glossary boxes that are flags.
 */
import type { ParsedRecord, Speaker } from '../record';
import { makeSpeaker } from '../shared/build';
import { findDate } from '../shared/dates';
import { extractGlossaryFlags } from '../shared/furniture';
import { assembleWrittenQuestion, nextLine, readCard, readDateAfterLabel, type QuestionDates } from '../shared/written';

const QUESTION_FOR = /^Question (?:for|to)(?: the)? (.+?):?$/i;
const UIN = /^(?:UIN|Question reference)[: ]\s*([A-Z]{0,3}\s?\d+)\s*,?\s*(?:tabled on\s+(.+))?$/i;
const ASKED_BY = /^Asked by:?(?:\s+(.*))?$/i;
const ANSWERED_ON = /^(?:Answered on|Date answered):?(?:\s+(.*))?$/i;
const ANSWERED_BY = /^Answered by:?(?:\s+(.*))?$/i;
const HOLDING = /^Holding answer(?: received| given)?(?: on)?:?(?:\s+(.*))?$/i;
const TABLED_ON = /^(?:Tabled on|Date tabled):?(?:\s+(.*))?$/i;
/** The older parliament.uk list: "Asked on: DATE", then the department, the heading and the House. */
const ASKED_ON = /^Asked on:?(?:\s+(.*))?$/i;
/** Its "Q" and "A" badges before the question and the answer. */
const BADGE = /^[QA]$/;
const HOUSE_LINE = /^(?:Commons|Lords)$/i;
const AWAITING = /^(?:Awaiting answer|Unanswered|Not yet answered|This question (?:has not yet been|is awaiting an?) answer(?:ed)?\.?)$/i;
const LABELS = [QUESTION_FOR, UIN, ASKED_BY, ANSWERED_ON, ANSWERED_BY, HOLDING, TABLED_ON, ASKED_ON, BADGE, AWAITING];
const isLabel = (line: string) => LABELS.some((re) => re.test(line.trim()));

export function parseWrittenQuestion(text: string): ParsedRecord {
  const { flags, lines } = extractGlossaryFlags(text.split('\n'));
  let title: string | null = null;
  let department: string | null = null;
  let answeringBody: string | null = null;
  let uin: string | null = null;
  const dates: QuestionDates = { tabled: null, answered: null, holding: null };
  let asker: Speaker = makeSpeaker();
  let answerer: Speaker | null = null;
  let awaiting = false;
  let region: 'header' | 'question' | 'answer' = 'header';
  const body = { question: [] as string[], answer: [] as string[] };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    let m: RegExpExecArray | null;
    if (!line) {
      if (region !== 'header') body[region].push('');
    } else if (!title && !isLabel(line)) {
      title = line;
    } else if (!department && (m = QUESTION_FOR.exec(line))) {
      department = m[1].trim();
    } else if (!uin && (m = UIN.exec(line))) {
      uin = m[1].replace(/\s+/g, '');
      if (m[2]) dates.tabled = findDate(m[2])?.iso ?? null;
    } else if (BADGE.test(line)) {
      // a badge, not text
    } else if ((m = ASKED_ON.exec(line))) {
      const d = readDateAfterLabel(m[1] ?? '', lines, i);
      if (d) [dates.tabled, i] = [d.iso, d.last];
      const listed = readListedHeading(lines, i, department);
      if (listed) [department, title, i] = [listed.department, listed.heading, listed.last];
    } else if ((m = TABLED_ON.exec(line))) {
      const d = readDateAfterLabel(m[1] ?? '', lines, i);
      if (d) [dates.tabled, i] = [d.iso, d.last];
    } else if ((m = ASKED_BY.exec(line))) {
      const card = readCard(m[1] ?? '', lines, i, isLabel);
      [asker, i] = [card.speaker, card.last];
    } else if ((m = ANSWERED_ON.exec(line))) {
      const d = readDateAfterLabel(m[1] ?? '', lines, i);
      if (d) [dates.answered, i] = [d.iso, d.last];
      region = 'answer';
    } else if ((m = HOLDING.exec(line))) {
      const d = readDateAfterLabel(m[1] ?? '', lines, i);
      if (d) [dates.holding, i] = [d.iso, d.last];
    } else if ((m = ANSWERED_BY.exec(line))) {
      const card = readCard(m[1] ?? '', lines, i, isLabel, department);
      [answerer, answeringBody, i] = [card.speaker, card.body, card.last];
      if (region === 'question') region = 'answer';
    } else if (AWAITING.test(line)) {
      awaiting = true;
    } else {
      if (region === 'header') region = 'question';
      body[region].push(line);
    }
  }

  return assembleWrittenQuestion({
    title,
    department,
    answeringBody,
    uin,
    dates,
    asker,
    answerer,
    awaiting,
    questionLines: body.question,
    answerLines: body.answer,
    flags,
  });
}

/**
 * After "Asked on" the older list prints the department, the question's heading and the House,
 * each on its own line; the heading is the record's title.
 */
function readListedHeading(lines: string[], at: number, department: string | null): { department: string; heading: string; last: number } | null {
  const next = (from: number) => nextLine(lines, from);
  const d = next(at + 1);
  const h = d >= 0 ? next(d + 1) : -1;
  if (d < 0 || h < 0 || department || isLabel(lines[d]) || isLabel(lines[h]) || /^To ask\b/i.test(lines[h].trim())) return null;
  const house = next(h + 1);
  const last = house >= 0 && HOUSE_LINE.test(lines[house].trim()) ? house : h;
  return { department: lines[d].trim(), heading: lines[h].trim(), last };
}
