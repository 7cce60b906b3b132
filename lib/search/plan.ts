/**
 * Turns a checked SearchRequest (URL filters + search-box text) into the Meilisearch searches to
 * run. Pure: no I/O. How the search layer uses a plan:
 *
 *   1. `planSearch(request)`; `ok: false` is a 400 naming `q`.
 *   2. If `plan.unresolvedSpeakers` (or `unresolvedMinisters`) is not empty, look each one up
 *      among the speakerName (minister) facet values, keep the names `selectSpeakerNames`
 *      accepts, and call `planSearch(request, speakerNames, ministerNames)` again. Until then a
 *      `speaker:` or `minister:` clause matches no one.
 *   3. Hits: one search per `alternatives` entry (the OR branches of the box query). With one,
 *      search normally with page/hitsPerPage; with several, run them as one federated
 *      multi-search (federation offset/limit, and `distinct` on the federation) so a document
 *      matching two branches appears once. No alternatives means nothing can match.
 *   4. Facet counts are disjunctive: `facetQueries[f]` holds the same searches with the URL's own
 *      selection for facet f left out (box `field:` clauses always apply). Facets marked
 *      `sameAsMain` can be counted by the hits search itself.
 *
 * Meilisearch 1.21 reads `"phrase"` (exact, no typos) and `-word` / `-"phrase"` (since 1.8) in
 * `q` natively, has no OR in `q`, and only uses the first 10 words of `q`. `matchingStrategy:
 * 'all'` makes every word required, as TheyWorkForYou users expect.
 */
import { buildFilter, type FilterAtom, type FilterClause, type MeiliFilter } from './filter';
import { FACETS, FACET_NAMES, OVERDUE, RECORD_ATTRIBUTE, SORTS, toDayNumber, type FacetName } from './fields';
import { parseQuery, SECTIONS, type QueryNode } from './query-syntax';
import type { SearchRequest } from './search-params';
import { isStopWord } from './stop-words';

/** Most OR branches one box query may expand to (each is a search). */
export const MAX_ALTERNATIVES = 8;
/** Meilisearch ignores words of `q` after the tenth. */
export const MEILI_MAX_QUERY_WORDS = 10;

export type PlannedQuery = { q: string; filter: MeiliFilter | undefined };
export type FacetQuery = { facet: FacetName; attribute: string; sameAsMain: boolean; queries: PlannedQuery[] };

export type SearchPlan = {
  /** One per OR branch of the box query; run federated when more than one. */
  alternatives: PlannedQuery[];
  facetQueries: FacetQuery[];
  sort: string[] | undefined;
  page: number;
  perPage: number;
  offset: number;
  limit: number;
  /** Set when grouped by debate: at most one hit per record. */
  distinct: typeof RECORD_ATTRIBUTE | undefined;
  matchingStrategy: 'all';
  /** Every `speaker:` name in the box, lower-cased with single spaces. */
  speakerLookups: string[];
  /** The lookups `speakerNames` did not answer. */
  unresolvedSpeakers: string[];
  /** Every `minister:` name in the box, as speakerLookups; resolved against the minister facet's values. */
  ministerLookups: string[];
  unresolvedMinisters: string[];
  /** Things the user should know about how their query was read. */
  warnings: string[];
};

export type PlanResult = { ok: true; plan: SearchPlan } | { ok: false; error: string; param: 'q' };

/** Speaker lookup (as in `speakerLookups`) → exact speakerName facet values it stands for. */
export type SpeakerNames = ReadonlyMap<string, readonly string[]>;

type Literal = { node: Exclude<QueryNode, { type: 'and' | 'or' | 'not' }>; negated: boolean };
type Branches = Literal[][] | 'too-many';

/** The query in disjunctive normal form: OR of ANDs of possibly-negated leaves (De Morgan). */
function toBranches(node: QueryNode, negated = false): Branches {
  if (node.type === 'not') return toBranches(node.child, !negated);
  if (node.type !== 'and' && node.type !== 'or') return [[{ node, negated }]];
  const parts: Literal[][][] = [];
  for (const child of node.children) {
    const branches = toBranches(child, negated);
    if (branches === 'too-many') return branches;
    parts.push(branches);
  }
  const isUnion = (node.type === 'or') !== negated;
  if (isUnion) {
    const union = parts.flat();
    return union.length > MAX_ALTERNATIVES ? 'too-many' : union;
  }
  let product: Literal[][] = [[]];
  for (const branches of parts) {
    if (product.length * branches.length > MAX_ALTERNATIVES) return 'too-many';
    product = product.flatMap((left) => branches.map((right) => [...left, ...right]));
  }
  return product;
}

