/**
 * Test helper: reads a filter expression the way Meilisearch's filter parser tokenizes it
 * (quoted values with backslash escapes, bare words, brackets and comparison operators), so tests
 * can check what an expression *means* rather than how our builder spells it.
 */
export type FilterToken = { kind: 'string' | 'word' | 'punct'; value: string };

export function lexFilter(expression: string): FilterToken[] {
  const tokens: FilterToken[] = [];
  let i = 0;
  while (i < expression.length) {
    const c = expression[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"' || c === "'") {
      let value = '';
      i++;
      while (i < expression.length && expression[i] !== c) {
        if (expression[i] === '\\' && i + 1 < expression.length) i++;
        value += expression[i++];
      }
      if (i >= expression.length) throw new Error(`unterminated string in ${expression}`);
      i++;
      tokens.push({ kind: 'string', value });
    } else if (/[[\](),]/.test(c)) {
      tokens.push({ kind: 'punct', value: c });
      i++;
    } else if (/[<>=!]/.test(c)) {
      const op = /^(>=|<=|!=|=|<|>)/.exec(expression.slice(i))![1];
      tokens.push({ kind: 'punct', value: op });
      i += op.length;
    } else {
      const start = i;
      while (i < expression.length && !/[\s"'[\](),<>=!]/.test(expression[i])) i++;
      tokens.push({ kind: 'word', value: expression.slice(start, i) });
    }
  }
  return tokens;
}

/** `attr IN [v, …]` / `attr NOT IN [v, …]` read back as data; throws if the expression is anything else. */
export function readInCondition(expression: string): { attribute: string; negated: boolean; values: string[] } {
  const tokens = lexFilter(expression);
  const [attr, ...rest] = tokens;
  if (attr?.kind !== 'word') throw new Error(`no attribute in ${expression}`);
  let k = 0;
  const negated = rest[k]?.kind === 'word' && rest[k].value === 'NOT';
  if (negated) k++;
  const isPunct = (t: FilterToken | undefined, value: string) => t?.kind === 'punct' && t.value === value;
  if (rest[k]?.kind !== 'word' || rest[k].value !== 'IN' || !isPunct(rest[k + 1], '[')) throw new Error(`not an IN condition: ${expression}`);
  k += 2;
  const values: string[] = [];
  while (!isPunct(rest[k], ']')) {
    const t = rest[k];
    if (!t || (t.kind !== 'string' && t.kind !== 'word')) throw new Error(`bad list in ${expression}`);
    values.push(t.value);
    k++;
    if (isPunct(rest[k], ',')) k++;
  }
  if (k !== rest.length - 1) throw new Error(`trailing tokens after list in ${expression}`);
  return { attribute: attr.value, negated, values };
}
