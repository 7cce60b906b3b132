/**
 * Case tables for the small pure functions unit tests check value by value: a case a line instead
 * of an `expect` (or a test callback) a case, compared with `toBe`, so `null` means exactly null.
 */
import { expect, it } from 'vitest';

type Plain = string | number | boolean | null | undefined;
type Cases<I, O> = Array<[input: I, expected: O]>;

/** A test per case, titled as `it.each` titles them (`%s`, `%j`: the input, then the expected value): `fn(input)` is `expected`. */
export function itEach<I, O extends Plain>(title: string, fn: (input: I) => O, cases: Cases<I, O>): void {
  it.each(cases)(title, (input, expected) => {
    expect(fn(input)).toBe(expected);
  });
}

/** Within one test, for every case, `fn(input)` is `expected`; a failure names the input. */
export function expectEach<I, O extends Plain>(fn: (input: I) => O, cases: Cases<I, O>): void {
  for (const [input, expected] of cases) expect(fn(input), `${fn.name}(${JSON.stringify(input)})`).toBe(expected);
}
