import { describe, expect, it } from 'vitest';
import { findDate, findDates, parseDate, toIsoDate } from '@/lib/parse/shared/dates';
import { findTime, parseTime } from '@/lib/parse/shared/times';
import { expectEach, itEach } from '../../support/cases';

describe('dates', () => {
  itEach('reads %s', parseDate, [
    ['26th November 2007', '2007-11-26'],
    ['8 October 2024', '2024-10-08'],
    ['Monday 24 February 2025', '2025-02-24'],
    ['Monday, 24 February 2025', '2025-02-24'],
    ['1st Feb 2021', '2021-02-01'],
    ['3rd Sept 2019', '2019-09-03'],
    ['February 24, 2025', '2025-02-24'],
    ['24/02/2025', '2025-02-24'],
    ['17 October 2024.', '2024-10-17'],
  ]);

  it('refuses dates that do not exist', () => {
    expectEach(parseDate, [
      ['30 February 2024', null],
      ['29 February 2023', null],
      ['29 February 2024', '2024-02-29'],
    ]);
    expect(toIsoDate(2024, 13, 1)).toBeNull();
  });

  it('does not read a whole sentence as a date', () => {
    expect(parseDate('This was answered on 17 October 2024')).toBeNull();
  });

  it('finds dates inside text, in order', () => {
    const text = 'in the House of Commons at 2:30 pm on 26th November 2007. Later, on 1 December 2007';
    expect(findDates(text).map((d) => d.iso)).toEqual(['2007-11-26', '2007-12-01']);
    expect(findDate('UIN 7814, tabled on 8 October 2024')?.iso).toBe('2024-10-08');
    expect(findDate('no date here, only 2024')).toBeNull();
  });
});

describe('times', () => {
  itEach('reads %s', parseTime, [
    ['2:30 pm', '14:30'],
    ['2.30pm', '14:30'],
    ['12:05 am', '00:05'],
    ['12:00 pm', '12:00'],
    ['9 am', '09:00'],
    ['9:30 a.m.', '09:30'],
    ['14:30', '14:30'],
    ['12 noon', '12:00'],
  ]);

  itEach('refuses impossible times and plain numbers: %s → %s', parseTime, [
    ['13:30 pm', null],
    ['25:00', null],
    ['7814', null],
  ]);

  it('finds the time in a speaker line', () => {
    expect(findTime('Labour, Milton Keynes South West 2:30 pm, 26th November 2007')?.hhmm).toBe('14:30');
  });
});
