/**
 * Query strings with keys that are names on every object (`toString`, `__proto__`, …), repeated,
 * empty or very long: every shared parser answers them with a value (unknown keys ignored) or a
 * one-line error naming the parameter, and never throws. `/trends?toString=1` answered 500 when
 * the trends parser gathered parameters in a plain object.
 */
import { describe, expect, it } from 'vitest';
import { sittingsPageParamsSchema, speakerPageParamsSchema } from '@/lib/http/route-params';
import { parseQuestionSearchParams, parseSearchParams } from '@/lib/search/search-params';
import { parseTrendsParams } from '@/lib/search/trends-params';
import { ODD_QUERIES } from '../../support/odd-queries';

/** The same query as a page gets it (a record of strings and arrays) and as a route handler does. */
function asRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  params.forEach((value, key) => {
    const had = Object.hasOwn(record, key) ? record[key] : undefined;
    Object.defineProperty(record, key, {
      value: had === undefined ? value : [...(Array.isArray(had) ? had : [had]), value],
      enumerable: true,
      configurable: true,
      writable: true,
    });
  });
  return record;
}

const PARSERS: Array<[string, (input: URLSearchParams | Record<string, string | string[]>) => { ok: boolean }]> = [
  ['parseSearchParams', parseSearchParams],
  ['parseQuestionSearchParams', parseQuestionSearchParams],
  ['parseTrendsParams', parseTrendsParams],
];

describe.each(ODD_QUERIES)('the query %s', (query) => {
  const params = new URLSearchParams(query);

  it.each(PARSERS)('%s answers it without throwing, ignoring the unknown keys', (_name, parse) => {
    for (const input of [params, asRecord(params)]) {
      const parsed = parse(input);
      // Only known parameters can make a query invalid; these carry none of them.
      expect(parsed.ok).toBe(true);
    }
  });

  it('the speaker and sittings page schemas ignore it', () => {
    const record = asRecord(params);
    expect(speakerPageParamsSchema.safeParse({ slug: 'a-b', page: record.page, person: record.person, as: record.as }).success).toBe(true);
    expect(sittingsPageParamsSchema.safeParse(record).success).toBe(true);
  });
});

it('a known parameter given an odd value is a one-line error naming it, not an exception', () => {
  const parsed = parseTrendsParams(new URLSearchParams('terms=a&split=toString'));
  expect(parsed).toMatchObject({ ok: false, param: 'split' });
  const search = parseSearchParams(new URLSearchParams('q=a&page=__proto__'));
  expect(search).toMatchObject({ ok: false, param: 'page' });
});
