/**
 * Settings of the contributions index, as data. Applied by code (`ensureIndex`), idempotently.
 */
import type { GranularFilterableAttribute, Settings } from 'meilisearch';
import {
  DATE_ATTRIBUTE,
  DUE_ATTRIBUTE,
  FACET_VALUES_CAP,
  FACETS,
  REACHABLE_HITS,
  RECORD_ATTRIBUTE,
  SAMPLE_ATTRIBUTE,
  SYNTAX_FILTERS,
  VOTERS_ATTRIBUTE,
} from './fields';
import { STOP_WORDS } from './stop-words';
import { toMeiliSynonyms } from './synonyms';

export const CONTRIBUTIONS_SETTINGS: Settings = {
  // Order is ranking weight: a match in what was said beats one in who said it or the title.
  // A written question's UINs last: "7926" finds the question without outranking words said.
  // A Senedd speech's translation right after what was said: the same words in the other language.
  searchableAttributes: ['text', 'translation', 'speakerName', 'recordTitle', 'role', 'department', 'uins'],
  // Every URL filter and box-syntax filter (fields.ts) plus the record/document ids used for "group
  // by debate", alerts' record filter and deleting a document's contributions on re-ingest: these
  // are only ever compared with `=`/`IN` (filter.ts), so they get no range structures (41 bytes per
  // contribution at 100k, decision 023). The date and due-day numbers also take `<` and `TO`.
  // No facet search on any (see facetSearch below). The sample bucket too: facet counts of a large
  // match set filter to a few buckets (`IN`, decision 025).
  filterableAttributes: [
    filterable(
      [
        ...Object.values(FACETS).map((f) => f.attribute),
        ...Object.values(SYNTAX_FILTERS).map((f) => f.attribute),
        RECORD_ATTRIBUTE,
        // A division's voters: the speaker filter matches them too (plan.ts).
        VOTERS_ATTRIBUTE,
        'documentId',
        SAMPLE_ATTRIBUTE,
      ],
      { comparison: false },
    ),
    filterable([DATE_ATTRIBUTE, DUE_ATTRIBUTE], { comparison: true }),
  ],
  // newest/oldest sort by date, then by position so a debate reads in order (position costs 48 bytes
  // per contribution at 100k; without it a day's contributions come in no particular order).
  // `sort` ranks first so "newest"/"oldest" are strict date order (after `words` etc., as by default,
  // it only orders hits of equal relevance); a search without a sort is ranked by relevance as before.
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
  sortableAttributes: [DATE_ATTRIBUTE, DUE_ATTRIBUTE, 'position'],
  // Group hits by debate ("by debate" view) without a second query.
  distinctAttribute: null,
  faceting: { maxValuesPerFacet: FACET_VALUES_CAP, sortFacetValuesBy: { '*': 'count' } },
  // Exact totals for every page a user can reach; a larger total is counted from a facet (run-search.ts).
  pagination: { maxTotalHits: REACHABLE_HITS },
  synonyms: toMeiliSynonyms(),
  // Words in nearly every contribution: matching them only floods results ("the Minister").
  // The list lives in stop-words.ts because the planner drops them too (case-insensitively).
  stopWords: [...STOP_WORDS],
  // Nothing searches facet values (speaker: lookups search the speakerName attribute, run-search.ts);
  // without it each batch skips building the facet-search structures.
  facetSearch: false,
  // A question number is found exactly or not at all: "HL1234" must not bring HL1235's question.
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnNumbers: true, disableOnAttributes: ['uins'] },
  // Meilisearch's defaults, written down because decision 023 weighed them: 'byAttribute' would
  // save a fifth of the index, but a quoted phrase would then match its words anywhere in one
  // attribute, in any order, and nearness would no longer rank.
  proximityPrecision: 'byWord',
  // The last word matches longer words ("crime" finds "crimes", a half-typed word finds results
  // while typing): disabling it saved 5% and changed the totals of most searches.
  prefixSearch: 'indexingTime',
};

/** A filterableAttributes rule: equality always, `<`/`>`/`TO` only where asked, never facet search. */
function filterable(attributePatterns: string[], { comparison }: { comparison: boolean }): GranularFilterableAttribute {
  return { attributePatterns, features: { facetSearch: false, filter: { equality: true, comparison } } };
}
