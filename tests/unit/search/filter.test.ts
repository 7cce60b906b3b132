import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildFilter, InvalidFilterError, quoteFilterValue, type FilterConditions } from '@/lib/search/filter';
import { FACETS, FACET_NAMES } from '@/lib/search/fields';
import { lexFilter, readInCondition } from './filter-lexer';

/** Any text, weighted towards the characters that matter to the filter parser. */
const anyValue = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom('\\', '"', "'", ' ', 'a', 'OR', 'AND', '=', '[', ']', ',', '(', ')') }),
);

describe('buildFilter', () => {
  it('gives no filter for no conditions', () => {
    expect(buildFilter([])).toBeUndefined();
  });

  it('writes AND of ORs with attribute names from the fields table', () => {
    const filter = buildFilter([
      { anyOf: [{ field: 'speaker', values: ['Vernon Coaker'] }] },
      {
        anyOf: [
          { field: 'house', values: ['Lords'] },
          { field: 'kind', values: ['written-question'] },
        ],
      },
    ]);
    expect(filter).toHaveLength(2);
    expect(readInCondition(filter![0][0])).toEqual({ attribute: FACETS.speaker.attribute, negated: false, values: ['Vernon Coaker'] });
    expect(filter![1].map(readInCondition)).toEqual([
      { attribute: 'house', negated: false, values: ['Lords'] },
      { attribute: 'kind', negated: false, values: ['written-question'] },
    ]);
  });

  it('cannot be steered by a value: x" OR house = "Lords stays one speaker value', () => {
    const evil = 'x" OR house = "Lords';
    const filter = buildFilter([{ anyOf: [{ field: 'speaker', values: [evil] }] }]);
    expect(filter).toHaveLength(1);
    expect(filter![0]).toHaveLength(1);
    expect(readInCondition(filter![0][0])).toEqual({ attribute: 'speakerName', negated: false, values: [evil] });
  });

  it('escapes backslashes, so a trailing backslash cannot swallow the closing quote', () => {
    for (const value of ['C:\\path\\', '\\"', 'a\\\\"b', '\\']) {
      const filter = buildFilter([{ anyOf: [{ field: 'department', values: [value] }] }]);
      expect(readInCondition(filter![0][0]).values).toEqual([value]);
    }
    expect(quoteFilterValue('a"b\\c')).toBe('"a\\"b\\\\c"');
  });

  it('reads back any string value unchanged (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FACET_NAMES.filter((f) => f !== 'year')), fc.array(anyValue, { minLength: 1, maxLength: 4 }), (facet, values) => {
        const filter = buildFilter([{ anyOf: [{ field: facet, values }] }]);
        const read = readInCondition(filter![0][0]);
        expect(read.attribute).toBe(FACETS[facet].attribute);
        expect(read.values).toEqual(values);
      }),
    );
  });

  it('negates with NOT IN', () => {
    const filter = buildFilter([{ anyOf: [{ field: 'party', values: ['Labour'], negate: true }] }]);
    expect(readInCondition(filter![0][0])).toEqual({ attribute: 'party', negated: true, values: ['Labour'] });
  });

  it('writes whole numbers bare and refuses anything else', () => {
    const filter = buildFilter([{ anyOf: [{ field: 'year', values: [2007, 2008] }] }]);
    expect(
      lexFilter(filter![0][0])
        .filter((t) => t.kind === 'word')
        .map((t) => t.value),
    ).toEqual(['year', 'IN', '2007', '2008']);
    for (const bad of [NaN, Infinity, 1.5, 2 ** 60]) {
      expect(() => buildFilter([{ anyOf: [{ field: 'year', values: [bad] }] }])).toThrow(InvalidFilterError);
      expect(() => buildFilter([{ anyOf: [{ field: 'date', from: bad }] }])).toThrow(InvalidFilterError);
    }
  });

  it('filters dates on the day number, inclusive at both ends', () => {
    const words = (conditions: FilterConditions) =>
      lexFilter(buildFilter(conditions)![0][0])
        .map((t) => t.value)
        .join(' ');
    expect(words([{ anyOf: [{ field: 'date', from: 13000, to: 13100 }] }])).toBe('day 13000 TO 13100');
    expect(words([{ anyOf: [{ field: 'date', from: 13000 }] }])).toBe('day >= 13000');
    expect(words([{ anyOf: [{ field: 'date', to: 13100 }] }])).toBe('day <= 13100');
    expect(words([{ anyOf: [{ field: 'date', from: 1, to: 2, negate: true }] }])).toBe('NOT ( day 1 TO 2 )');
  });

  it('writes overdue as no answer and a due day before today, computed from the day given', () => {
    const words = (conditions: FilterConditions) =>
      lexFilter(buildFilter(conditions)![0][0])
        .map((t) => t.value)
        .join(' ');
    expect(words([{ anyOf: [{ field: 'overdue', today: 19700 }] }])).toBe('( questionStatus = unanswered AND dueDay < 19700 )');
    expect(words([{ anyOf: [{ field: 'overdue', today: 19700, negate: true }] }])).toBe('NOT ( questionStatus = unanswered AND dueDay < 19700 )');
    expect(() => buildFilter([{ anyOf: [{ field: 'overdue', today: 1.5 }] }])).toThrow(InvalidFilterError);
  });

  it('refuses field names that are not in the fields table', () => {
    const smuggled = [{ anyOf: [{ field: 'speakerName = "x" OR house', values: ['y'] }] }] as unknown as FilterConditions;
    expect(() => buildFilter(smuggled)).toThrow(InvalidFilterError);
    const proto = [{ anyOf: [{ field: 'constructor', values: ['y'] }] }] as unknown as FilterConditions;
    expect(() => buildFilter(proto)).toThrow(InvalidFilterError);
  });

  it('refuses empty value lists and empty OR groups rather than matching everything', () => {
    expect(() => buildFilter([{ anyOf: [{ field: 'party', values: [] }] }])).toThrow(InvalidFilterError);
    expect(() => buildFilter([{ anyOf: [] }])).toThrow(InvalidFilterError);
  });

  it('leaves out only the excluded facet’s own clause (disjunctive counts)', () => {
    const conditions: FilterConditions = [
      { facet: 'party', anyOf: [{ field: 'party', values: ['Labour', 'Conservative'] }] },
      { facet: 'house', anyOf: [{ field: 'house', values: ['Commons'] }] },
      { anyOf: [{ field: 'party', values: ['Labour'] }] }, // from the box: not a facet selection
    ];
    const attributes = (exclude?: 'party' | 'house') => buildFilter(conditions, { exclude })!.map((group) => readInCondition(group[0]).values.join('|'));
    expect(attributes()).toEqual(['Labour|Conservative', 'Commons', 'Labour']);
    expect(attributes('party')).toEqual(['Commons', 'Labour']);
    expect(attributes('house')).toEqual(['Labour|Conservative', 'Labour']);
  });
});
