/**
 * zod schemas of Parliament's Written Questions API answers (questions-statements-api.parliament.uk),
 * field by field as its published OpenAPI description gives them (docs/decisions/015-written-questions-api.md
 * cites the parts relied on): what it marks nullable is nullable here (`uin`, `questionText`, a
 * statement's `text`, a page's `results`), `house` is `Bicameral | Commons | Lords`, and fields we do
 * not use are let through untouched (loose objects: the API adds some over time). An item that fails
 * is reported with its id and skipped, never half-stored.
 */
import { z } from 'zod';

/** The API writes dates as "2024-01-05T00:00:00" (UK local midnight, no zone): the day is the first ten characters. */
const apiDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'date must start YYYY-MM-DD')
  .transform((s) => s.slice(0, 10));

/** HouseEnum: a written statement made to both Houses is `Bicameral`. */
export const API_HOUSES = ['Commons', 'Lords', 'Bicameral'] as const;

/** SessionStatus: `Current` | `Any`, no documented default; every request asks for `Any` (a backfill of an earlier session must not come back empty). */
export const SESSION_STATUS_ANY = 'Any';

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

/** StatementLinkTypeEnum. */
export const STATEMENT_LINK_TYPES = ['CorrectedStatement', 'CorrectedAnswer', 'JointStatement'] as const;

export const apiLinkedStatementSchema = z.looseObject({
  linkedStatementId: z.number().int(),
  linkType: z.enum(STATEMENT_LINK_TYPES),
  linkDate: apiDate.nullish(),
});

/** What a written question and a written statement both carry. */
const apiPublishedSchema = z.looseObject({
  id: z.number().int().positive(),
  uin: z.string().nullish(),
  house: z.enum(API_HOUSES),
  answeringBodyId: z.number().int().nullish(),
  answeringBodyName: z.string().nullish(),
  attachments: z.array(apiAttachmentSchema).nullish(),
});

export const apiQuestionSchema = apiPublishedSchema.extend({
  heading: z.string().nullish(),
  questionText: z.string().nullish(),
  memberHasInterest: z.boolean().nullish(),
  dateTabled: apiDate,
  dateForAnswer: apiDate.nullish(),
  isNamedDay: z.boolean().nullish(),
  isWithdrawn: z.boolean().nullish(),
  askingMemberId: z.number().int().nullish(),
  askingMember: apiMemberSchema.nullish(),
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
  text: z.string().nullish(),
  dateMade: apiDate,
  memberId: z.number().int().nullish(),
  member: apiMemberSchema.nullish(),
  memberRole: z.string().nullish(),
  noticeNumber: z.number().int().nullish(),
  linkedStatements: z.array(apiLinkedStatementSchema).nullish(),
});

/**
 * A list page: items are checked one by one (itemSchema), so one bad item does not cost the page.
 * `results` is nullable in the description: a null page is read again, then reported (sync.ts).
 */
export const apiListSchema = z.looseObject({
  totalResults: z.number().int().nonnegative(),
  results: z.array(z.looseObject({ value: z.unknown() })).nullable(),
});

/**
 * An item answer. The description gives `/api/writtenstatements/statements/{id}` a search result
 * (`{ totalResults, results: [{ value }] }`) where the question's gives `{ value }`: both are read.
 */
export const apiItemSchema = z.union([
  z.looseObject({ value: z.unknown() }).refine((o) => o.value !== undefined, 'value is missing'),
  z.looseObject({ results: z.array(z.looseObject({ value: z.unknown() })).length(1) }).transform((o) => ({ value: o.results[0].value })),
]);

export type ApiQuestion = z.infer<typeof apiQuestionSchema>;
export type ApiStatement = z.infer<typeof apiStatementSchema>;
export type ApiMember = z.infer<typeof apiMemberSchema>;
export type ApiAttachment = z.infer<typeof apiAttachmentSchema>;
export type ApiHouse = (typeof API_HOUSES)[number];

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
