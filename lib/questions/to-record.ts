/**
 * Parliament's Written Questions API → our record shape (lib/parse/record.ts). Pure: one checked
 * API question in, one written-question record out (question, and the answer once there is one),
 * with its life as the API gives it. Nothing is invented: a member the API does not expand has no
 * name here, and the register resolves them by their Parliament id (`datadotparl:N`) or not at all.
 */
import { DATADOTPARL_REF } from '../members/register-index';
import { makeContribution, makeRecord, makeSpeaker } from '../parse/shared/build';
import { htmlToText } from '../parse/shared/html';
import type { Contribution, ParsedRecord, QuestionFacts, QuestionStatus } from '../parse/record';
import type { ApiAttachment, ApiMember, ApiQuestion, ApiStatement } from './api-schema';

/** Where a question can be read on Parliament's site: also what ParlParse prints as a question's url. */
export const QUESTION_PAGE_BASE = 'https://questions-statements.parliament.uk/written-questions/detail';

/**
 * One question, one record, whichever source brings it: house + date tabled + UIN (UINs restart
 * each session, so the date tells two 7926s apart). See docs/decisions/015-written-questions-api.md.
 */
export function questionKey(q: { house: string; tabled: string; uin: string }): string {
  return `${q.house.toLowerCase()}/${q.tabled}/${q.uin.trim().toLowerCase()}`;
}

/** The source document key of an API question: stable while its status changes, so is its record id. */
export function questionDocumentKey(q: Pick<ApiQuestion, 'house' | 'dateTabled' | 'uin'>): string {
  return `written-question/${questionKey({ house: q.house, tabled: q.dateTabled, uin: q.uin })}`;
}

/** Register reference of a member by Parliament's own id (lib/members/resolve.ts reads it). */
export function datadotparlRef(id: number | null | undefined): string | null {
  return id ? `${DATADOTPARL_REF}${id}` : null;
}

export function questionStatusOf(q: ApiQuestion): QuestionStatus {
  if (q.isWithdrawn) return 'withdrawn';
  if (q.answerIsCorrection || q.dateAnswerCorrected) return 'corrected';
  if (q.answerIsHolding) return 'holding';
  if (q.dateAnswered && hasText(q.answerText)) return 'answered';
  return 'unanswered';
}

/** The API cuts long answers (and statements) in list results and ends them with "...": the whole one needs the detail call. */
export function isCutShort(text: string | null | undefined): boolean {
  return !!text && /\.\.\.\s*$/.test(text);
}

function hasText(html: string | null | undefined): html is string {
  return !!html && htmlToText(html).length > 0;
}

function toSpeaker(member: ApiMember | null | undefined, id: number | null | undefined, house: string) {
  return {
    ...makeSpeaker({
      name: member?.name ?? undefined,
      party: member?.party ?? undefined,
      // Lords: memberFrom is the kind of peerage ("Life peer"), not a seat.
      constituency: house === 'Commons' ? (member?.memberFrom ?? undefined) : undefined,
    }),
    sourceRef: datadotparlRef(member?.id ?? id),
  };
}

function toAttachments(list: ApiAttachment[] | null | undefined): NonNullable<QuestionFacts['attachments']> {
  return (list ?? [])
    .filter((a): a is ApiAttachment & { url: string } => !!a.url && URL.canParse(a.url))
    .map((a) => ({
      url: a.url,
      title: a.title ?? null,
      fileType: a.fileType ?? null,
      fileSizeBytes: a.fileSizeBytes != null && a.fileSizeBytes >= 0 ? Math.round(a.fileSizeBytes) : null,
    }));
}

function toGrouped(q: ApiQuestion): NonNullable<QuestionFacts['grouped']> {
  const dated = (q.groupedQuestionsDates ?? []).filter((g) => g.questionUin).map((g) => ({ uin: g.questionUin!.trim(), tabled: g.dateTabled ?? null }));
  const seen = new Set(dated.map((g) => g.uin));
  const undated = (q.groupedQuestions ?? [])
    .map((u) => u.trim())
    .filter((u) => u && !seen.has(u))
    .map((uin) => ({ uin, tabled: null }));
  return [...dated, ...undated].filter((g) => g.uin !== q.uin.trim());
}

