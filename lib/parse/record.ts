/**
 * The one shape every parser returns and ingest stores: the `parse` command's JSON
 * (docs/contracts.md §1 and §1b). Parsers build plain objects; `parsedRecordSchema`
 * checks them at the boundary (parse command, ingest, fuzz tests).
 */
import { z } from 'zod';

export const RECORD_KINDS = ['debate', 'oral-answers', 'written-question', 'written-statement', 'committee-report', 'other'] as const;
export const CONTRIBUTION_TYPES = ['question', 'answer', 'speech', 'statement'] as const;
/** What the search's `type` filter takes: a contribution's type, or `division` (a division is a search result of its own kind). */
export const SEARCH_TYPES = [...CONTRIBUTION_TYPES, 'division'] as const;
/** Westminster's two Houses and the devolved legislatures (lib/members/houses.ts names them alike). */
export const HOUSES = ['Commons', 'Lords', 'Scottish Parliament', 'Senedd', 'Northern Ireland Assembly'] as const;
/** The Houses of the UK Parliament: what a `Bicameral` record is made to. */
export const WESTMINSTER_HOUSES = ['Commons', 'Lords'] as const;
/** A record's house: one of the two, or `Bicameral`, made to both at once (Parliament's API says so of some items). */
export const RECORD_HOUSES = [...HOUSES, 'Bicameral'] as const;
/**
 * Where a record was said or published, as its source tells (lib/parse/venue.ts): the chamber, a
 * committee sitting in its own series (Westminster Hall "WH" columns, Grand Committee "GC",
 * Public Bill Committees with their own Hansard), or written material.
 */
