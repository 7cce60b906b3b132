import { describe, expect, it } from 'vitest';
import { chooseGranularity, listPeriods, parseTrendsParams, periodSearchHref, termQuery, toTrendsHref } from '@/lib/search/trends-params';
import { toPer10000 } from '@/lib/search/trends';
import { itEach } from '../../support/cases';

const parse = (qs: string) => parseTrendsParams(new URLSearchParams(qs));

describe('parseTrendsParams', () => {
  it('reads comma-separated terms, trimmed and without repeats, and the search filters', () => {
    const r = parse('terms=fracking,+net+zero ,fracking&house=Commons&from=2010-01-01&split=party');
    expect(r.ok && r.value.terms).toEqual(['fracking', 'net zero']);
    expect(r.ok && r.value.split).toBe('party');
    expect(r.ok && r.value.filters.facets.house).toEqual(['Commons']);
    expect(r.ok && r.value.filters.from).toBe('2010-01-01');
  });

  it('ignores q: the terms are what is counted', () => {
    const r = parse('terms=a&q=other');
    expect(r.ok && r.value.filters.q).toBe('');
  });

  it('refuses a fifth term, naming the parameter', () => {
    expect(parse('terms=a,b,c,d,e')).toMatchObject({ ok: false, param: 'terms' });
  });

  it('refuses an unknown split or format and a bad filter, naming each', () => {
    expect(parse('terms=a&split=house')).toMatchObject({ ok: false, param: 'split' });
    expect(parse('terms=a&format=xlsx')).toMatchObject({ ok: false, param: 'format' });
    expect(parse('terms=a&from=yesterday')).toMatchObject({ ok: false, param: 'from' });
  });

  it('round-trips through toTrendsHref', () => {
    const r = parse('terms=net+zero,fracking&split=party&party=Labour&to=2020-12-31');
    if (!r.ok) throw new Error(r.error);
    const again = parseTrendsParams(new URL(toTrendsHref(r.value, 'csv'), 'http://x').searchParams);
    expect(again).toEqual({ ok: true, value: { ...r.value, format: 'csv' } });
  });
});

describe('periods', () => {
  it('counts months when both ends are given and span at most 36 months, years otherwise', () => {
    expect(chooseGranularity({ from: '2007-01-01', to: '2009-12-31' })).toBe('month');
    expect(chooseGranularity({ from: '2007-01-01', to: '2010-01-01' })).toBe('year');
    expect(chooseGranularity({ from: '2007-01-01', to: null })).toBe('year');
  });

  it('clips the first and last period to the range asked for', () => {
    expect(listPeriods({ from: '2007-11-15', to: '2008-02-03' }, 2007, 2008)).toEqual([
      { key: '2007-11', from: '2007-11-15', to: '2007-11-30' },
      { key: '2007-12', from: '2007-12-01', to: '2007-12-31' },
      { key: '2008-01', from: '2008-01-01', to: '2008-01-31' },
      { key: '2008-02', from: '2008-02-01', to: '2008-02-03' },
    ]);
    expect(listPeriods({ from: '2005-06-01', to: null }, 2005, 2007).map((p) => `${p.key}:${p.from}..${p.to}`)).toEqual([
      '2005:2005-06-01..2005-12-31',
      '2006:2006-01-01..2006-12-31',
      '2007:2007-01-01..2007-12-31',
    ]);
  });

  it('knows February of a leap year', () => {
    expect(listPeriods({ from: '2024-02-01', to: '2024-02-29' }, 2024, 2024)).toEqual([{ key: '2024-02', from: '2024-02-01', to: '2024-02-29' }]);
  });
});

describe('what a count links to', () => {
  itEach('searches several words as a phrase, and leaves query syntax alone: %s → %s', termQuery, [
    ['net zero', '"net zero"'],
    ['fracking', 'fracking'],
    ['brothel OR sauna', 'brothel OR sauna'],
    ['"modern slavery"', '"modern slavery"'],
  ]);

  it('links a point to the search it counts: the term, the period and the same filters', () => {
    const r = parse('terms=net+zero&house=Lords');
    if (!r.ok) throw new Error(r.error);
    const href = periodSearchHref(r.value.filters, 'net zero', { key: '2021', from: '2021-01-01', to: '2021-12-31' }, 'Labour');
    const params = new URL(href, 'http://x').searchParams;
    expect(href.startsWith('/search?')).toBe(true);
    expect(Object.fromEntries(params)).toEqual({ q: '"net zero"', house: 'Lords', party: 'Labour', from: '2021-01-01', to: '2021-12-31' });
  });

  it('gives the rate per 10,000 to one decimal, and none for a period without contributions', () => {
    expect(toPer10000(1, 7)).toBe(1428.6);
    expect(toPer10000(0, 12)).toBe(0);
    expect(toPer10000(0, 0)).toBeNull();
  });
});
