import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FACET_NAMES, SORTS, toDayNumber } from '@/lib/search/fields';
import { MAX_ALTERNATIVES, planSearch, selectSpeakerNames, type SearchPlan, type SpeakerNames } from '@/lib/search/plan';
import { parseSearchParams } from '@/lib/search/search-params';
import { lexFilter, readInCondition } from './filter-lexer';

function parsedRequest(query: string) {
  const request = parseSearchParams(new URLSearchParams(query));
  if (!request.ok) throw new Error(request.error);
  return request.value;
}

function plan(query: string, speakerNames?: SpeakerNames): SearchPlan {
  const result = planSearch(parsedRequest(query), speakerNames);
  if (!result.ok) throw new Error(result.error);
  return result.plan;
}

/** Each filter group as readable text: `attr IN a|b`, `NOT attr IN a`, or the raw tokens for ranges. */
function describeFilter(filter: string[][] | undefined): string[] {
  return (filter ?? []).map((group) =>
    group
      .map((expression) => {
        try {
          const c = readInCondition(expression);
          return `${c.negated ? 'NOT ' : ''}${c.attribute} IN ${c.values.join('|')}`;
        } catch {
          return lexFilter(expression)
            .map((t) => t.value)
            .join(' ');
        }
      })
      .join(' OR '),
  );
}

const q = (text: string) => `q=${encodeURIComponent(text)}`;

describe('planSearch: box text becomes Meilisearch q', () => {
  it('keeps words, phrases and negations in q, requiring every word', () => {
    const p = plan(q('trafficking "people smuggling" -asylum NOT visa -"safe country"'));
    expect(p.alternatives.map((a) => a.q)).toEqual(['trafficking "people smuggling" -asylum -visa -"safe country"']);
    expect(p.matchingStrategy).toBe('all');
  });

  it('drops stop words in any case when there is something else to search for', () => {
    expect(plan(q('what The MINISTER said about brothels')).alternatives.map((a) => a.q)).toEqual(['what said about brothels']);
    expect(plan(q('brothels minister')).alternatives.map((a) => a.q)).toEqual(['brothels']);
    expect(plan(q('"the Minister" -the')).alternatives.map((a) => a.q)).toEqual(['"the Minister" -the']);
    expect(plan(q('the Minister')).alternatives.map((a) => a.q)).toEqual(['the Minister']);
  });

  it('turns OR into one search per alternative', () => {
    expect(plan(q('asylum OR immigration policy')).alternatives.map((a) => a.q)).toEqual(['asylum policy', 'immigration policy']);
    expect(plan(q('(w OR b) (c OR d)')).alternatives.map((a) => a.q)).toEqual(['w c', 'w d', 'b c', 'b d']);
  });

  it('pushes negation through groups', () => {
    expect(plan(q('crime -(asylum OR visa)')).alternatives.map((a) => a.q)).toEqual(['crime -asylum -visa']);
    expect(plan(q('crime -(asylum visa)')).alternatives.map((a) => a.q)).toEqual(['crime -asylum', 'crime -visa']);
  });

  it('refuses queries that expand to too many searches, naming q', () => {
    const request = parseSearchParams(new URLSearchParams(q('(a OR b) (c OR d) (e OR f) (g OR h)')));
    if (!request.ok) throw new Error(request.error);
    const result = planSearch(request.value);
    expect(result).toMatchObject({ ok: false, param: 'q' });
    if (!result.ok) expect(result.error).toContain(String(MAX_ALTERNATIVES));
  });

  it('reports box syntax mistakes against q', () => {
    const request = parseSearchParams(new URLSearchParams(q('crime date:20079999')));
    if (!request.ok) throw new Error(request.error);
    const result = planSearch(request.value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.param, result.error.includes('date:20079999')]).toEqual(['q', true]);
  });

  it('warns when Meilisearch will ignore words after the tenth', () => {
    expect(plan(q('one two three four five six seven eight nine ten eleven')).warnings).toHaveLength(1);
    expect(plan(q('one two three')).warnings).toEqual([]);
  });
});

