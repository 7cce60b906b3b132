/**
 * The search-box syntax TheyWorkForYou users already type, parsed into a syntax tree. The parser
 * never throws: any string gives either a tree or a friendly error quoting the bad fragment.
 *
 * Grammar (tokens are separated by whitespace, quotes and parentheses):
 *
 *   query    = andExpr { ")" andExpr }         a stray ")" is skipped
 *   andExpr  = { orExpr }                      side by side = AND; "AND" is allowed and ignored
 *   orExpr   = unary { "OR" unary }            OR binds tighter than AND, as in web search:
 *                                              `a OR b c` is (a OR b) AND c; a dangling OR is dropped
 *   unary    = ( "-" | "NOT" ) unary | primary "-" only counts directly before its operand ("-word")
 *   primary  = "(" andExpr [ ")" ]             a missing ")" closes at the end
 *            | PHRASE                          "exact phrase"; an unclosed quote runs to the end
 *            | FIELD                           name:value or name:"quoted value" (names below)
 *            | RANGE                           20070101..20071231, either end optional
 *            | WORD
 *
 * OR, AND and NOT are operators only in capitals. Field names (any case): speaker, minister,
 * section, uin, date, from, to, and every other facet of fields.ts (party, department, house,
 * venue, kind, type, act, year). Any other `name:value` is a plain word. Dates are YYYYMMDD or
 * YYYY-MM-DD.
 *
 * `speaker:` and `minister:` take a partial name ("coaker" or "Vernon Coaker"): it stays a name
 * here, and the plan resolves it against the index's speaker or minister facet values so the
 * filter itself is always exact. `uin:` takes a question number as printed (`7814`, `HL13647`).
 */
import type { Venue } from '../parse/record';
import { FACET_NAMES, toDayNumber, type FacetName } from './fields';
import { normalizeFacetValue } from './search-params';

/** TheyWorkForYou section names → the venues they cover (TheyWorkForYou shows Grand Committee under lords). */
export const SECTIONS = {
  debates: ['commons-chamber'],
  whall: ['westminster-hall'],
  pbc: ['public-bill-committee'],
  lords: ['lords-chamber', 'lords-grand-committee'],
  wrans: ['written-answers'],
  wms: ['written-statements'],
} as const satisfies Record<string, readonly Venue[]>;
export type SectionName = keyof typeof SECTIONS;

export type QueryNode =
  | { type: 'term'; text: string; start: number }
  | { type: 'phrase'; text: string; start: number }
  | { type: 'speaker' | 'minister'; name: string; start: number }
  | { type: 'facet'; facet: Exclude<FacetName, 'speaker' | 'minister'>; value: string; start: number }
  | { type: 'uin'; uin: string; start: number }
  | { type: 'dates'; from: string | null; to: string | null; start: number }
  | { type: 'section'; section: SectionName; start: number }
  | { type: 'not'; child: QueryNode; start: number }
  | { type: 'and'; children: QueryNode[] }
  | { type: 'or'; children: QueryNode[] };

export type QueryParseResult = { ok: true; query: QueryNode } | { ok: false; error: string; start: number };

type Token =
  | { kind: 'word' | 'phrase'; text: string; start: number }
  | { kind: 'field'; name: string; value: string; start: number }
  | { kind: 'or' | 'not' | 'minus' | 'open' | 'close'; start: number };

const QUOTES = '"\u201C\u201D';
const FIELD_NAMES = new Set<string>(['speaker', 'section', 'uin', 'date', 'from', 'to', ...FACET_NAMES]);
/** A question number as Parliament prints it: digits, perhaps after a house prefix (HL13647, HCWS12). */
const UIN = /^[A-Z]{0,4}\d{1,7}$/;
const MAX_DEPTH = 20;
const isSpace = (c: string) => /\s/.test(c);
const endsWord = (c: string) => isSpace(c) || c === '(' || c === ')' || QUOTES.includes(c);

function readQuoted(input: string, open: number): { text: string; end: number } {
  let end = open + 1;
  while (end < input.length && !QUOTES.includes(input[end])) end++;
  return { text: input.slice(open + 1, end).trim(), end: Math.min(end + 1, input.length) };
}

/** Splits the box text into tokens. Total: every character is consumed or skipped. */
export function tokenizeQuery(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (isSpace(c)) i++;
    else if (c === '(' || c === ')') tokens.push({ kind: c === '(' ? 'open' : 'close', start: i++ });
    else if (QUOTES.includes(c)) {
      const { text, end } = readQuoted(input, i);
      if (text !== '') tokens.push({ kind: 'phrase', text, start: i });
      i = end;
    } else if (c === '-') {
      if (i + 1 < input.length && !isSpace(input[i + 1])) tokens.push({ kind: 'minus', start: i });
      i++;
    } else {
      const start = i;
      while (i < input.length && !endsWord(input[i])) i++;
      const word = input.slice(start, i);
      const colon = word.indexOf(':');
      const name = colon > 0 ? word.slice(0, colon).toLowerCase() : '';
      if (FIELD_NAMES.has(name)) {
        let value = word.slice(colon + 1);
        if (value === '' && i < input.length && QUOTES.includes(input[i])) {
          const quoted = readQuoted(input, i);
          value = quoted.text;
          i = quoted.end;
        }
        if (value !== '') tokens.push({ kind: 'field', name, value, start });
        else tokens.push({ kind: 'word', text: word, start });
      } else if (word === 'OR' || word === 'NOT') tokens.push({ kind: word === 'OR' ? 'or' : 'not', start });
      else if (word !== 'AND') tokens.push({ kind: 'word', text: word, start });
    }
  }
  return tokens;
}

