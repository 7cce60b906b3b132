/**
 * Written questions copied from Parallel Parliament: "(asked on DATE) - View Source", an optional
 * "Asked by: NAME (Party - Constituency)", "Question to the DEPT:", the question, an "Answered by"
 * card (photo caption, name, office or party, "This question was answered on DATE"), the answer,
 * then the site's trailing noise.
 */
import type { ParsedRecord } from '../record';
import { findDate } from '../shared/dates';
import { addTextLine, assembleWrittenQuestion, readAnswerer, readAsker, readQuestionDate, startWrittenQuestion } from '../shared/written';

const ASKED_ON = /^\(?asked on ([^)]+)\)?$/i;
const ASKED_BY = /^Asked by:?(?:\s+(.*))?$/i;
const QUESTION_TO = /^Question to (?:the )?(.+?):?$/i;
const ANSWERED_BY = /^Answered by:?(?:\s+(.*))?$/i;
const ANSWERED_ON = /^This question was answered on:?(?:\s+(.*))?$/i;
const AWAITING = /^(?:Awaiting answer|This question has not yet been answered\.?|Not yet answered)$/i;
const PHOTO_CAPTION = /^.{3,100}\sPortrait$/;
/** Where Parallel Parliament's own sections start after the answer. */
const TRAILER =
  /^(?:Parallel Parliament|Parliamentary (?:Debates|Research)|Department Publications?|Similar written questions|Linked (?:written questions|debates|publications)|Related (?:questions|debates)|Source Page|View (?:all|more) .*|Found: .*|Subscribe to .*|Calendar|Tweets?)$/i;
const LABELS = [ASKED_ON, ASKED_BY, QUESTION_TO, ANSWERED_BY, ANSWERED_ON, AWAITING];
const isLabel = (line: string) => LABELS.some((re) => re.test(line.trim())) || PHOTO_CAPTION.test(line.trim());

/**
 * Photo captions go; a caption that opens the answerer's card on a page copied without its
 * "Answered by" heading stands in for that heading.
 */
function withAnswerCards(lines: string[]): string[] {
  const headed = lines.some((l) => ANSWERED_BY.test(l.trim()));
  const questionAt = lines.findIndex((l) => QUESTION_TO.test(l.trim()));
  let cards = 0;
  return lines.flatMap((l, k) => {
    if (!PHOTO_CAPTION.test(l.trim())) return [l];
    return !headed && questionAt >= 0 && k > questionAt && cards++ === 0 ? ['Answered by'] : [];
  });
}

export function parseParallelParliament(text: string): ParsedRecord {
  const lines = withAnswerCards(text.split('\n'));
  const stop = lines.findIndex((l) => TRAILER.test(l.trim()));
  if (stop >= 0) lines.length = stop;

  const q = startWrittenQuestion();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    let m: RegExpExecArray | null;
    if (!line) {
      addTextLine(q, line);
    } else if ((m = ASKED_ON.exec(line))) {
      q.dates.tabled = findDate(m[1])?.iso ?? q.dates.tabled;
    } else if (!q.title && !isLabel(line)) {
      q.title = line;
    } else if ((m = ASKED_BY.exec(line)) && q.region !== 'answer') {
      i = readAsker(q, m[1], lines, i, isLabel);
    } else if (!q.department && (m = QUESTION_TO.exec(line)) && q.region === 'header') {
      q.department = m[1].trim();
      q.region = 'question';
    } else if ((m = ANSWERED_BY.exec(line))) {
      i = readAnswerer(q, m[1], lines, i, isLabel);
      q.region = 'answer';
    } else if ((m = ANSWERED_ON.exec(line))) {
      i = readQuestionDate(q, 'answered', m[1], lines, i);
      q.region = 'answer';
    } else if (AWAITING.test(line)) {
      q.awaiting = true;
    } else {
      addTextLine(q, line);
    }
  }
  return assembleWrittenQuestion(q);
}