export function toQuestionFacts(q: ApiQuestion): QuestionFacts {
  const status = questionStatusOf(q);
  const answered = status === 'answered' || status === 'corrected' ? (q.dateAnswered ?? null) : null;
  const facts: QuestionFacts = {
    status,
    tabled: q.dateTabled,
    answered,
    due: q.dateForAnswer ?? null,
    namedDay: q.isNamedDay === true,
    holding: q.dateHoldingAnswer ?? null,
    corrected: status === 'corrected' ? (q.dateAnswerCorrected ?? null) : null,
    originalAnswer: status === 'corrected' && hasText(q.originalAnswerText) ? htmlToText(q.originalAnswerText) : null,
  };
  const grouped = toGrouped(q);
  if (grouped.length) facts.grouped = grouped;
  const attachments = toAttachments(q.attachments);
  if (attachments.length) facts.attachments = attachments;
  return facts;
}

/** The record of one API question, whole (the caller fetched the detail when the list cut the answer). */
export function toQuestionRecord(q: ApiQuestion): ParsedRecord {
  const key = questionKey({ house: q.house, tabled: q.dateTabled, uin: q.uin });
  const facts = toQuestionFacts(q);
  const warnings: string[] = [];
  const asker = toSpeaker(q.askingMember, q.askingMemberId, q.house);
  if (!asker.name) warnings.push('The API answer does not name the member who asked (only their Parliament id)');

  const contributions: Contribution[] = [
    { ...makeContribution({ speaker: asker, type: 'question', date: q.dateTabled, text: htmlToText(q.questionText) }), sourceId: `${key}/question` },
  ];
  // A withdrawn question keeps no answer; a holding answer is an answer until the real one replaces it.
  if (facts.status !== 'withdrawn' && facts.status !== 'unanswered' && hasText(q.answerText)) {
    const answerer = toSpeaker(q.answeringMember, q.answeringMemberId, q.house);
    if (!answerer.name)
      warnings.push(`The API answer does not name the answering minister${q.answeringBodyName ? ` (answered for ${q.answeringBodyName})` : ''}`);
    const date = facts.status === 'holding' ? (q.dateHoldingAnswer ?? q.dateAnswered ?? null) : (q.dateAnswered ?? null);
    contributions.push({
      ...makeContribution({ speaker: answerer, type: 'answer', date, text: htmlToText(q.answerText), answers: 0 }),
      sourceId: `${key}/answer`,
    });
  }
  if (!q.answeringBodyName) warnings.push('The API answer does not give the answering department');

  const flags = [facts.namedDay ? 'named-day' : null, facts.holding ? 'holding-answer' : null].filter((f): f is string => f !== null);
  const record = makeRecord({
    title: q.heading?.trim() || `Written question ${q.uin}`,
    kind: 'written-question',
    house: q.house,
    // CONTRACTS §1: a written question's date is the day it was answered, else the day it was tabled.
    date: facts.answered ?? facts.tabled,
    department: q.answeringBodyName?.trim() || null,
    reference: { uin: q.uin.trim(), volume: null, column: null },
    contributions,
    warnings,
    sourceUrl: `${QUESTION_PAGE_BASE}/${q.dateTabled}/${encodeURIComponent(q.uin.trim())}`,
    question: facts,
    flags,
  });
  record.sourceId = `written-question/${key}`;
  return record;
}

/** The source document key of an API written statement. */
export function statementDocumentKey(s: Pick<ApiStatement, 'house' | 'dateMade' | 'uin'>): string {
  return `written-statement/${questionKey({ house: s.house, tabled: s.dateMade, uin: s.uin })}`;
}

/** A written ministerial statement: one statement contribution by the member who made it. */
export function toStatementRecord(s: ApiStatement): ParsedRecord {
  const maker = {
    ...makeSpeaker({ name: s.member?.name ?? undefined, role: s.memberRole ?? undefined, party: s.member?.party ?? undefined }),
    sourceRef: datadotparlRef(s.member?.id ?? s.memberId),
  };
  const warnings = maker.name ? [] : ['The API answer does not name the member who made the statement (only their Parliament id)'];
  const record = makeRecord({
    title: s.title?.trim() || `Written statement ${s.uin}`,
    kind: 'written-statement',
    house: s.house,
    date: s.dateMade,
    department: s.answeringBodyName?.trim() || null,
    reference: { uin: s.uin.trim(), volume: null, column: null },
    contributions: [
      {
        ...makeContribution({ speaker: maker, type: 'statement', date: s.dateMade, text: htmlToText(s.text) }),
        sourceId: `${statementDocumentKey(s)}/statement`,
      },
    ],
    warnings,
    sourceUrl: `https://questions-statements.parliament.uk/written-statements/detail/${s.dateMade}/${encodeURIComponent(s.uin.trim())}`,
  });
  record.sourceId = statementDocumentKey(s);
  return record;
}
