/**
 * Settings of the contributions index, as data. Applied by code (`ensureIndex`), idempotently.
 */
import type { Settings } from 'meilisearch';
import { DATE_ATTRIBUTE, DUE_ATTRIBUTE, FACET_VALUES_CAP, FACETS, RECORD_ATTRIBUTE, SYNTAX_FILTERS } from './fields';
import { STOP_WORDS } from './stop-words';
import { toMeiliSynonyms } from './synonyms';

export const CONTRIBUTIONS_SETTINGS: Settings = {
  // Order is ranking weight: a match in what was said beats one in who said it or the title.
  // A written question's UINs last: "7926" finds the question without outranking words said.
  searchableAttributes: ['text', 'speakerName', 'recordTitle', 'role', 'department', 'uins'],
  // Every URL filter and box-syntax filter (fields.ts) plus the date and due-day numbers and the record/document ids used for
  // "group by debate" and for deleting a document's contributions on re-ingest.
  filterableAttributes: [
    ...Object.values(FACETS).map((f) => f.attribute),
    ...Object.values(SYNTAX_FILTERS).map((f) => f.attribute),
    DATE_ATTRIBUTE,
    DUE_ATTRIBUTE,
    RECORD_ATTRIBUTE,
    'documentId',
  ],
  // newest/oldest sort by date, then by position so a debate reads in order.
  // `sort` ranks first so "newest"/"oldest" are strict date order (after `words` etc., as by default,
  // it only orders hits of equal relevance); a search without a sort is ranked by relevance as before.
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
  sortableAttributes: [DATE_ATTRIBUTE, DUE_ATTRIBUTE, 'position'],
  // Group hits by debate ("by debate" view) without a second query.
  distinctAttribute: null,
  faceting: { maxValuesPerFacet: FACET_VALUES_CAP, sortFacetValuesBy: { '*': 'count' } },
  // Exact totals for every page a user can reach.
  pagination: { maxTotalHits: 20_000 },
  synonyms: toMeiliSynonyms(),
  // Words in nearly every contribution: matching them only floods results ("the Minister").
  // The list lives in stop-words.ts because the planner drops them too (case-insensitively).
  stopWords: [...STOP_WORDS],
  // Nothing searches facet values (speaker: lookups search the speakerName attribute, run-search.ts);
  // without it each batch skips building the facet-search structures.
  facetSearch: false,
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnNumbers: true },
};