/** YYYYMMDD or YYYY-MM-DD → YYYY-MM-DD when it is a real calendar date. */
function readDate(text: string): string | null {
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const iso = compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : text;
  return toDayNumber(iso) !== null ? iso : null;
}

const RANGE = /^([\d-]*)\.\.([\d-]*)$/;

class QueryParser {
  private pos = 0;
  private depth = 0;
  error: { error: string; start: number } | null = null;

  constructor(private readonly tokens: Token[]) {}

  parseQuery(): QueryNode {
    const parts: QueryNode[] = [];
    for (;;) {
      parts.push(this.andExpr());
      if (this.pos >= this.tokens.length) break;
      this.pos++; // only a stray ")" stops andExpr before the end
    }
    return flatten('and', parts);
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private andExpr(): QueryNode {
    const children: QueryNode[] = [];
    for (let t = this.peek(); t && t.kind !== 'close'; t = this.peek()) {
      if (t.kind === 'or') {
        this.pos++; // an OR with nothing on its left
        continue;
      }
      const node = this.orExpr();
      if (node) children.push(node);
    }
    return flatten('and', children);
  }

  private orExpr(): QueryNode | null {
    const first = this.unary();
    const operands = first ? [first] : [];
    while (this.peek()?.kind === 'or') {
      this.pos++;
      const next = this.peek();
      if (!next || next.kind === 'close' || next.kind === 'or') continue; // "a OR" / "a OR OR b"
      const node = this.unary();
      if (node) operands.push(node);
    }
    return operands.length > 0 ? flatten('or', operands) : null;
  }

  private unary(): QueryNode | null {
    const t = this.peek();
    if (t?.kind === 'minus' || t?.kind === 'not') {
      this.pos++;
      const next = this.peek();
      if (!next || next.kind === 'or' || next.kind === 'close') return null; // "x -" / "NOT OR y": nothing to negate
      const child = this.unary();
      return child ? { type: 'not', child, start: t.start } : null;
    }
    return this.primary();
  }

  private primary(): QueryNode | null {
    const t = this.tokens[this.pos++];
    switch (t.kind) {
      case 'open': {
        if (this.depth >= MAX_DEPTH) return null; // absurd nesting: read the contents as if unbracketed
        this.depth++;
        const inner = this.andExpr();
        this.depth--;
        if (this.peek()?.kind === 'close') this.pos++;
        return isEmpty(inner) ? null : inner;
      }
      case 'phrase':
        return { type: 'phrase', text: t.text, start: t.start };
      case 'field':
        return this.field(t.name, t.value, t.start);
      case 'word': {
        const range = RANGE.exec(t.text);
        if (range && (range[1] || range[2])) return this.dates(range[1], range[2], t.text, t.start);
        return { type: 'term', text: t.text, start: t.start };
      }
      default:
        return null; // callers stop at "close"/"or"; unary handles "minus"/"not"
    }
  }

  private fail(error: string, start: number): null {
    this.error ??= { error, start };
    return null;
  }

  private dates(fromText: string, toText: string, fragment: string, start: number): QueryNode | null {
    const from = fromText ? readDate(fromText) : null;
    const to = toText ? readDate(toText) : null;
    if ((fromText && !from) || (toText && !to)) {
      return this.fail(`"${fragment}" is not a date or date range: write dates as 20071126 or 2007-11-26`, start);
    }
    if (from && to && from > to) return this.fail(`"${fragment}": the range ends before it starts`, start);
    return { type: 'dates', from, to, start };
  }

  private field(name: string, value: string, start: number): QueryNode | null {
    const fragment = `${name}:${value}`;
    if (name === 'speaker' || name === 'minister') return { type: name, name: value.replace(/\s+/g, ' ').trim(), start };
    if (name === 'uin') {
      const uin = value.trim().toUpperCase();
      if (UIN.test(uin)) return { type: 'uin', uin, start };
      return this.fail(`"${fragment.slice(0, 60)}": a question number (UIN) is digits, perhaps after a prefix such as HL`, start);
    }
    if (name === 'section') {
      const section = value.toLowerCase();
      if (Object.hasOwn(SECTIONS, section)) return { type: 'section', section: section as SectionName, start };
      return this.fail(`"${fragment}": section must be one of ${Object.keys(SECTIONS).join(', ')}`, start);
    }
    if (name === 'date') {
      const range = RANGE.exec(value);
      return range ? this.dates(range[1], range[2], fragment, start) : this.dates(value, value, fragment, start);
    }
    if (name === 'from' || name === 'to') {
      const date = readDate(value);
      if (!date) return this.fail(`"${fragment}": write the date as 20071126 or 2007-11-26`, start);
      return { type: 'dates', from: name === 'from' ? date : null, to: name === 'to' ? date : null, start };
    }
    const facet = name as Exclude<FacetName, 'speaker' | 'minister'>;
    const normalized = normalizeFacetValue(facet, value);
    if (normalized === null) return this.fail(`"${fragment.slice(0, 60)}" is not a ${facet} we know`, start);
    return { type: 'facet', facet, value: normalized, start };
  }
}

function isEmpty(node: QueryNode): boolean {
  return (node.type === 'and' || node.type === 'or') && node.children.length === 0;
}

/** An and/or node without empty operands, nested same-type groups, or single-child wrappers. */
function flatten(type: 'and' | 'or', nodes: QueryNode[]): QueryNode {
  const children = nodes.filter((n) => !isEmpty(n)).flatMap((n) => (n.type === type ? n.children : [n]));
  return children.length === 1 ? children[0] : { type, children };
}

/** Parses the search box. An empty box gives an empty AND (matches everything). */
export function parseQuery(input: string): QueryParseResult {
  const parser = new QueryParser(tokenizeQuery(input));
  const query = parser.parseQuery();
  return parser.error ? { ok: false, ...parser.error } : { ok: true, query };
}
