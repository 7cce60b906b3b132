/**
 * Written questions copied from questions-statements.parliament.uk: title, "Question for DEPT",
 * "UIN N, tabled on DATE", an optional "Asked by" card, the question, "Answered on DATE", the
 * answer, an "Answered by" card (a minister or a department), and glossary boxes that are flags.
 */
import type { ParsedRecord } from '../record';
import { findDate } from '../shared/dates';
import { extractGlossaryFlags } from '../shared/furniture';
import { addTextLine, assembleWrittenQuestion, nextLine, readAnswerer, readAsker, readQuestionDate, startWrittenQuestion } from '../shared/written';

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
  const q = startWrittenQuestion(flags);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    let m: RegExpExecArray | null;
    if (!line) {
      addTextLine(q, line);
    } else if (!q.title && !isLabel(line)) {
      q.title = line;
    } else if (!q.department && (m = QUESTION_FOR.exec(line))) {
      q.department = m[1].trim();
    } else if (!q.uin && (m = UIN.exec(line))) {
      q.uin = m[1].replace(/\s+/g, '');
      if (m[2]) q.dates.tabled = findDate(m[2])?.iso ?? null;
    } else if (BADGE.test(line)) {
      // a badge, not text
    } else if ((m = ASKED_ON.exec(line))) {
      i = readQuestionDate(q, 'tabled', m[1], lines, i);
      const listed = readListedHeading(lines, i, q.department);
      if (listed) [q.department, q.title, i] = [listed.department, listed.heading, listed.last];
    } else if ((m = TABLED_ON.exec(line))) {
      i = readQuestionDate(q, 'tabled', m[1], lines, i);
    } else if ((m = ASKED_BY.exec(line))) {
      i = readAsker(q, m[1], lines, i, isLabel);
    } else if ((m = ANSWERED_ON.exec(line))) {
      i = readQuestionDate(q, 'answered', m[1], lines, i);
      q.region = 'answer';
    } else if ((m = HOLDING.exec(line))) {
      i = readQuestionDate(q, 'holding', m[1], lines, i);
    } else if ((m = ANSWERED_BY.exec(line))) {
      i = readAnswerer(q, m[1], lines, i, isLabel);
      if (q.region === 'question') q.region = 'answer';
    } else if (AWAITING.test(line)) {
      q.awaiting = true;
    } else {
      addTextLine(q, line);
    }
  }
  return assembleWrittenQuestion(q);
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
