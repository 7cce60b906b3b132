/**
 * The OpenAPI 3.1 description of the JSON API, generated from the zod schemas in api-schemas.ts
 * (z.toJSONSchema), so it changes when they do. Served at /api/openapi.json.
 */
import { z } from 'zod';
import { apiSchemaRegistry, SEARCH_QUERY_PARAMETERS } from './api-schemas';
import { ID_PATTERN } from './ids';
import { signupSchema } from './alerts/schemas';

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string, description: string) => ({ description, content: { 'application/json': { schema: ref(id) } } });
const error = (description: string) => json('Error', description);
/** A JSON answer described in words (the divisions' shapes are in docs/contracts.md §5). */
const plainJson = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
/** A body that is not JSON (CSV, a feed, a citation file): its media type and what the whole is. */
const file = (description: string, mediaType: string, type: 'string' | 'array') => ({ description, content: { [mediaType]: { schema: { type } } } });

function toComponentSchemas(): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(apiSchemaRegistry, { uri: (id) => `#/components/schemas/${id}`, io: 'output' });
  // Each schema is a component, not a standalone document: drop the document-level keywords.
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema]));
}

function toParameterSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _s, ...rest } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
  return rest;
}

const searchParameters = SEARCH_QUERY_PARAMETERS.map((p) => ({
  name: p.name,
  in: 'query',
  required: false,
  description: p.description,
  schema: p.repeatable ? { type: 'array', items: toParameterSchema(p.schema) } : toParameterSchema(p.schema),
  ...(p.repeatable ? { style: 'form', explode: true } : {}),
}));

const idParameter = (what: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `${what} id`,
  schema: { type: 'string', pattern: ID_PATTERN.source },
});

const exportHeaders = {
  'X-Export-Capped': {
    description: '"true" when the search had more hits than the 10,000 an export holds',
    schema: { type: 'string', enum: ['true', 'false'] },
  },
  'X-Export-Total': { description: 'Hits the search has in all', schema: { type: 'integer' } },
  'X-Export-Rows': { description: 'Rows in this export', schema: { type: 'integer' } },
};

/** A citation file of one contribution: its id answers as the permalink does (moved, unknown, removed). */
const citationDownload = (format: string, operationId: string, body: ReturnType<typeof file>) => ({
  get: {
    summary: `Citation of one contribution as ${format}`,
    operationId,
    parameters: [idParameter('Contribution')],
    responses: { '200': body, '301': { description: 'Moved' }, '404': error('Unknown id'), '410': error('Removed') },
  },
});

const searchErrors = { '400': error('A parameter is not valid; `param` names it'), '503': error('The search service is not answering') };