export const VENUES = [
  'commons-chamber',
  'westminster-hall',
  'public-bill-committee',
  'lords-chamber',
  'lords-grand-committee',
  'written-answers',
  'written-statements',
  'committee-publication',
  'scottish-parliament-chamber',
  'scottish-parliament-committee',
  'senedd-plenary',
  'senedd-committee',
  'ni-assembly-chamber',
  'ni-assembly-committee',
] as const;
/** Languages a bilingual record gives its text in: the Senedd's English and Welsh. */
export const RECORD_LANGUAGES = ['en', 'cy'] as const;
/** A written question's life (../shared/CONTRACTS.md §4): unanswered → holding → answered (→ corrected; → withdrawn). */
export const QUESTION_STATUSES = ['unanswered', 'holding', 'answered', 'corrected', 'withdrawn'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');
const clockTime = z.string().regex(/^\d{2}:\d{2}$/, 'time must be HH:MM');

export const speakerSchema = z.object({
  name: z.string().min(1).nullable(),
  role: z.string().min(1).nullable(),
  party: z.string().min(1).nullable(),
  constituency: z.string().min(1).nullable(),
  /** Register reference printed by the source (ParlParse `speakerid` / `person_id`), when it gives one. */
  sourceRef: z.string().min(1).nullable().optional(),
});

export const contributionSchema = z.object({
  speaker: speakerSchema,
  type: z.enum(CONTRIBUTION_TYPES),
  date: isoDate.nullable(),
  time: clockTime.nullable(),
  text: z.string(),
  /** 0-based index of the contribution this one answers (an array when one reply answers several grouped questions). */
  answers: z.union([z.number().int().nonnegative(), z.array(z.number().int().nonnegative()).min(1)]).nullable(),
  /** Stable id given by the source (ParlParse XML `id`), when it has one. */
  sourceId: z.string().min(1).optional(),
  /** Hansard column the contribution starts in, as printed (ParlParse `colnum`: "71", "483W", "GC12"), when the source gives it. */
  column: z.string().min(1).optional(),
  /**
   * Bilingual records (the Senedd): the language of `text`, the language the contribution was
   * spoken in (parlparse's `original_lang`, else its file's language), and the other language's
   * text linked to it — one contribution per speech, never two.
   */
  language: z.enum(RECORD_LANGUAGES).optional(),
  spokenLanguage: z.enum(RECORD_LANGUAGES).optional(),
  translation: z
    .object({ language: z.enum(RECORD_LANGUAGES), text: z.string() })
    .nullable()
    .optional(),
});

export const referenceSchema = z.object({
  uin: z.string().min(1).nullable(),
  volume: z.string().min(1).nullable(),
  column: z.string().min(1).nullable(),
});

const attachmentSchema = z.object({
  url: z.string().url(),
  title: z.string().nullable(),
  fileType: z.string().nullable(),
  fileSizeBytes: z.number().int().nonnegative().nullable(),
});

/**
 * Facts about a written question's life that the citation, status and timeline views need.
 * Text formats give status, tabled and answered; Parliament's API (lib/questions) gives the rest.
 */
export const questionStatusSchema = z.object({
  status: z.enum(QUESTION_STATUSES),
  tabled: isoDate.nullable(),
  answered: isoDate.nullable(),
  /** The day an answer is due: the named day, or the usual date for an ordinary question. */
  due: isoDate.nullable().optional(),
  namedDay: z.boolean().optional(),
  /** When a holding answer was given. */
  holding: isoDate.nullable().optional(),
  /** When the answer was corrected, and the original answer's text, kept. */
  corrected: isoDate.nullable().optional(),
  originalAnswer: z.string().nullable().optional(),
  /** Other questions answered together with this one (grouped): UIN and tabled date. */
  grouped: z.array(z.object({ uin: z.string().min(1), tabled: isoDate.nullable() })).optional(),
  attachments: z.array(attachmentSchema).optional(),
  /** The asking member declared a relevant interest (Parliament prints [R]). */
  declaredInterest: z.boolean().optional(),
});

/** How one written statement is linked to another, or to an answer (Parliament's API `linkedStatements`). */
export const STATEMENT_LINK_TYPES = ['CorrectedStatement', 'CorrectedAnswer', 'JointStatement'] as const;

/** A written statement's links, notice number and attachments (Parliament's API, lib/questions). */
export const statementFactsSchema = z.object({
  /** Parliament's id of the statement: what other statements' links name. */
  apiId: z.number().int().positive(),
  noticeNumber: z.number().int().positive().nullable(),
  links: z.array(z.object({ type: z.enum(STATEMENT_LINK_TYPES), statementId: z.number().int(), date: isoDate.nullable() })),
  attachments: z.array(attachmentSchema),
});

/**
 * A division's vote, normalised: Westminster's `aye` and `no` (Lords contents are `aye`, not-contents
 * `no`, ../shared/CONTRACTS.md §5; the devolved bodies' for and against too), `abstain` for
 * parliaments that record one, `absent` for the Senedd's list of members who did not vote and
 * `spoiled` for the Scottish Parliament's spoiled votes. A value we do not know is kept as printed
 * (the type is open), with a warning on the record.
 */
export const KNOWN_VOTES = ['aye', 'no', 'abstain', 'absent', 'spoiled'] as const;

/** One name in one list of a division, as printed. A member on both lists has two. */
export const divisionVoterSchema = z.object({
  /** The name as the list prints it ("Afriyie, Adam", "Lloyd of Berwick, L. [Teller]"); may be empty. */
  name: z.string(),
  /** `aye` | `no` | `abstain`, or the printed value when it is none of those. */
  vote: z.string().min(1),
  teller: z.boolean(),
  /** The person id of the member who cast this vote by proxy (`proxy="uk.org.publicwhip/person/N"`), as printed. */
  proxy: z.string().min(1).nullable(),
  /** Register references the list gives: a person id (newer files) or a membership id (older files, committees). */
  personRef: z.string().min(1).nullable(),
  memberRef: z.string().min(1).nullable(),
});

/** A division as printed (ParlParse `<division>` / committee `<divisioncount>`): what the division's record carries. */
export const divisionDetailsSchema = z.object({
  number: z.string().min(1).nullable(),
  time: clockTime.nullable(),
  /** The motion's words printed before the division, when the file marks them. */
  motion: z.string().min(1).nullable(),
  /** The `<divisioncount>` attributes as printed (ayes, noes, tellerayes…; content, not-content). */
  printed: z.record(z.string(), z.number().int().nonnegative()),
  /** Where it sits: the source id of the section (debate) it belongs to and of the speech before it. */
  place: z.object({ section: z.string().min(1).nullable(), after: z.string().min(1).nullable() }),
  voters: z.array(divisionVoterSchema),
});

export const parsedRecordSchema = z.object({
  title: z.string().min(1),
  kind: z.enum(RECORD_KINDS),
  house: z.enum(RECORD_HOUSES).nullable(),
  date: isoDate.nullable(),
  department: z.string().min(1).nullable(),
  /** Parliament's id of the answering department (stable when it is renamed), when the source gives it. */
  departmentId: z.number().int().positive().nullable().optional(),
  reference: referenceSchema,
  contributions: z.array(contributionSchema),
  warnings: z.array(z.string()),
  /** Stable id given by the source (ParlParse heading id), when it has one. */
  sourceId: z.string().min(1).optional(),
  /** Where the record can be read at its source, when known (e.g. a TheyWorkForYou URL). */
  sourceUrl: z.string().url().nullable().optional(),
  /** Written questions only. */
  question: questionStatusSchema.nullable().optional(),
  /** Written statements from Parliament's API only. */
  statement: statementFactsSchema.nullable().optional(),
  /** Flags the source attaches to the record, e.g. "named-day". Not text. */
  flags: z.array(z.string()).optional(),
  /** Where it was said or published; null when the source does not tell. */
  venue: z.enum(VENUES).nullable().optional(),
  /** Public Bill Committees: the bill under consideration, as printed. */
  bill: z.string().min(1).nullable().optional(),
  /** Divisions (votes) only. */
  division: z.object({ ayes: z.number().int().nonnegative(), noes: z.number().int().nonnegative() }).nullable().optional(),
  /** Divisions only: number, time, motion, printed counts and every name with its vote (lib/parse/parlparse/divisions.ts). */
  divisionDetails: divisionDetailsSchema.nullable().optional(),
});

export type Speaker = z.infer<typeof speakerSchema>;
export type Contribution = z.infer<typeof contributionSchema>;
export type ParsedRecord = z.infer<typeof parsedRecordSchema>;
export type RecordKind = (typeof RECORD_KINDS)[number];
export type ContributionType = (typeof CONTRIBUTION_TYPES)[number];
export type House = (typeof HOUSES)[number];
export type Venue = (typeof VENUES)[number];
export type DivisionDetails = z.infer<typeof divisionDetailsSchema>;
export type DivisionVoter = z.infer<typeof divisionVoterSchema>;
export type RecordLanguage = (typeof RECORD_LANGUAGES)[number];
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
export type QuestionFacts = z.infer<typeof questionStatusSchema>;
export type StatementFacts = z.infer<typeof statementFactsSchema>;
export type StatementLinkType = (typeof STATEMENT_LINK_TYPES)[number];

/** What a format parser returns: one record (text formats) or several (a ParlParse day file). */
export type ParseResult = ParsedRecord[];

/** Expected failure of a whole document: unreadable or not a parliamentary document at all. */
export class DocumentParseError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DocumentParseError';
  }
}
