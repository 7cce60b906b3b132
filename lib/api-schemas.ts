/**
 * Zod schemas of what the JSON API answers: the source of /api/openapi.json (lib/openapi.ts) and
 * what the integration tests check real responses against, so the description cannot drift
 * from the routes. Query parameters are described from the same tables as search-params.ts.
 */
import { z } from 'zod';
import { ID_PATTERN } from './ids';
import { CONTRIBUTION_TYPES, RECORD_HOUSES, QUESTION_STATUSES, questionStatusSchema, RECORD_KINDS, RECORD_LANGUAGES, VENUES } from './parse/record';
import { FACETS, FACET_NAMES, SORTS } from './search/fields';
import { facetVocabulary, GROUPS, MAX_PAGE, MAX_PER_PAGE, MAX_QUERY_LENGTH, DEFAULT_PER_PAGE } from './search/search-params';

/** The named schemas of the API: lib/openapi.ts turns every one into components.schemas. */
export const apiSchemaRegistry = z.registry<{ id: string }>();

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('YYYY-MM-DD');
const id = z.string().regex(ID_PATTERN).describe('A stable 12-character id (lib/ids.ts)');

export const errorSchema = z
  .object({
    error: z.string().describe('What was wrong, in words'),
    param: z.string().optional().describe('The query parameter at fault, for 400s'),
    record: z.string().optional().describe('For 410: the record the removed contribution was part of'),
  })
  .register(apiSchemaRegistry, { id: 'Error' });

const speakerViewSchema = z.object({
  name: z.string().nullable(),
  slug: z.string().nullable(),
  role: z.string().nullable(),
  party: z.string().nullable(),
  constituency: z.string().nullable(),
});

export const contributionViewSchema = z
  .object({
    id,
    url: z.string(),
    position: z.number().int().nonnegative(),
    type: z.enum(CONTRIBUTION_TYPES),
    date: isoDate.nullable(),
    time: z.string().nullable(),
    text: z.string(),
    speaker: speakerViewSchema,
    answers: z.array(id).describe('Contributions this one answers'),
    answeredBy: z.array(id).describe('Contributions that answer this one'),
    sourceId: z.string().nullable(),
    column: z.string().nullable().describe('Hansard column the contribution starts in, as printed ("71", "483W"), when the source gives it'),
    languages: z
      .object({
        text: z.enum(RECORD_LANGUAGES).describe('The language `text` is in'),
        spoken: z.enum(RECORD_LANGUAGES).describe('The language it was spoken in'),
        translation: z
          .object({ language: z.enum(RECORD_LANGUAGES), text: z.string() })
          .nullable()
          .describe("The other language's text, when held"),
      })
      .nullable()
      .optional()
      .describe('Bilingual records (the Senedd) only: null elsewhere'),
  })
  .register(apiSchemaRegistry, { id: 'Contribution' });

export const recordViewSchema = z
  .object({
    id,
    url: z.string(),
    title: z.string(),
    kind: z.enum(RECORD_KINDS),
    house: z.enum(RECORD_HOUSES).nullable(),
    date: isoDate.nullable(),
    department: z.string().nullable(),
    venue: z.enum(VENUES).nullable().describe('Where it was said or published; null when the source does not tell'),
    bill: z.string().nullable().describe('Public Bill Committees: the bill under consideration'),
    reference: z.object({ uin: z.string().nullable(), volume: z.string().nullable(), column: z.string().nullable() }),
    warnings: z.array(z.string()),
    flags: z.array(z.string()),
    question: questionStatusSchema.nullable(),
    division: z.object({ ayes: z.number().int(), noes: z.number().int() }).nullable(),
    sourceUrl: z.string().nullable(),
    source: z.object({ fileName: z.string(), format: z.string(), ingestedAt: z.string(), documentId: id }),
  })
  .register(apiSchemaRegistry, { id: 'Record' });

export const searchHitSchema = z
  .object({
    id,
    url: z.string(),
    record: recordViewSchema.pick({ id: true, url: true, title: true, kind: true, house: true }),
    date: isoDate.nullable(),
    type: z.enum(CONTRIBUTION_TYPES),
    speaker: speakerViewSchema.omit({ slug: true }),
    snippet: z.string().describe('HTML-escaped text with <mark> around matches'),
    question: z
      .object({ status: z.enum(QUESTION_STATUSES), due: isoDate.nullable() })
      .optional()
      .describe("A written question's question: its status and the day its answer is due"),
  })
  .register(apiSchemaRegistry, { id: 'SearchHit' });

