/** Small constructors so that every format builds records and contributions the same way. */
import type { Contribution, ContributionType, ParsedRecord, Speaker } from '../record';

export function makeSpeaker(fields: Partial<Speaker> = {}): Speaker {
  return {
    name: fields.name || null,
    role: fields.role || null,
    party: fields.party || null,
    constituency: fields.constituency || null,
  };
}

export function makeContribution(fields: Partial<Contribution> & { text: string; type: ContributionType }): Contribution {
  return {
    speaker: fields.speaker ?? makeSpeaker(),
    type: fields.type,
    date: fields.date ?? null,
    time: fields.time ?? null,
    text: fields.text,
    answers: fields.answers ?? null,
  };
}

export function makeRecord(fields: Partial<ParsedRecord> & { title: string; kind: ParsedRecord['kind'] }): ParsedRecord {
  const record: ParsedRecord = {
    title: fields.title,
    kind: fields.kind,
    house: fields.house ?? null,
    date: fields.date ?? null,
    department: fields.department || null,
    reference: fields.reference ?? { uin: null, volume: null, column: null },
    contributions: fields.contributions ?? [],
    warnings: dedupe(fields.warnings ?? []),
  };
  if (fields.venue) record.venue = fields.venue;
  if (fields.sourceUrl !== undefined) record.sourceUrl = fields.sourceUrl;
  if (fields.question !== undefined) record.question = fields.question;
  if (fields.flags !== undefined) record.flags = fields.flags;
  return record;
}

function dedupe(items: string[]): string[] {
  return [...new Set(items)];
}

/**
 * Links each answer to the question it follows: `answers` = index of the latest question before
 * it, or null (with no question before it, the answer is to a question the source does not show).
 */
export function linkAnswers(contributions: Contribution[]): Contribution[] {
  let lastQuestion: number | null = null;
  return contributions.map((c, i) => {
    if (c.type === 'question') lastQuestion = i;
    return c.type === 'answer' ? { ...c, answers: lastQuestion } : { ...c, answers: null };
  });
}

/** One warning per missing kind of fact, in plain words. */
export function speakerWarnings(contributions: Contribution[]): string[] {
  const warnings: string[] = [];
  if (contributions.length && contributions.every((c) => !c.speaker.name && !c.speaker.role)) {
    warnings.push('this source does not name the speakers');
  } else if (contributions.some((c) => !c.speaker.name && !c.speaker.role)) {
    warnings.push('some contributions do not name their speaker');
  }
  return warnings;
}
