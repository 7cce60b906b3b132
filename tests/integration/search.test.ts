import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchResult } from '../../lib/search/run-search';
import { indexSeeds } from './search-support';

let seeds: Awaited<ReturnType<typeof indexSeeds>>;
const q = (text: string, extra = '') => `q=${encodeURIComponent(text)}${extra}`;
const ids = (r: SearchResult) => r.hits.map((h) => h.id).sort();

beforeAll(async () => {
  seeds = await indexSeeds('it_search_syntax');
});

describe('box syntax against real Meilisearch', () => {
  it('finds trafficking when the user types "trafficing" (typo tolerance)', async () => {
    const r = await seeds.search(q('trafficing'));
    expect(r.total).toBeGreaterThanOrEqual(15);
    expect(r.hits.some((h) => h.snippet.toLowerCase().includes('<mark>traffick'))).toBe(true);
  });

  it('a quoted phrase matches exactly, without typos or synonyms, and -word excludes', async () => {
    const r = await seeds.search(q('"modern slavery" -children'));
    expect(r.total).toBeGreaterThanOrEqual(3);
    for (const hit of r.hits) {
      expect(seeds.textOf(hit.id)).toContain('modern slavery');
      expect(seeds.textOf(hit.id)).not.toContain('children');
    }
    expect((await seeds.search(q('"modern slavry"'))).total).toBe(0);
    expect((await seeds.search(q('modern slavry'))).total).toBeGreaterThan(0);
    // "human trafficking" is a synonym of "modern slavery" for words, never for a phrase
    const synonyms = await seeds.search(q('modern slavery'));
    expect(synonyms.total).toBeGreaterThan(r.total);
  });

  it('NOT word is the same as -word', async () => {
    const minus = await seeds.search(q('trafficking -women'));
    const not = await seeds.search(q('trafficking NOT women'));
    expect(minus.total).toBeGreaterThan(0);
    expect(ids(not)).toEqual(ids(minus));
    for (const hit of minus.hits) expect(seeds.textOf(hit.id)).not.toMatch(/\bwomen\b/);
  });

  it('OR runs one federated search: the union of both sides, each hit once', async () => {
    const either = await seeds.search(q('brothel OR sauna'));
    const brothel = await seeds.search(q('brothel'));
    const sauna = await seeds.search(q('sauna'));
    const union = [...new Set([...ids(brothel), ...ids(sauna)])].sort();
    expect(union.length).toBeGreaterThan(Math.max(brothel.total, sauna.total));
    expect(ids(either)).toEqual(union);
    expect(either.total).toBe(union.length);
  });

  it('one per debate works with OR (no distinct on a federation in Meilisearch 1.21)', async () => {
    const grouped = await seeds.search(q('brothel OR sauna', '&group=record'));
    expect(grouped.total).toBe(1);
    const records = (await seeds.search(q('trafficking', '&group=record'))).hits.map((h) => h.record.id);
    expect(new Set(records).size).toBe(records.length);
    expect(records.length).toBe(5);
  });

  it('speaker: takes a full name or a surname and returns only that speaker', async () => {
    const full = await seeds.search(q('speaker:"Vernon Coaker"'));
    const surname = await seeds.search(q('speaker:coaker'));
    expect(full.total).toBe(7);
    expect(ids(surname)).toEqual(ids(full));
    expect(full.hits.every((h) => h.speaker.name === 'Vernon Coaker')).toBe(true);
    expect((await seeds.search(q('speaker:"Baroness Williams"'))).hits.map((h) => h.speaker.name)).toEqual(['Baroness Williams of Trafford']);
    expect((await seeds.search(q('speaker:nobodyatall'))).total).toBe(0);
    const without = await seeds.search(q('trafficking -speaker:coaker'));
    expect(without.total).toBeGreaterThan(0);
    expect(without.hits.some((h) => h.speaker.name === 'Vernon Coaker')).toBe(false);
  });

  it('party:, department:, section: and dates filter', async () => {
    expect((await seeds.search(q('party:Labour'))).hits.every((h) => h.speaker.party === 'Labour')).toBe(true);
    const homeOffice = await seeds.search(q('department:"Home Office"'));
    expect(homeOffice.total).toBeGreaterThan(0);
    expect(homeOffice.facets.department).toEqual({ 'Home Office': homeOffice.total });
    expect((await seeds.search(q('section:lords'))).hits.every((h) => h.record.house === 'Lords')).toBe(true);
    expect((await seeds.search(q('section:wrans'))).hits.every((h) => h.record.kind === 'written-question')).toBe(true);
    const day = await seeds.search(q('date:20071126'));
    expect(day.total).toBe(14);
    expect(day.hits.every((h) => h.date === '2007-11-26')).toBe(true);
    expect(ids(await seeds.search(q('20070101..20071231')))).toEqual(ids(day));
    const range = await seeds.search(q('from:20210101 to:20211231'));
    expect(range.total).toBeGreaterThan(0);
    expect(range.hits.every((h) => h.date! >= '2021-01-01' && h.date! <= '2021-12-31')).toBe(true);
  });

  it('stop words do not narrow a search, whatever their case', async () => {
    const plain = await seeds.search(q('brothels'));
    expect(ids(await seeds.search(q('what the Minister said about brothels')))).toEqual(ids(await seeds.search(q('what said about brothels'))));
    expect(ids(await seeds.search(q('The Minister brothels')))).toEqual(ids(plain));
    expect(ids(await seeds.search(q('brothels Minister')))).toEqual(ids(plain));
    // only stop words: still a search for them, not every contribution
    const minister = await seeds.search(q('the Minister'));
    expect(minister.total).toBeGreaterThan(0);
    expect(minister.total).toBeLessThan(seeds.documents.length);
  });

  it('newest and oldest are strict date order, not relevance first', async () => {
    for (const sort of ['newest', 'oldest'] as const) {
      const dates = (await seeds.search(q('trafficking', `&sort=${sort}`))).hits.map((h) => h.date).filter((d): d is string => d !== null);
      const sorted = [...dates].sort();
      expect(dates).toEqual(sort === 'oldest' ? sorted : sorted.reverse());
    }
  });

  it('pages through results with a stable total', async () => {
    const first = await seeds.search(q('trafficking', '&perPage=5'));
    const second = await seeds.search(q('trafficking', '&perPage=5&page=2'));
    expect(first.hits).toHaveLength(5);
    expect(second.total).toBe(first.total);
    expect(ids(second).filter((id) => ids(first).includes(id))).toEqual([]);
  });
});

