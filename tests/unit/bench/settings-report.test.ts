import { describe, expect, it } from 'vitest';
import { compareAnswers } from '../../../scripts/bench/settings-report';

describe('settings sweep: a variant compared with the before index', () => {
  const before = {
    'one word': { total: 10, ids: ['a', 'b', 'c', 'd'] },
    phrase: { total: 4, ids: ['e', 'f'] },
    'sort newest': { total: 7, ids: ['g', 'h'] },
  };

  it('names the queries whose totals changed or that fail, and the share of first-page hits kept', () => {
    const variant = {
      'one word': { total: 10, ids: ['b', 'a', 'x', 'y'] },
      phrase: { total: 5, ids: ['e', 'f'] },
      'sort newest': { error: 'position is not sortable' },
    };
    expect(compareAnswers(before, variant)).toEqual({ changed: ['phrase: 4 → 5', 'sort newest: fails (position is not sortable)'], topOverlap: 66.7 });
  });

  it('finds nothing to say about the same answers', () => {
    expect(compareAnswers(before, before)).toEqual({ changed: [], topOverlap: 100 });
  });
});
