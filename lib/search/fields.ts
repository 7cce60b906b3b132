/**
 * The one table of search filters: URL parameter name (docs/contracts.md §3) → attribute of
 * the Meilisearch contributions index, and whether it is a facet shown with counts; its label, and
 * the plural that counts its values ("All 57 speakers"). Index settings, the URL schema, the
 * query-syntax parser and the facet UI all derive from this table.
 */
export const FACETS = {
  speaker: { attribute: 'speakerName', label: 'Speaker', plural: 'speakers' },
  minister: { attribute: 'minister', label: 'Minister', plural: 'ministers' },
  party: { attribute: 'party', label: 'Party', plural: 'parties' },
  house: { attribute: 'house', label: 'House', plural: 'houses' },
  venue: { attribute: 'venue', label: 'Venue', plural: 'venues' },
  kind: { attribute: 'kind', label: 'Record kind', plural: 'record kinds' },
  type: { attribute: 'type', label: 'Contribution type', plural: 'contribution types' },
  department: { attribute: 'department', label: 'Department', plural: 'departments' },
  act: { attribute: 'acts', label: 'Acts mentioned', plural: 'Acts' },
  /** Written questions' status, on their question contributions only: its counts are questions. */
  status: { attribute: 'questionStatus', label: 'Question status', plural: 'question statuses' },
  year: { attribute: 'year', label: 'Year', plural: 'years' },
} as const;

export type FacetName = keyof typeof FACETS;
export const FACET_NAMES = Object.keys(FACETS) as FacetName[];

/**
 * The most values Meilisearch counts per facet (index setting `maxValuesPerFacet`), the most
 * frequent first: a facet answering exactly this many may have more, which the pages call "the top N".
 */
export const FACET_VALUES_CAP = 300;

/**
 * How many hits of one search can be paged through (index setting `maxTotalHits`): Meilisearch's
 * `totalHits` stops here too, so a larger match set is counted another way (run-search.ts).
 */
export const REACHABLE_HITS = 20_000;

/** Filters only the search-box syntax names (`uin:7814`): no URL parameter, no facet counts. */
export const SYNTAX_FILTERS = {
  uin: { attribute: 'uins' },
} as const;
export type SyntaxFilterName = keyof typeof SYNTAX_FILTERS;

/** Day number (days since 1970-01-01, UTC) of each contribution's date: what from/to filter on. */
export const DATE_ATTRIBUTE = 'day';

/**
 * `status=overdue`: not a stored status but a condition on the due day and today, worked out at
 * query time (plan.ts), since a stored flag would go stale every midnight.
 */
export const OVERDUE = 'overdue';

/** Day number of the day a written question's answer is due (question contributions only): "overdue" and sort=due. */
export const DUE_ATTRIBUTE = 'dueDay';

/**
 * Each contribution's sample bucket, 0 … SAMPLE_BUCKETS − 1, from a hash of its id (facet-sample.ts):
 * facet counts of a large match set are counted over a few buckets and scaled (decision 025).
 */
export const SAMPLE_ATTRIBUTE = 'sampleBucket';
export const SAMPLE_BUCKETS = 64;

/**
 * On a division's document only: the names of everyone who voted in it, as the speaker facet
 * names people (the register's name when the list's reference resolved, else as printed). The
 * speaker filter matches them too, so a member's search lists the divisions they voted in.
 */
export const VOTERS_ATTRIBUTE = 'voters';

/** Record id attribute, for "group by debate" (distinct) and record filters. */
export const RECORD_ATTRIBUTE = 'recordId';

export const SORTS = {
  relevance: null,
  newest: [`${'day'}:desc`, 'position:asc'],
  oldest: [`${'day'}:asc`, 'position:asc'],
  /** Written questions by the day their answer is due, soonest first (the /questions page). */
  due: [`${'dueDay'}:asc`, `${'day'}:asc`, 'position:asc'],
} as const;
export type SortName = keyof typeof SORTS;

/** Day number → YYYY-MM-DD (the inverse of toDayNumber). */
export function fromDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** YYYY-MM-DD → day number, or null when it is not a real calendar date. */
export function toDayNumber(isoDate: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return null;
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  const d = new Date(t);
  if (d.getUTCFullYear() !== +m[1] || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) return null;
  return Math.round(t / 86_400_000);
}