export function buildOpenApiDocument(serverUrl?: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Hansard Search API',
      version: '1',
      description:
        'Search the UK parliamentary record: debates, questions and answers. Ids are stable across re-ingests; a corrected contribution redirects (301) to its new id and a removed one answers 410.',
      license: { name: 'Open Parliament Licence v3.0 (data)', url: 'https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/' },
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    paths: {
      '/api/search': {
        get: {
          summary: 'Search contributions, one page',
          description:
            'Facet counts are disjunctive (a facet with a selection is counted without its own selection). For a large match set they are estimated from a deterministic sample of the matches, scaled and rounded, and `facetsEstimated` is true; `total` is always exact.',
          operationId: 'search',
          parameters: searchParameters,
          responses: { '200': json('SearchResponse', 'One page of hits with facet counts'), ...searchErrors },
        },
      },
      '/api/search.json': {
        get: {
          summary: 'Export every page of a search as JSON (at most 10,000 hits)',
          operationId: 'exportSearchJson',
          parameters: searchParameters,
          responses: {
            '200': { ...json('SearchExport', 'All hits, streamed; `capped` says whether some were left out'), headers: exportHeaders },
            ...searchErrors,
          },
        },
      },
      '/api/search.csv': {
        get: {
          summary: 'Export every page of a search as CSV (at most 10,000 rows)',
          description:
            'RFC 4180 with a header row. Cells beginning with = + - @, tab or CR are prefixed with a single quote so spreadsheets do not run them. Whether rows were left out is told by X-Export-Capped, never inside the data.',
          operationId: 'exportSearchCsv',
          parameters: searchParameters,
          responses: {
            '200': { ...file('CSV, streamed', 'text/csv', 'string'), headers: exportHeaders },
            ...searchErrors,
          },
        },
      },
      '/search.atom': {
        get: {
          summary: 'Any search as an Atom feed, newest first',
          operationId: 'searchFeed',
          parameters: searchParameters.filter((p) => p.name !== 'sort' && p.name !== 'page'),
          responses: { '200': file('Atom 1.0', 'application/atom+xml', 'string'), ...searchErrors },
        },
      },
      '/api/contributions/{id}': {
        get: {
          summary: 'One contribution with its record and the question(s) it answers / answers it got',
          operationId: 'getContribution',
          parameters: [idParameter('Contribution')],
          responses: {
            '200': json('ContributionWithContext', 'The contribution in context'),
            '301': { description: 'The contribution changed when its record was corrected: Location is its new address' },
            '404': error('No contribution has ever had this id'),
            '410': error('The contribution was removed when its record was corrected; `record` links to the record'),
          },
        },
      },
      '/api/divisions': {
        get: {
          summary: "A day's divisions with their counts as printed (Lords contents count as aye)",
          operationId: 'listDivisions',
          parameters: [
            { name: 'date', in: 'query', required: true, description: 'Sitting day, YYYY-MM-DD', schema: { type: 'string', format: 'date' } },
            { name: 'house', in: 'query', required: false, description: 'Commons, Lords, …', schema: { type: 'string' } },
          ],
          responses: {
            '200': plainJson('{ divisions: [{ id, url, house, date, number, title, counts: { aye, no } }] }'),
            '400': error('`param` names the parameter'),
          },
        },
      },
      '/api/divisions/{id}': {
        get: {
          summary: 'One division with every name in its lists as printed: vote, teller, proxy, the register person and party',
          operationId: 'getDivision',
          parameters: [idParameter('Division')],
          responses: { '200': plainJson('The division, its printed and counted counts, and its votes'), '404': error('No division has this id') },
        },
      },
      '/api/votes': {
        get: {
          summary: "A person's votes, newest division first",
          operationId: 'listVotes',
          parameters: [
            { name: 'person', in: 'query', required: true, description: 'Register person id (uk.org.publicwhip/person/N)', schema: { type: 'string' } },
            { name: 'from', in: 'query', required: false, description: 'YYYY-MM-DD, inclusive', schema: { type: 'string', format: 'date' } },
            { name: 'to', in: 'query', required: false, description: 'YYYY-MM-DD, inclusive', schema: { type: 'string', format: 'date' } },
            { name: 'q', in: 'query', required: false, description: 'Words that must all be in the division title', schema: { type: 'string' } },
            { name: 'page', in: 'query', required: false, description: '1-based', schema: { type: 'integer', minimum: 1 } },
          ],
          responses: {
            '200': plainJson('{ total, votes: [{ division, vote, teller, proxy }] }'),
            '400': error('`param` names the parameter'),
            '404': error('No such person'),
          },
        },
      },
      '/c/{id}/cite.json': citationDownload('CSL-JSON', 'getCitationCsl', file('An array of one CSL item', 'application/vnd.citationstyles.csl+json', 'array')),
      '/c/{id}/cite.bib': citationDownload('BibTeX', 'getCitationBibtex', file('One @misc entry', 'application/x-bibtex', 'string')),
      '/api/alerts': {
        post: {
          summary: 'Ask for an email alert: a search (all its filters), a member, or the answer to a written question',
          description:
            'Double opt-in: a confirmation message is sent and nothing else until its link is followed. The answer is the same whatever the address (no enumeration). Give `search` (a query string as on /search; only `speaker=` makes it a member alert) or `question` (the contribution id of a question, as in /c/{id}). At most 50 alerts per address; sign-ups are limited per address and per client.',
          operationId: 'requestAlert',
          requestBody: { required: true, content: { 'application/json': { schema: toParameterSchema(signupSchema) } } },
          responses: {
            '202': {
              description: 'Accepted: if the address can receive mail, a confirmation message follows',
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { status: { const: 'accepted' }, message: { type: 'string' } }, required: ['status', 'message'] },
                },
              },
            },
            '400': error('The body is not valid; `param` names the field'),
            '429': error('Too many sign-ups from this client; try again in an hour'),
          },
        },
      },
      '/d/{id}/feed.atom': {
        get: {
          summary: 'A written question as an Atom feed: one entry, updated when the answer arrives',
          operationId: 'questionFeed',
          parameters: [idParameter('Record')],
          responses: {
            '200': file('Atom 1.0', 'application/atom+xml', 'string'),
            '404': error('No such record, or it is not a written question'),
          },
        },
      },
    },
    components: { schemas: toComponentSchemas() },
  };
}
