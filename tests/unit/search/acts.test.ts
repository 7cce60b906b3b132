import { describe, expect, it } from 'vitest';
import { findActsMentioned } from '@/lib/search/acts';

describe('findActsMentioned', () => {
  it('finds Acts by title and year, without a leading "the"', () => {
    expect(findActsMentioned('The Online Safety Act 2023 sets out priority offences under the Modern Slavery Act 2015.')).toEqual([
      'Modern Slavery Act 2015',
      'Online Safety Act 2023',
    ]);
  });

  it('keeps "of" and "and" inside a title', () => {
    expect(findActsMentioned('under the Representation of the People Act 1983 and the Protection of Freedoms Act 2012')).toEqual([
      'Protection of Freedoms Act 2012',
      'Representation of the People Act 1983',
    ]);
  });

  it('names the Act, not a review or report about it', () => {
    expect(findActsMentioned('the Government commissioned an Independent Review of the Modern Slavery Act 2015 to identify')).toEqual([
      'Modern Slavery Act 2015',
    ]);
    expect(findActsMentioned('Part 1 of the Nationality and Borders Act 2022')).toEqual(['Nationality and Borders Act 2022']);
  });

  it('ignores an Act without a year', () => {
    expect(findActsMentioned('the Act gives law enforcement agencies the tools')).toEqual([]);
  });
});