describe('planSearch: filters', () => {
  it('ORs values within a URL filter and ANDs different filters', () => {
    const p = plan('party=Labour&party=Conservative&house=Commons');
    expect(describeFilter(p.alternatives[0].filter)).toEqual(['party IN Labour|Conservative', 'house IN Commons']);
  });

  it('filters URL dates on day numbers, inclusive', () => {
    const p = plan('from=2007-01-01&to=2007-12-31');
    expect(describeFilter(p.alternatives[0].filter)).toEqual([`day ${toDayNumber('2007-01-01')} TO ${toDayNumber('2007-12-31')}`]);
  });

  it('maps box fields onto filters, keeping the words in q', () => {
    const p = plan(q('trafficking party:Labour department:"Home Office" date:20071126 year:2007'));
    const day = toDayNumber('2007-11-26');
    expect(p.alternatives).toHaveLength(1);
    expect(p.alternatives[0].q).toBe('trafficking');
    expect(describeFilter(p.alternatives[0].filter)).toEqual(['party IN Labour', 'department IN Home Office', `day ${day} TO ${day}`, 'year IN 2007']);
  });

  it.each([
    ['section:debates', ['venue IN commons-chamber']],
    ['section:whall', ['venue IN westminster-hall']],
    ['section:lords', ['venue IN lords-chamber|lords-grand-committee']],
    ['section:wrans', ['venue IN written-answers']],
    ['section:wms', ['venue IN written-statements']],
    ['section:pbc', ['venue IN public-bill-committee']],
    ['-section:debates', ['NOT venue IN commons-chamber']],
  ])('maps %s onto the venue', (text, expected) => {
    expect(describeFilter(plan(q(text)).alternatives[0].filter)).toEqual(expected);
  });

  it('gives each OR alternative its own field clauses', () => {
    const p = plan(q('section:lords OR party:Labour'));
    expect(p.alternatives.map((a) => describeFilter(a.filter))).toEqual([['venue IN lords-chamber|lords-grand-committee'], ['party IN Labour']]);
  });

  it('keeps a hostile URL value a single value', () => {
    const p = plan(`speaker=${encodeURIComponent('x" OR house = "Lords')}`);
    expect(p.alternatives[0].filter).toHaveLength(1);
    expect(readInCondition(p.alternatives[0].filter![0][0])).toEqual({ attribute: 'speakerName', negated: false, values: ['x" OR house = "Lords'] });
    // The speaker filter's other half, the divisions they voted in, escapes the value the same way.
    expect(readInCondition(p.alternatives[0].filter![0][1])).toEqual({ attribute: 'voters', negated: false, values: ['x" OR house = "Lords'] });
  });
});

describe('planSearch: disjunctive facet counts', () => {
  const p = plan(`${q('crime party:Green')}&party=Labour&party=Conservative&house=Commons&from=2007-01-01`);
  const facet = (name: string) => p.facetQueries.find((f) => f.facet === name)!;

  it('has a query for every facet, on the facet’s index attribute', () => {
    expect(p.facetQueries.map((f) => f.facet)).toEqual(FACET_NAMES);
    expect(facet('speaker').attribute).toBe('speakerName');
  });

  it('counts a facet with the other facets’ selections but not its own', () => {
    const from = `day >= ${toDayNumber('2007-01-01')}`;
    expect(describeFilter(facet('party').queries[0].filter)).toEqual(['house IN Commons', from, 'party IN Green']);
    expect(describeFilter(facet('house').queries[0].filter)).toEqual(['party IN Labour|Conservative', from, 'party IN Green']);
    expect(facet('party').queries[0].q).toBe('crime');
  });

  it('marks facets without a selection as countable by the hits search', () => {
    expect(facet('party').sameAsMain).toBe(false);
    expect(facet('kind').sameAsMain).toBe(true);
    expect(facet('kind').queries).toEqual(p.alternatives);
  });
});

describe('planSearch: speaker names are resolved, never guessed', () => {
  it('lists speaker lookups to resolve, and matches no one until they are', () => {
    const p = plan(q('trafficking speaker:Coaker'));
    expect(p.speakerLookups).toEqual(['coaker']);
    expect(p.unresolvedSpeakers).toEqual(['coaker']);
    expect(p.alternatives).toEqual([]);
  });

  it('filters on the exact names a lookup resolved to', () => {
    const p = plan(q('trafficking speaker:"Vernon  Coaker"'), new Map([['vernon coaker', ['Vernon Coaker']]]));
    expect(p.unresolvedSpeakers).toEqual([]);
    expect(describeFilter(p.alternatives[0].filter)).toEqual(['speakerName IN Vernon Coaker OR voters IN Vernon Coaker']);
  });

  it('excludes resolved names for -speaker:, and nothing when there are none', () => {
    const names = new Map([['coaker', ['Vernon Coaker']]]);
    expect(describeFilter(plan(q('crime -speaker:coaker'), names).alternatives[0].filter)).toEqual(['NOT speakerName IN Vernon Coaker']);
    expect(plan(q('crime -speaker:nobody'), new Map([['nobody', []]])).alternatives).toEqual([{ q: 'crime', filter: undefined }]);
  });

  it('resolves minister: names against the minister facet, apart from speakers', () => {
    const unresolved = plan(q('trafficking minister:coaker'));
    expect(unresolved.ministerLookups).toEqual(['coaker']);
    expect(unresolved.unresolvedMinisters).toEqual(['coaker']);
    expect(unresolved.unresolvedSpeakers).toEqual([]);
    expect(unresolved.alternatives).toEqual([]);
    const resolved = planSearch(parsedRequest(q('trafficking minister:coaker')), new Map(), new Map([['coaker', ['Vernon Coaker']]]));
    if (!resolved.ok) throw new Error(resolved.error);
    expect(describeFilter(resolved.plan.alternatives[0].filter)).toEqual(['minister IN Vernon Coaker']);
  });

  it('filters uin: on the question numbers, upper-cased', () => {
    expect(describeFilter(plan(q('uin:hl13647')).alternatives[0].filter)).toEqual(['uins IN HL13647']);
    expect(describeFilter(plan(q('-uin:7814')).alternatives[0].filter)).toEqual(['NOT uins IN 7814']);
  });

  it('drops only the OR branch whose speaker matched no one', () => {
    const p = plan(
      q('speaker:coaker OR speaker:nobody'),
      new Map([
        ['coaker', ['Vernon Coaker']],
        ['nobody', []],
      ]),
    );
    expect(p.alternatives.map((a) => describeFilter(a.filter))).toEqual([['speakerName IN Vernon Coaker OR voters IN Vernon Coaker']]);
  });

  it('selectSpeakerNames keeps names holding every word whole, ignoring case and accents', () => {
    const names = ['Vernon Coaker', 'Mr Vernon Coaker', 'Coakerson', 'Tony McNulty', 'Lembit Öpik'];
    expect(selectSpeakerNames('coaker', names)).toEqual(['Vernon Coaker', 'Mr Vernon Coaker']);
    expect(selectSpeakerNames('Vernon Coaker', names)).toEqual(['Vernon Coaker', 'Mr Vernon Coaker']);
    expect(selectSpeakerNames('opik', names)).toEqual(['Lembit Öpik']);
    expect(selectSpeakerNames('  ', names)).toEqual([]);
  });
});

