/**
 * Written questions copied from Parallel Parliament: "(asked on DATE) - View Source", an optional
 * "Asked by: NAME (Party - Constituency)", "Question to the DEPT:", the question, an "Answered by"
 * card (photo caption, name, office or party, "This question was answered on DATE"), the answer,
 * then the site's trailing noise.
 */
import type { ParsedRecord, Speaker } from '../record';
import { makeSpeaker } from '../shared/build';
import { findDate } from '../shared/dates';
import { assembleWrittenQuestion, readCard, readDateAfterLabel, type QuestionDates } from '../shared/written';

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

  let title: string | null = null;
  let department: string | null = null;
  let answeringBody: string | null = null;
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
    } else if ((m = ASKED_ON.exec(line))) {
      dates.tabled = findDate(m[1])?.iso ?? dates.tabled;
    } else if (!title && !isLabel(line)) {
      title = line;
    } else if ((m = ASKED_BY.exec(line)) && region !== 'answer') {
      const card = readCard(m[1] ?? '', lines, i, isLabel);
      [asker, i] = [card.speaker, card.last];
    } else if (!department && (m = QUESTION_TO.exec(line)) && region === 'header') {
      department = m[1].trim();
      region = 'question';
    } else if ((m = ANSWERED_BY.exec(line))) {
      const card = readCard(m[1] ?? '', lines, i, isLabel, department);
      [answerer, answeringBody, i] = [card.speaker, card.body, card.last];
      region = 'answer';
    } else if ((m = ANSWERED_ON.exec(line))) {
      const d = readDateAfterLabel(m[1] ?? '', lines, i);
      if (d) [dates.answered, i] = [d.iso, d.last];
      region = 'answer';
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
    uin: null,
    dates,
    asker,
    answerer,
    awaiting,
    questionLines: body.question,
    answerLines: body.answer,
  });
}
