/**
 * Query strings whose keys are odd: names every JavaScript object has, repeated keys, an empty key,
 * a very long key, encoded brackets. Each shared parser (tests/unit/http/odd-query-keys.test.ts) and
 * every route (tests/e2e/odd-query-keys.spec.ts) must ignore them or answer 400, never 500.
 */
export const ODD_QUERIES: readonly string[] = [
  'toString=1',
  '__proto__=1',
  '__proto__[x]=1',
  'constructor=1',
  'constructor.prototype=1',
  'hasOwnProperty=1',
  'valueOf=x&toString=y&isPrototypeOf=z',
  '__defineGetter__=1&__lookupGetter__=1&propertyIsEnumerable=1',
  'toString=1&toString=2&toString=3',
  'x=1&x=2&x=3',
  '=1',
  '=',
  '&&&',
  'a',
  `${'k'.repeat(4000)}=1`,
  `k=${'v'.repeat(4000)}`,
  '%00=1',
  '%E2%80%AE=1',
  'then=1',
];
