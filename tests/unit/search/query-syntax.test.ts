import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseQuery, type QueryNode } from '@/lib/search/query-syntax';
import { itEach } from '../../support/cases';

/** The tree as a compact s-expression, so each case reads like the query it checks. */
function show(node: QueryNode): string {
  switch (node.type) {
    case 'term':
      return node.text;
    case 'phrase':
      return `"${node.text}"`;
    case 'speaker':
    case 'minister':
      return `${node.type}[${node.name}]`;
    case 'uin':
      return `uin[${node.uin}]`;
    case 'facet':
      return `${node.facet}[${node.value}]`;
    case 'section':
      return `section[${node.section}]`;
    case 'dates':
      return `dates[${node.from ?? ''}..${node.to ?? ''}]`;
    case 'not':
      return `(not ${show(node.child)})`;
    default:
      return `(${node.type}${node.children.map((c) => ` ${show(c)}`).join('')})`;
  }
}

function read(input: string): string {
  const result = parseQuery(input);
  if (!result.ok) throw new Error(`expected a parse, got error: ${result.error}`);
  return show(result.query);
}

describe('parseQuery: the documented syntax', () => {
  itEach('%s', read, [
    // words are ANDed
    ['people trafficking', '(and people trafficking)'],
    ['trafficking', 'trafficking'],
    // exact phrase
    ['"people trafficking" asylum', '(and "people trafficking" asylum)'],
    // negation: -word and NOT word, also before phrases and groups
    ['asylum -trafficking', '(and asylum (not trafficking))'],
    ['asylum NOT trafficking', '(and asylum (not trafficking))'],
    ['asylum -"people smuggling"', '(and asylum (not "people smuggling"))'],
    ['asylum -(visa passport)', '(and asylum (not (and visa passport)))'],
    // OR between terms; OR binds tighter than the implicit AND, as in web search
    ['asylum OR immigration', '(or asylum immigration)'],
    ['asylum OR immigration policy', '(and (or asylum immigration) policy)'],
    ['"Vernon Coaker" OR "Tony McNulty" trafficking', '(and (or "Vernon Coaker" "Tony McNulty") trafficking)'],
    ['(asylum policy) OR immigration', '(or (and asylum policy) immigration)'],
    ['a AND b', '(and a b)'],
    // fields
    ['speaker:"Vernon Coaker" trafficking', '(and speaker[Vernon Coaker] trafficking)'],
    ['speaker:coaker', 'speaker[coaker]'],
    ['Speaker:Coaker', 'speaker[Coaker]'],
    ['party:Labour', 'party[Labour]'],
    ['department:"Home Office"', 'department[Home Office]'],
    ['house:lords type:answer year:2007', '(and house[Lords] type[answer] year[2007])'],
    ['section:lords', 'section[lords]'],
    ['section:WRANS', 'section[wrans]'],
    ['section:debates section:whall section:wms section:pbc', '(and section[debates] section[whall] section[wms] section[pbc])'],
    ['-section:wrans', '(not section[wrans])'],
    ['minister:coaker trafficking', '(and minister[coaker] trafficking)'],
    ['minister:"Vernon Coaker"', 'minister[Vernon Coaker]'],
    ['uin:7814', 'uin[7814]'],
    ['UIN:hl13647', 'uin[HL13647]'],
    // dates
    ['date:20071126', 'dates[2007-11-26..2007-11-26]'],
    ['date:2007-11-26', 'dates[2007-11-26..2007-11-26]'],
    ['date:20070101..20071231', 'dates[2007-01-01..2007-12-31]'],
    ['20070101..20071231 crime', '(and dates[2007-01-01..2007-12-31] crime)'],
    ['20070101..', 'dates[2007-01-01..]'],
    ['..20071231', 'dates[..2007-12-31]'],
    ['from:20070101 to:2007-12-31', '(and dates[2007-01-01..] dates[..2007-12-31])'],
  ]);
});

describe('parseQuery: leniency', () => {
  itEach('%j', read, [
    ['', '(and)'],
    ['   ', '(and)'],
    // unknown field prefixes and URLs are plain words
    ['foo:bar', 'foo:bar'],
    ['http://example.org/x', 'http://example.org/x'],
    ['speaker: coaker', '(and speaker: coaker)'],
    // unbalanced quotes: an unclosed phrase runs to the end; an empty one is nothing
    ['"people trafficking', '"people trafficking"'],
    ['asylum ""', 'asylum'],
    ['speaker:"Vernon Coaker', 'speaker[Vernon Coaker]'],
    // curly quotes pasted from documents
    ['\u201Cpeople trafficking\u201D', '"people trafficking"'],
    // unbalanced parentheses
    ['(asylum OR visa', '(or asylum visa)'],
    ['asylum) visa', '(and asylum visa)'],
    ['()', '(and)'],
    // operators with nothing to work on
    ['OR asylum', 'asylum'],
    ['asylum OR', 'asylum'],
    ['asylum OR OR visa', '(or asylum visa)'],
    ['asylum NOT', 'asylum'],
    ['asylum -', 'asylum'],
    ['- asylum', 'asylum'],
    // lower-case operators and inner hyphens are just words
    ['asylum or visa', '(and asylum or visa)'],
    ['anti-social behaviour', '(and anti-social behaviour)'],
    ['--asylum', '(not (not asylum))'],
  ]);

  it('reads absurdly deep brackets without failing', () => {
    const deep = `${'('.repeat(200)}asylum${')'.repeat(200)}`;
    expect(read(deep)).toBe('asylum');
  });
});

describe('parseQuery: mistakes the user must fix', () => {
  it.each([
    ['date:20071345', 'date:20071345'],
    ['date:2007', 'date:2007'],
    ['crime 20071231..20070101', '20071231..20070101'],
    ['from:yesterday', 'from:yesterday'],
    ['section:commons', 'section:commons'],
    ['house:Mars', 'house:Mars'],
    ['year:07', 'year:07'],
  ])('%s is an error quoting %s', (input, fragment) => {
    const result = parseQuery(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain(fragment);
    expect(input.slice(result.start)).toMatch(new RegExp(`^\\S*${fragment.split(':')[0]}`));
  });
});

describe('parseQuery: never throws (fuzz)', () => {
  const check = (input: string) => {
    const result = parseQuery(input);
    if (result.ok) expect(typeof result.query.type).toBe('string');
    else expect(result.error.length).toBeGreaterThan(0);
  };

  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 500 }), check), { numRuns: 2000 });
  });

  it('on text made of the syntax’s own pieces', () => {
    // operators, brackets and quotes (a curly one too); field prefixes; values and stray characters
    const piece = fc.constantFrom(
      ...['a', 'b', 'OR', 'NOT', 'AND', '-', '(', ')', '"', '\u201C', ' ', ':'],
      ...['speaker:', 'section:', 'date:', 'from:', 'to:', 'party:', 'year:'],
      ...['20071126', '..', 'lords', '2007-11-26', 'x"y', '\\'],
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 80 }).map((p) => p.join('')),
        check,
      ),
      { numRuns: 3000 },
    );
  });
});
