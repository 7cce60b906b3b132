/**
 * Builds Meilisearch filter expressions from structured conditions, so no user text is ever
 * concatenated into a filter unescaped.
 *
 * - Attribute names come only from the fields.ts table (a condition names a facet or `date`,
 *   never an attribute).
 * - Every string value is written inside double quotes with `\` and `"` escaped, which is how the
 *   Meilisearch filter parser reads quoted values (since 1.4 a literal backslash must be `\\`).
 * - Numbers must be finite integers (days, years) and are written bare.
 *
 * Output is Meilisearch's array form: the outer array is AND, each inner array is OR. Each inner
 * element is a complete expression, so one value can never change the shape of its neighbours.
 */
import { DATE_ATTRIBUTE, DUE_ATTRIBUTE, FACETS, RECORD_ATTRIBUTE, SYNTAX_FILTERS, VOTERS_ATTRIBUTE, type FacetName, type SyntaxFilterName } from './fields';

/** `facet IN [values]`, or `facet NOT IN [values]` when negated. */
export type FacetAtom = { field: FacetName | SyntaxFilterName; values: readonly (string | number)[]; negate?: boolean };
/** Inclusive range of day numbers (days since 1970-01-01); either end may be open. */
export type DayRangeAtom = { field: 'date'; from?: number; to?: number; negate?: boolean };
/** `recordId IN [ids]`: a search narrowed to some records (alerts: those stored since a delivery). */
export type RecordAtom = { field: 'record'; values: readonly string[]; negate?: boolean };
/** `voters IN [names]`: divisions any of these people voted in (the speaker filter's other half). */
export type VotersAtom = { field: 'voters'; values: readonly string[]; negate?: boolean };
/**
 * A written question overdue on `today` (a day number): no answer, not even a holding one, and
 * its due day before today. Computed at query time: a stored flag would go stale every midnight.
 */
export type OverdueAtom = { field: 'overdue'; today: number; negate?: boolean };
export type FilterAtom = FacetAtom | DayRangeAtom | RecordAtom | VotersAtom | OverdueAtom;

/**
 * One OR-group of atoms. `facet` marks a clause that is the URL's own selection for that facet,
 * which disjunctive faceting leaves out when counting that facet's values.
 */
export type FilterClause = { anyOf: readonly FilterAtom[]; facet?: FacetName };

/** An AND of clauses. */
export type FilterConditions = readonly FilterClause[];

/** What Meilisearch's `filter` search parameter accepts: AND of ORs. */
export type MeiliFilter = string[][];

/** A condition that cannot be written safely: a programming error, not a user error. */
export class InvalidFilterError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InvalidFilterError';
  }
}

/** Quotes a string for the filter parser: `a"b\c` → `"a\"b\\c"`. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

function formatInteger(n: number): string {
  if (!Number.isSafeInteger(n)) throw new InvalidFilterError(`filter number must be a whole number, got ${n}`);
  return String(n);
}

function formatValue(value: string | number): string {
  return typeof value === 'number' ? formatInteger(value) : quoteFilterValue(value);
}

function attributeOf(field: FacetName | SyntaxFilterName): string {
  // Guard against a field name smuggled in from outside the type system.
  if (Object.hasOwn(FACETS, field)) return FACETS[field as FacetName].attribute;
  if (Object.hasOwn(SYNTAX_FILTERS, field)) return SYNTAX_FILTERS[field as SyntaxFilterName].attribute;
  throw new InvalidFilterError(`unknown filter field: ${String(field)}`);
}

const LIST_ATTRIBUTES = { record: RECORD_ATTRIBUTE, voters: VOTERS_ATTRIBUTE } as const;

function renderFacetAtom(atom: FacetAtom | RecordAtom | VotersAtom): string {
  if (atom.values.length === 0) throw new InvalidFilterError(`filter on ${atom.field} has no values`);
  const list = `[${atom.values.map(formatValue).join(', ')}]`;
  const attribute = atom.field === 'record' || atom.field === 'voters' ? LIST_ATTRIBUTES[atom.field] : attributeOf(atom.field);
  return `${attribute} ${atom.negate ? 'NOT IN' : 'IN'} ${list}`;
}

function renderDayRange(atom: DayRangeAtom): string {
  const { from, to } = atom;
  let expression: string;
  if (from !== undefined && to !== undefined) {
    expression = `${DATE_ATTRIBUTE} ${formatInteger(from)} TO ${formatInteger(to)}`;
  } else if (from !== undefined) {
    expression = `${DATE_ATTRIBUTE} >= ${formatInteger(from)}`;
  } else if (to !== undefined) {
    expression = `${DATE_ATTRIBUTE} <= ${formatInteger(to)}`;
  } else {
    throw new InvalidFilterError('date filter has neither from nor to');
  }
  return atom.negate ? `NOT (${expression})` : expression;
}

function renderOverdue(atom: OverdueAtom): string {
  const expression = `(${FACETS.status.attribute} = ${quoteFilterValue('unanswered')} AND ${DUE_ATTRIBUTE} < ${formatInteger(atom.today)})`;
  return atom.negate ? `NOT ${expression}` : expression;
}

/** One atom as a self-contained Meilisearch filter expression. */
export function renderFilterAtom(atom: FilterAtom): string {
  if (atom.field === 'date') return renderDayRange(atom);
  if (atom.field === 'overdue') return renderOverdue(atom);
  return renderFacetAtom(atom);
}

/**
 * The Meilisearch filter for `conditions`, or undefined when nothing is filtered.
 * `exclude` leaves out the URL selection of one facet (for that facet's disjunctive counts).
 */
export function buildFilter(conditions: FilterConditions, options: { exclude?: FacetName } = {}): MeiliFilter | undefined {
  const groups = conditions
    .filter((clause) => options.exclude === undefined || clause.facet !== options.exclude)
    .map((clause) => {
      if (clause.anyOf.length === 0) throw new InvalidFilterError('filter clause has no alternatives');
      return clause.anyOf.map(renderFilterAtom);
    });
  return groups.length > 0 ? groups : undefined;
}
