/**
 * A written question's status in words, and when it is overdue: one place for the record page,
 * the contribution page, citations, feeds and the status facet.
 */
import type { QuestionStatus } from '../parse/record';

export const QUESTION_STATUS_LABELS: Record<QuestionStatus, string> = {
  unanswered: 'Not yet answered',
  holding: 'Holding answer',
  answered: 'Answered',
  corrected: 'Answered, then corrected',
  withdrawn: 'Withdrawn',
};

/**
 * `overdue` is not stored: it depends on today. A question is overdue when it has no answer (not
 * even a holding one) and the day its answer was due has passed.
 */
export const OVERDUE = 'overdue';
export const OVERDUE_LABEL = 'Overdue (due date passed, no answer)';

export function questionStatusLabel(status: string): string {
  return (QUESTION_STATUS_LABELS as Record<string, string>)[status] ?? (status === OVERDUE ? OVERDUE_LABEL : status);
}

/** Today's date (UTC) as YYYY-MM-DD: the one clock read for overdue. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function isOverdue(question: { status: string; due?: string | null }, today: string): boolean {
  return question.status === 'unanswered' && !!question.due && question.due < today;
}
