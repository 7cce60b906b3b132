import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CONTRIBUTION_TYPES, HOUSES, QUESTION_STATUSES, RECORD_KINDS, VENUES } from '@/lib/parse/record';
import { FACET_NAMES, type FacetName } from '@/lib/search/fields';
import {
  emptySearchRequest,
  FILTERED_PAGES,
  parseSearchParams,
  toFacetValuesHref,
  toSearchParams,
  withFacetToggled,
  withPage,
  withSort,
  type SearchRequest,
} from '@/lib/search/search-params';

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));
const ok = (query: string): SearchRequest => {
  const result = parse(query);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('parseSearchParams', () => {
  it('fills defaults for an empty query string', () => {
    const request = ok('');
    expect(request).toMatchObject({ q: '', from: null, to: null, sort: 'relevance', page: 1, perPage: 20, group: null, timeline: null });
    for (const facet of FACET_NAMES) expect(request.facets[facet]).toEqual([]);
  });

  it('reads repeated filters as a list, dropping blanks and duplicates', () => {
    const request = ok('speaker=Vernon+Coaker&speaker=&speaker=Tony+McNulty&speaker=Vernon+Coaker&party=Labour');
    expect(request.facets.speaker).toEqual(['Vernon Coaker', 'Tony McNulty']);
    expect(request.facets.party).toEqual(['Labour']);
  });

  it('accepts Next’s searchParams object as well as URLSearchParams', () => {
    const result = parseSearchParams({ q: 'trafficking', house: ['Commons', 'Lords'], page: '2', utm_source: 'x', missing: undefined });
    expect(result).toMatchObject({ ok: true, value: { q: 'trafficking', page: 2, facets: { house: ['Commons', 'Lords'] } } });
  });

  it('takes closed vocabularies in any case and stores the canonical spelling', () => {
    const request = ok('house=lords&kind=Written-Question&type=ANSWER');
    expect(request.facets).toMatchObject({ house: ['Lords'], kind: ['written-question'], type: ['answer'] });
  });

  it('treats empty single-valued fields (as forms submit them) as absent', () => {
    expect(ok('q=&from=&to=&sort=&page=')).toEqual(emptySearchRequest());
  });

  it('reads dates, sort, page size and grouping', () => {
    expect(ok('from=2007-01-01&to=2007-12-31&sort=oldest&perPage=100&page=1000&group=record')).toMatchObject({
      from: '2007-01-01',
      to: '2007-12-31',
      sort: 'oldest',
      perPage: 100,
      page: 1000,
      group: 'record',
    });
  });

  it.each([
    ['page=0', 'page'],
    ['page=1001', 'page'],
    ['page=2.5', 'page'],
    ['page=abc', 'page'],
    ['perPage=101', 'perPage'],
    ['perPage=0', 'perPage'],
    [`q=${'a'.repeat(501)}`, 'q'],
    ['q=a&q=b', 'q'],
    ['from=2007-02-30', 'from'],
    ['to=26/11/2007', 'to'],
    ['from=2008-01-01&to=2007-01-01', 'from'],
    ['sort=popular', 'sort'],
    ['group=speaker', 'group'],
    ['house=Mars', 'house'],
    ['kind=hansard', 'kind'],
    ['venue=chamber', 'venue'],
    ['type=shout', 'type'],
    ['year=07', 'year'],
    [`department=${'d'.repeat(201)}`, 'department'],
    [Array.from({ length: 21 }, (_, i) => `party=p${i}`).join('&'), 'party'],
  ])('rejects %s, naming %s', (query, param) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.param).toBe(param);
    expect(result.error).toContain(param);
  });

  it('accepts the upper bounds exactly', () => {
    expect(ok(`q=${'a'.repeat(500)}`).q).toHaveLength(500);
    expect(ok(Array.from({ length: 20 }, (_, i) => `party=p${i}`).join('&')).facets.party).toHaveLength(20);
    expect(ok(`department=${'d'.repeat(200)}`).facets.department[0]).toHaveLength(200);
  });
});

