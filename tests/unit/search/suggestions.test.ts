import { describe, expect, it } from 'vitest';
import { parseSearchParams, toSearchParams } from '@/lib/search/search-params';
import { suggestLooserSearches } from '@/lib/search/suggestions';

const suggest = (query: string) => {
  const parsed = parseSearchParams(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.error);
  return suggestLooserSearches({ ...parsed.value, page: 3 }).map((s) => toSearchParams(s.request).toString());
};

describe('suggestLooserSearches', () => {
  it('drops one filter at a time, and the dates together', () => {
    expect(suggest('q=trafficking&party=Labour&house=Lords&from=2020-01-01')).toEqual([
      'q=trafficking&house=Lords&from=2020-01-01',
      'q=trafficking&party=Labour&from=2020-01-01',
      'q=trafficking&party=Labour&house=Lords',
    ]);
  });

  it('removes quotes from a phrase, or leaves out one word at a time', () => {
    expect(suggest('q=%22modern+slavry%22')).toEqual(['q=modern+slavry']);
    expect(suggest('q=trafficking+zzxq')).toEqual(['q=zzxq', 'q=trafficking']);
    expect(suggest('q=trafficking')).toEqual([]);
  });
});