export const searchResponseSchema = z
  .object({
    total: z.number().int().nonnegative().describe('Every match, counted exactly, however many (see totalCapped for the one exception)'),
    totalCapped: z
      .boolean()
      .describe(
        "True when `total` is 20,000 standing for at least that many: a search grouped by debate (`group=record`) or with OR, whose matches past the index's paging limit cannot be counted. Only the first 20,000 hits of any search can be paged through.",
      ),
    page: z.number().int().min(1),
    perPage: z.number().int().min(1).max(MAX_PER_PAGE),
    hits: z.array(searchHitSchema),
    facets: z.object(
      Object.fromEntries(FACET_NAMES.map((f) => [f, z.record(z.string(), z.number().int())])) as Record<
        (typeof FACET_NAMES)[number],
        z.ZodRecord<z.ZodString, z.ZodNumber>
      >,
    ),
    facetsEstimated: z
      .boolean()
      .describe(
        'True when the facet counts were estimated from a deterministic sample of the matches (a large match set): each is scaled up and rounded to 3 significant figures. `total` stays exact, and filtering by a value filters exactly.',
      ),
    warnings: z.array(z.string()).describe('Parts of the query that were read differently from how they were written'),
    indexUpdating: z.boolean().describe('True while recently ingested documents are not searchable yet'),
  })
  .register(apiSchemaRegistry, { id: 'SearchResponse' });

export const contributionResponseSchema = contributionViewSchema
  .extend({
    record: recordViewSchema,
    answersTo: z.array(contributionViewSchema),
    answeredBy: z.array(contributionViewSchema),
  })
  .register(apiSchemaRegistry, { id: 'ContributionWithContext' });

export const exportRowSchema = z
  .object({
    id,
    url: z.string().describe('Absolute permalink'),
    date: isoDate.nullable(),
    type: z.enum(CONTRIBUTION_TYPES),
    speaker: searchHitSchema.shape.speaker,
    record: searchHitSchema.shape.record.extend({ url: z.string().describe('Absolute URL') }),
    personId: z.string().nullable().describe("The member register's person id of the speaker, when resolved"),
    sourceId: z.string().nullable().describe("The source's own id of the contribution (TheyWorkForYou gid), when it gives one"),
    uin: z.string().nullable().describe('Questions: the question number(s) as printed'),
    status: z.string().nullable().describe('Questions: the question status'),
    text: z.string().nullable().describe('The whole contribution, not a snippet'),
  })
  .register(apiSchemaRegistry, { id: 'ExportRow' });

export const searchExportSchema = z
  .object({
    query: z.string().describe('The search, as URL parameters'),
    total: z.number().int().nonnegative().describe('Hits the search has in all'),
    exported: z.number().int().nonnegative().describe('Hits in this export: min(total, maxRows)'),
    capped: z.boolean().describe('True when the search had more hits than maxRows (also the X-Export-Capped header)'),
    maxRows: z.number().int().positive(),
    hits: z.array(exportRowSchema),
  })
  .register(apiSchemaRegistry, { id: 'SearchExport' });

/** One entry per URL parameter of a search (docs/contracts.md §3), for the OpenAPI description. */
export const SEARCH_QUERY_PARAMETERS: Array<{ name: string; repeatable: boolean; description: string; schema: z.ZodType }> = [
  { name: 'q', repeatable: false, description: 'Words, "phrases", -exclusions, OR and speaker:/party:… clauses', schema: z.string().max(MAX_QUERY_LENGTH) },
  ...FACET_NAMES.map((f) => ({
    name: f,
    repeatable: true,
    description: `Filter on ${FACETS[f].label.toLowerCase()}; repeat for OR within the filter`,
    schema: facetVocabulary(f) ? z.enum(facetVocabulary(f) as [string, ...string[]]) : f === 'year' ? z.string().regex(/^\d{4}$/) : z.string().max(200),
  })),
  { name: 'from', repeatable: false, description: 'Earliest date, inclusive', schema: isoDate },
  { name: 'to', repeatable: false, description: 'Latest date, inclusive', schema: isoDate },
  { name: 'sort', repeatable: false, description: 'Order of hits', schema: z.enum(Object.keys(SORTS) as [string, ...string[]]).default('relevance') },
  {
    name: 'page',
    repeatable: false,
    description: '1-based page (ignored by exports, which return every page)',
    schema: z.number().int().min(1).max(MAX_PAGE).default(1),
  },
  {
    name: 'perPage',
    repeatable: false,
    description: 'Hits per page (ignored by exports)',
    schema: z.number().int().min(1).max(MAX_PER_PAGE).default(DEFAULT_PER_PAGE),
  },
  { name: 'group', repeatable: false, description: 'record = one hit per debate or question', schema: z.enum(GROUPS) },
];