function normalizeSpeakerLookup(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

function searchableWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The facet values a `speaker:` lookup stands for: those containing every word of the lookup as a
 * whole word, ignoring case and accents ("coaker" → "Vernon Coaker", not "Coakerson").
 */
export function selectSpeakerNames(lookup: string, candidates: readonly string[]): string[] {
  const wanted = searchableWords(lookup);
  if (wanted.length === 0) return [];
  return candidates.filter((name) => {
    const words = new Set(searchableWords(name));
    return wanted.every((w) => words.has(w));
  });
}

type Branch = { q: string; clauses: FilterClause[]; words: number } | null;

/** One DNF branch as a Meilisearch q plus filter clauses; null when it cannot match anything. */
function toBranch(literals: Literal[], names: Record<'speaker' | 'minister', SpeakerNames>, today: number): Branch {
  const qParts: string[] = [];
  const clauses: FilterClause[] = [];
  let words = 0;
  // "the Minister trafficking" searches for trafficking; "the Minister" alone still searches.
  const hasContentWord = literals.some(({ node, negated }) => !negated && (node.type === 'phrase' || (node.type === 'term' && !isStopWord(node.text))));
  for (const { node, negated } of literals) {
    const sign = negated ? '-' : '';
    switch (node.type) {
      case 'term':
      case 'phrase': {
        const text = node.text.replace(/["\u201C\u201D]/g, ' ').trim();
        if (text === '') break;
        if (node.type === 'term' && !negated && hasContentWord && isStopWord(text)) break;
        qParts.push(node.type === 'phrase' ? `${sign}"${text}"` : `${sign}${text}`);
        words += text.split(/\s+/).length;
        break;
      }
      case 'facet': {
        clauses.push({ anyOf: facetAtoms(node.facet, [node.value], today, negated) });
        break;
      }
      case 'dates': {
        const from = node.from ? (toDayNumber(node.from) ?? undefined) : undefined;
        const to = node.to ? (toDayNumber(node.to) ?? undefined) : undefined;
        clauses.push({ anyOf: [{ field: 'date', from, to, negate: negated }] });
        break;
      }
      case 'section':
        clauses.push({ anyOf: [{ field: 'venue', values: SECTIONS[node.section], negate: negated }] });
        break;
      case 'uin':
        clauses.push({ anyOf: [{ field: 'uin', values: [node.uin], negate: negated }] });
        break;
      case 'speaker':
      case 'minister': {
        const found = names[node.type].get(normalizeSpeakerLookup(node.name)) ?? [];
        if (found.length > 0)
          clauses.push({
            anyOf: node.type === 'speaker' ? facetAtoms('speaker', found, today, negated) : [{ field: node.type, values: found, negate: negated }],
          });
        else if (!negated) return null; // no such speaker: this branch matches nothing
        break;
      }
    }
  }
  return { q: qParts.join(' '), clauses, words };
}

/**
 * The atoms of one facet's selection (OR'd): years as numbers; `status=overdue` as the overdue
 * condition on `today`, beside any stored statuses. A box clause holds one value, so negation
 * never has to spread over several atoms.
 */
function facetAtoms(facet: FacetName, values: readonly string[], today: number, negate = false): FilterAtom[] {
  // A member's search is what they said and the divisions they voted in. Negated, it stays on the
  // speaker alone: "not said by X" OR'd with "X did not vote" would keep nearly everything.
  if (facet === 'speaker' && !negate)
    return [
      { field: facet, values },
      { field: 'voters', values },
    ];
  if (facet === 'year') return [{ field: facet, values: values.map(Number), negate }];
  if (facet !== 'status' || !values.includes(OVERDUE)) return [{ field: facet, values, negate }];
  const stored = values.filter((v) => v !== OVERDUE);
  return [...(stored.length ? [{ field: facet, values: stored, negate }] : []), { field: 'overdue', today, negate }];
}

/** The URL's filters: one clause per selected facet (marked for disjunctive counting) and the dates. */
function urlClauses(request: SearchRequest, today: number): FilterClause[] {
  const clauses: FilterClause[] = [];
  for (const facet of FACET_NAMES) {
    const values = request.facets[facet];
    if (values.length === 0) continue;
    clauses.push({ facet, anyOf: facetAtoms(facet, values, today) });
  }
  const from = request.from ? (toDayNumber(request.from) ?? undefined) : undefined;
  const to = request.to ? (toDayNumber(request.to) ?? undefined) : undefined;
  if (from !== undefined || to !== undefined) clauses.push({ anyOf: [{ field: 'date', from, to }] });
  return clauses;
}

function collectNameLookups(node: QueryNode, field: 'speaker' | 'minister', into: Set<string>): Set<string> {
  if (node.type === field) into.add(normalizeSpeakerLookup(node.name));
  else if (node.type === 'not') collectNameLookups(node.child, field, into);
  else if (node.type === 'and' || node.type === 'or') node.children.forEach((c) => collectNameLookups(c, field, into));
  return into;
}

/**
 * Plans a search; fails only on box syntax the user must fix (reported against `q`). `within`
 * narrows every query further (alerts: to the records stored since their last delivery). `today`
 * (YYYY-MM-DD) is what `status=overdue` compares due dates with.
 */
export function planSearch(
  request: SearchRequest,
  speakerNames: SpeakerNames = new Map(),
  ministerNames: SpeakerNames = new Map(),
  within: readonly FilterClause[] = [],
  today: string = new Date().toISOString().slice(0, 10),
): PlanResult {
  const parsed = parseQuery(request.q);
  if (!parsed.ok) return { ok: false, error: parsed.error, param: 'q' };
  const branches = toBranches(parsed.query);
  if (branches === 'too-many') {
    return { ok: false, param: 'q', error: `q has too many OR combinations: at most ${MAX_ALTERNATIVES} searches can be combined` };
  }

  const todayNumber = toDayNumber(today);
  if (todayNumber === null) throw new Error(`planSearch: today must be YYYY-MM-DD, got ${today}`);
  const fromUrl = [...urlClauses(request, todayNumber), ...within];
  const planned = branches
    .map((literals) => toBranch(literals, { speaker: speakerNames, minister: ministerNames }, todayNumber))
    .filter((b): b is NonNullable<Branch> => b !== null);
  const queriesFor = (exclude?: FacetName): PlannedQuery[] => planned.map((b) => ({ q: b.q, filter: buildFilter([...fromUrl, ...b.clauses], { exclude }) }));

  const warnings: string[] = [];
  if (planned.some((b) => b.words > MEILI_MAX_QUERY_WORDS)) {
    warnings.push(`Only the first ${MEILI_MAX_QUERY_WORDS} words of a search are used.`);
  }
  const speakerLookups = [...collectNameLookups(parsed.query, 'speaker', new Set())];
  const unresolvedSpeakers = speakerLookups.filter((s) => !speakerNames.has(s));
  const ministerLookups = [...collectNameLookups(parsed.query, 'minister', new Set())];
  const unresolvedMinisters = ministerLookups.filter((s) => !ministerNames.has(s));
  const hasWords = planned.some((b) => b.q !== '');
  // Without words there is nothing to rank by relevance, so show the newest first.
  const sortName = request.sort === 'relevance' && !hasWords ? 'newest' : request.sort;
  const sort = SORTS[sortName];

  return {
    ok: true,
    plan: {
      alternatives: queriesFor(),
      facetQueries: FACET_NAMES.map((facet) => ({
        facet,
        attribute: FACETS[facet].attribute,
        sameAsMain: request.facets[facet].length === 0,
        queries: queriesFor(facet),
      })),
      sort: sort ? [...sort] : undefined,
      page: request.page,
      perPage: request.perPage,
      offset: (request.page - 1) * request.perPage,
      limit: request.perPage,
      distinct: request.group === 'record' ? RECORD_ATTRIBUTE : undefined,
      matchingStrategy: 'all',
      speakerLookups,
      unresolvedSpeakers,
      ministerLookups,
      unresolvedMinisters,
      warnings,
    },
  };
}
