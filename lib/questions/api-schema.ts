/**
 * zod schemas of Parliament's Written Questions API answers (questions-statements-api.parliament.uk;
 * fields as its published OpenAPI description gives them). Tolerant of fields we do not use (the
 * API adds some over time), strict on those we store: an answer that fails is reported with its
 * question id and skipped, never half-stored.
 */
import { z } from 'zod';

/** The API writes dates as "2024-01-05T00:00:00" (UK local midnight, no zone): the day is the first ten characters. */
const apiDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'date must start YYYY-MM-DD')
  .transform((s) => s.slice(0, 10));

export const apiMemberSchema = z.looseObject({
  id: z.number().int(),
  name: z.string().nullish(),
  listAs: z.string().nullish(),
  party: z.string().nullish(),
  memberFrom: z.string().nullish(),
});

export const apiAttachmentSchema = z.looseObject({
  url: z.string().nullish(),
  title: z.string().nullish(),
  fileType: z.string().nullish(),
  fileSizeBytes: z.number().nullish(),
});

/** What a written question and a written statement both carry. */
const apiPublishedSchema = z.looseObject({
  id: z.number().int().positive(),
  uin: z.string().min(1),
  house: z.enum(['Commons', 'Lords']),
  answeringBodyName: z.string().nullish(),
  attachments: z.array(apiAttachmentSchema).nullish(),
});

export const apiQuestionSchema = apiPublishedSchema.extend({
  heading: z.string().nullish(),
  questionText: z.string().min(1),
  dateTabled: apiDate,
  dateForAnswer: apiDate.nullish(),
  isNamedDay: z.boolean().nullish(),
  isWithdrawn: z.boolean().nullish(),
  askingMemberId: z.number().int().nullish(),
  askingMember: apiMemberSchema.nullish(),
  answeringBodyId: z.number().int().nullish(),
  answeringMemberId: z.number().int().nullish(),
  answeringMember: apiMemberSchema.nullish(),
  dateAnswered: apiDate.nullish(),
  answerText: z.string().nullish(),
  answerIsHolding: z.boolean().nullish(),
  dateHoldingAnswer: apiDate.nullish(),
  answerIsCorrection: z.boolean().nullish(),
  dateAnswerCorrected: apiDate.nullish(),
  correctingMemberId: z.number().int().nullish(),
  correctingMember: apiMemberSchema.nullish(),
  originalAnswerText: z.string().nullish(),
  groupedQuestions: z.array(z.string()).nullish(),
  groupedQuestionsDates: z.array(z.looseObject({ questionUin: z.string().nullish(), dateTabled: apiDate.nullish() })).nullish(),
});

export const apiStatementSchema = apiPublishedSchema.extend({
  title: z.string().nullish(),
  text: z.string().min(1),
  dateMade: apiDate,
  memberId: z.number().int().nullish(),
  member: apiMemberSchema.nullish(),
  memberRole: z.string().nullish(),
});

/** A list page: items are checked one by one (itemSchema), so one bad item does not cost the page. */
export const apiListSchema = z.looseObject({
  totalResults: z.number().int().nonnegative(),
  results: z.array(z.looseObject({ value: z.unknown() })),
});

export const apiItemSchema = z.looseObject({ value: z.unknown() });

export type ApiQuestion = z.infer<typeof apiQuestionSchema>;
export type ApiStatement = z.infer<typeof apiStatementSchema>;
export type ApiMember = z.infer<typeof apiMemberSchema>;
export type ApiAttachment = z.infer<typeof apiAttachmentSchema>;

/** The id of an item that failed its schema, for the report line ("question 1679703: …"). */
export function idOfRawItem(value: unknown): string {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'number' || typeof id === 'string' ? String(id) : 'without an id';
}

/** One line for a zod failure: the first problem and where. */
export function describeSchemaError(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue.path.join('.') || 'value'}: ${issue.message}`;
}
