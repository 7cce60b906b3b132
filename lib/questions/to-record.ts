/**
 * Parliament's Written Questions API → our record shape (lib/parse/record.ts). Pure: one checked
 * API question in, one written-question record out (question, and the answer once there is one),
 * with its life as the API gives it. Nothing is invented: a member the API does not expand has no
 * name here, and the register resolves them by their Parliament id (`datadotparl:N`) or not at all.
 */
import { DATADOTPARL_REF } from '../members/register-index';
import { makeContribution, makeRecord, makeSpeaker } from '../parse/shared/build';
import { htmlToText } from '../parse/shared/html';
import type { Contribution, ParsedRecord, QuestionFacts, QuestionStatus, StatementFacts } from '../parse/record';
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

/**
 * The list endpoint cuts `questionText` at this many characters without a mark (5 of the 20 in our
 * recording of a real answer end mid-word at exactly 255), and answers at this many plus "...".
 */
export const LIST_TEXT_LIMIT = 255;

/**
 * The UIN an item is keyed by: its own, or, when the API gives none (`uin` is nullable), its API id
 * ("id-1700010"), so the item is kept and its key stays stable; sync.ts names it in the summary.
 */
export function uinOrId(item: { id: number; uin?: string | null }): string {
  return item.uin?.trim() || `id-${item.id}`;
}

/** The source document key of an API question: stable while its status changes, so is its record id. */
export function questionDocumentKey(q: Pick<ApiQuestion, 'id' | 'house' | 'dateTabled' | 'uin'>): string {
  return `written-question/${questionKey({ house: q.house, tabled: q.dateTabled, uin: uinOrId(q) })}`;
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

/**
 * A listed question whose text may have been cut: at (or past) the list's limit, where the list
 * stops without a mark, or missing. Its whole text needs the detail call; one of exactly 255
 * characters costs one call more, and is then known whole.
 */
export function mayBeCutQuestion(q: Pick<ApiQuestion, 'questionText' | 'answerText'>): boolean {
  return !q.questionText || q.questionText.length >= LIST_TEXT_LIMIT || isCutShort(q.answerText);
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
  return [...dated, ...undated].filter((g) => g.uin !== q.uin?.trim());
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
  // Parliament prints [R] after the question when the member declared a relevant interest.
  if (q.memberHasInterest === true) facts.declaredInterest = true;
  const grouped = toGrouped(q);
  if (grouped.length) facts.grouped = grouped;
  const attachments = toAttachments(q.attachments);
  if (attachments.length) facts.attachments = attachments;
  return facts;
}

/** The record of one API question, whole (the caller fetched the detail when the list cut the answer). */
export function toQuestionRecord(q: ApiQuestion): ParsedRecord {
  const uin = q.uin?.trim() || null;
  const key = questionKey({ house: q.house, tabled: q.dateTabled, uin: uinOrId(q) });
  const facts = toQuestionFacts(q);
  const warnings: string[] = [];
  if (!uin) warnings.push(`The API answer gives no UIN: kept under Parliament's id ${q.id}`);
  if (!hasText(q.questionText)) warnings.push('The API answer gives no question text');
  const asker = toSpeaker(q.askingMember, q.askingMemberId, q.house);
  if (!asker.name) warnings.push('The API answer does not name the member who asked (only their Parliament id)');

  const contributions: Contribution[] = [
    { ...makeContribution({ speaker: asker, type: 'question', date: q.dateTabled, text: htmlToText(q.questionText ?? '') }), sourceId: `${key}/question` },
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
    title: q.heading?.trim() || (uin ? `Written question ${uin}` : 'Written question without a UIN'),
    kind: 'written-question',
    house: q.house,
    // CONTRACTS §1: a written question's date is the day it was answered, else the day it was tabled.
    date: facts.answered ?? facts.tabled,
    department: q.answeringBodyName?.trim() || null,
    reference: { uin, volume: null, column: null },
    contributions,
    warnings,
    // Parliament's page is addressed by date and UIN: without a UIN there is none to link to.
    sourceUrl: uin ? `${QUESTION_PAGE_BASE}/${q.dateTabled}/${encodeURIComponent(uin)}` : null,
    question: facts,
    flags,
  });
  record.sourceId = `written-question/${key}`;
  if (q.answeringBodyId) record.departmentId = q.answeringBodyId;
  return record;
}

/** The source document key of an API written statement. */
export function statementDocumentKey(s: Pick<ApiStatement, 'id' | 'house' | 'dateMade' | 'uin'>): string {
  return `written-statement/${questionKey({ house: s.house, tabled: s.dateMade, uin: uinOrId(s) })}`;
}

/** What a statement is linked to (it corrects a statement or an answer, or is joint with one), its notice number and attachments. */
export function toStatementFacts(s: ApiStatement): StatementFacts {
  return {
    apiId: s.id,
    noticeNumber: s.noticeNumber && s.noticeNumber > 0 ? s.noticeNumber : null,
    links: (s.linkedStatements ?? []).map((l) => ({ type: l.linkType, statementId: l.linkedStatementId, date: l.linkDate ?? null })),
    attachments: toAttachments(s.attachments),
  };
}

/** A written ministerial statement: one statement contribution by the member who made it. */
export function toStatementRecord(s: ApiStatement): ParsedRecord {
  const maker = {
    ...makeSpeaker({ name: s.member?.name ?? undefined, role: s.memberRole ?? undefined, party: s.member?.party ?? undefined }),
    sourceRef: datadotparlRef(s.member?.id ?? s.memberId),
  };
  const uin = s.uin?.trim() || null;
  const warnings = maker.name ? [] : ['The API answer does not name the member who made the statement (only their Parliament id)'];
  if (!uin) warnings.push(`The API answer gives no UIN: kept under Parliament's id ${s.id}`);
  if (!hasText(s.text)) warnings.push('The API answer gives no statement text');
  const record = makeRecord({
    title: s.title?.trim() || (uin ? `Written statement ${uin}` : 'Written statement without a UIN'),
    kind: 'written-statement',
    house: s.house,
    date: s.dateMade,
    department: s.answeringBodyName?.trim() || null,
    reference: { uin, volume: null, column: null },
    contributions: [
      {
        ...makeContribution({ speaker: maker, type: 'statement', date: s.dateMade, text: htmlToText(s.text ?? '') }),
        sourceId: `${statementDocumentKey(s)}/statement`,
      },
    ],
    warnings,
    sourceUrl: uin ? `https://questions-statements.parliament.uk/written-statements/detail/${s.dateMade}/${encodeURIComponent(uin)}` : null,
  });
  record.sourceId = statementDocumentKey(s);
  if (s.answeringBodyId) record.departmentId = s.answeringBodyId;
  record.statement = toStatementFacts(s);
  return record;
}