describe('filters and facets against real Meilisearch', () => {
  it('counts facets disjunctively: values of a selected facet keep their counts (OR within a facet)', async () => {
    const all = await seeds.search(q('trafficking'));
    const one = await seeds.search(q('trafficking', '&speaker=Vernon+Coaker'));
    expect(one.total).toBe(all.facets.speaker['Vernon Coaker']);
    expect(one.facets.speaker).toEqual(all.facets.speaker);
    const two = await seeds.search(q('trafficking', '&speaker=Vernon+Coaker&speaker=Phyllis+Starkey'));
    expect(two.total).toBe(all.facets.speaker['Vernon Coaker'] + all.facets.speaker['Phyllis Starkey']);
    // other facets count within the selection (AND across facets)
    expect(one.facets.year).toEqual({ '2007': 7 });
    expect((await seeds.search(q('trafficking', '&speaker=Vernon+Coaker&year=2021'))).total).toBe(0);
  });

  it('every facet count equals the hits that selecting it gives', async () => {
    const base = await seeds.search(q('trafficking'));
    let checked = 0;
    for (const [facet, counts] of Object.entries(base.facets)) {
      for (const [value, count] of Object.entries(counts)) {
        const params = new URLSearchParams({ q: 'trafficking', [facet]: value });
        expect({ facet, value, total: (await seeds.search(params)).total }).toEqual({ facet, value, total: count });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('counting without hits (facet values pages, trends) gives the totals and counts the full search gives', async () => {
    // One query, OR branches (federated), and OR grouped by debate (its total comes from a window of hits).
    for (const query of [q('trafficking'), q('trafficking', '&party=Labour'), q('brothel OR sauna'), q('brothel OR sauna', '&group=record')]) {
      const full = await seeds.search(query);
      expect(full.hits.length, query).toBeGreaterThan(0);
      for (const facet of ['speaker', 'party'] as const) {
        const counted = await seeds.search(query, { facets: [facet], hits: false });
        expect({ query, facet, hits: counted.hits.length, total: counted.total, counts: counted.facets[facet] }).toEqual({
          query,
          facet,
          hits: 0,
          total: full.total,
          counts: full.facets[facet],
        });
        expect(counted.facets.house, `${query} counts only ${facet}`).toEqual({});
      }
    }
  });

  it('lists the answering ministers in the minister facet', async () => {
    const r = await seeds.search('');
    expect(Object.keys(r.facets.minister)).toEqual(expect.arrayContaining(['Vernon Coaker', 'Baroness Williams of Trafford']));
  });

  it('recognises Acts at index time', async () => {
    const r = await seeds.search('');
    expect(Object.keys(r.facets.act)).toEqual(expect.arrayContaining(['Modern Slavery Act 2015', 'Online Safety Act 2023']));
    const act = await seeds.search('act=Online+Safety+Act+2023');
    expect(act.total).toBe(r.facets.act['Online Safety Act 2023']);
  });

  it('an injection attempt in a filter value matches nothing and does not error', async () => {
    for (const value of ['Labour" OR party EXISTS OR "', "Labour' OR 1=1 --", 'Labour\\" OR house = "Commons', ') OR (year > 0']) {
      const params = new URLSearchParams({ party: value });
      expect((await seeds.search(params)).total).toBe(0);
      expect((await seeds.search(q(`party:"${value.replaceAll('"', '')}" trafficking`))).total).toBe(0);
    }
    expect((await seeds.search(q('speaker:"x\\" OR speakerName EXISTS"'))).total).toBe(0);
  });
});