describe('toSearchParams', () => {
  it('omits defaults and writes parameters in a fixed order', () => {
    const request = { ...ok('page=3&sort=newest&party=Labour&q=crime&from=2007-01-01&speaker=A'), perPage: 20 };
    expect(toSearchParams(request).toString()).toBe('q=crime&speaker=A&party=Labour&from=2007-01-01&sort=newest&page=3');
    expect(toSearchParams(emptySearchRequest()).toString()).toBe('');
  });

  const trimmed = (max: number) =>
    fc
      .string({ unit: 'grapheme', maxLength: max })
      .map((s) => s.trim())
      .filter((s) => s.length > 0 && s.length <= max);
  const values = (arb: fc.Arbitrary<string>) => fc.uniqueArray(arb, { maxLength: 5 });
  const vocabulary: Partial<Record<FacetName, readonly string[]>> = {
    house: HOUSES,
    venue: VENUES,
    kind: RECORD_KINDS,
    type: CONTRIBUTION_TYPES,
    status: [...QUESTION_STATUSES, 'overdue'],
  };
  const facetValues = (facet: FacetName) => {
    if (facet === 'year') return values(fc.integer({ min: 1800, max: 2100 }).map(String));
    const words = vocabulary[facet];
    return values(words ? fc.constantFrom(...words) : trimmed(200));
  };
  const isoDate = fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const anyRequest: fc.Arbitrary<SearchRequest> = fc
    .record({
      q: fc.oneof(fc.constant(''), trimmed(500)),
      facets: fc.record(Object.fromEntries(FACET_NAMES.map((f) => [f, facetValues(f)])) as Record<FacetName, fc.Arbitrary<string[]>>),
      from: fc.option(isoDate, { nil: null }),
      to: fc.option(isoDate, { nil: null }),
      sort: fc.constantFrom('relevance' as const, 'newest' as const, 'oldest' as const),
      page: fc.integer({ min: 1, max: 1000 }),
      perPage: fc.integer({ min: 1, max: 100 }),
      group: fc.constantFrom(null, 'record' as const),
      timeline: fc.constantFrom(null, 'party' as const),
    })
    .map((r) => (r.from && r.to && r.from > r.to ? { ...r, from: r.to, to: r.from } : r));

  it('is the inverse of parseSearchParams (property)', () => {
    fc.assert(
      fc.property(anyRequest, (request) => {
        const encoded = toSearchParams(request);
        expect(parseSearchParams(encoded)).toEqual({ ok: true, value: request });
        // the same link survives a trip through its own string form
        expect(parseSearchParams(new URLSearchParams(encoded.toString()))).toEqual({ ok: true, value: request });
      }),
      { numRuns: 300 },
    );
  });
});

describe('link helpers', () => {
  const base = ok('q=crime&party=Labour&page=4');

  it('toggles a facet value on and off, back to page 1', () => {
    const added = withFacetToggled(base, 'party', 'Conservative');
    expect(added.facets.party).toEqual(['Labour', 'Conservative']);
    expect(added.page).toBe(1);
    expect(withFacetToggled(added, 'party', 'Labour').facets.party).toEqual(['Conservative']);
    expect(toSearchParams(withFacetToggled(base, 'party', 'Labour')).toString()).toBe('q=crime');
  });

  it('toggles closed-vocabulary values whatever their case', () => {
    const on = withFacetToggled(base, 'house', 'lords');
    expect(on.facets.house).toEqual(['Lords']);
    expect(withFacetToggled(on, 'house', 'Lords').facets.house).toEqual([]);
  });

  it('does not change the request it was given', () => {
    withFacetToggled(base, 'party', 'Conservative');
    expect(base.facets.party).toEqual(['Labour']);
  });

  it('changes page within bounds, and sort back to page 1', () => {
    expect(withPage(base, 7).page).toBe(7);
    expect(withPage(base, 0).page).toBe(1);
    expect(withPage(base, 5000).page).toBe(1000);
    expect(withSort(base, 'newest')).toMatchObject({ sort: 'newest', page: 1 });
  });

  it('links a facet values page for the same search, on /search and /questions, and reads its search back', () => {
    expect(toFacetValuesHref('/search', 'speaker')).toBe('/search/values/speaker');
    expect(toFacetValuesHref('/search?q=crime&party=Labour&page=4', 'party')).toBe('/search/values/party?q=crime&party=Labour&page=4');
    const questions = FILTERED_PAGES.questions;
    const parsed = questions.parse(new URLSearchParams('q=visa&department=Home+Office'));
    if (!parsed.ok) throw new Error(parsed.error);
    const questionsHref = toFacetValuesHref(questions.toHref(parsed.value), 'department');
    expect(questionsHref).toBe('/questions/values/department?q=visa&department=Home+Office');
    // The values page reads its query as its page does: /questions adds its fixed filters back.
    const back = questions.parse(new URLSearchParams(questionsHref.split('?')[1]));
    expect(back).toEqual(parsed);
  });
});