describe('planSearch: order, pages and grouping', () => {
  it('sorts by relevance only when there are words to rank', () => {
    expect(plan(q('crime')).sort).toBeUndefined();
    expect(plan('party=Labour').sort).toEqual([...SORTS.newest]);
    expect(plan(`${q('crime')}&sort=oldest`).sort).toEqual([...SORTS.oldest]);
  });

  it('turns page and perPage into offset and limit', () => {
    expect(plan('page=3&perPage=50')).toMatchObject({ page: 3, perPage: 50, offset: 100, limit: 50 });
  });

  it('groups by debate with distinct on the record id', () => {
    expect(plan('group=record').distinct).toBe('recordId');
    expect(plan('').distinct).toBeUndefined();
  });

  it('plans an empty search as one placeholder search', () => {
    expect(plan('').alternatives).toEqual([{ q: '', filter: undefined }]);
  });
});

describe('planSearch: any box text (fuzz)', () => {
  it('never throws, and every filter it writes reads back as whole expressions', () => {
    // operators, brackets and quotes; fields, bare or with a value, and an escaped quote; dates, a year, a house
    const piece = fc.constantFrom(
      ...['a', 'OR', 'NOT', '-', '(', ')', '"', ' '],
      ...['speaker:', 'section:lords', 'section:debates', 'party:', 'x\\"y'],
      ...['date:20071126', '20070101..20071231', 'year:2007', 'house:lords', 'to:2007-01-01'],
    );
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(text, (input) => {
        const request = parseSearchParams({ q: input.trim().slice(0, 500), party: 'Labour' });
        if (!request.ok) return;
        const result = planSearch(request.value, new Map([['', []]]));
        if (!result.ok) {
          expect(result.param).toBe('q');
          return;
        }
        for (const query of [...result.plan.alternatives, ...result.plan.facetQueries.flatMap((f) => f.queries)]) {
          for (const group of query.filter ?? []) for (const expression of group) expect(() => lexFilter(expression)).not.toThrow();
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('planSearch: written question status', () => {
  const planOn = (query: string, today: string) => {
    const request = parseSearchParams(new URLSearchParams(query));
    if (!request.ok) throw new Error(request.error);
    const result = planSearch(request.value, new Map(), new Map(), [], today);
    if (!result.ok) throw new Error(result.error);
    return result.plan;
  };

  it('filters stored statuses like any facet, and overdue on the day given', () => {
    const p = planOn('status=unanswered&status=overdue', '2024-01-12');
    expect(describeFilter(p.alternatives[0].filter)).toEqual([
      `questionStatus IN unanswered OR ( questionStatus = unanswered AND dueDay < ${toDayNumber('2024-01-12')} )`,
    ]);
    // The status facet is counted without its own selection.
    expect(p.facetQueries.find((f) => f.facet === 'status')?.queries[0].filter).toBeUndefined();
  });

  it('moves overdue on with the date', () => {
    expect(describeFilter(planOn('status=overdue', '2030-05-01').alternatives[0].filter)).toEqual([
      `( questionStatus = unanswered AND dueDay < ${toDayNumber('2030-05-01')} )`,
    ]);
  });

  it('takes status: in the search box too', () => {
    expect(describeFilter(planOn('q=status:overdue', '2024-01-12').alternatives[0].filter)).toEqual([
      `( questionStatus = unanswered AND dueDay < ${toDayNumber('2024-01-12')} )`,
    ]);
  });

  it('sorts by due day for sort=due', () => {
    expect(planOn('sort=due', '2024-01-12').sort).toEqual(['dueDay:asc', 'day:asc', 'position:asc']);
  });
});
