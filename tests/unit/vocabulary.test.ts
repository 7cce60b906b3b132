/** The shared vocabulary: printed party spellings and register party labels meet on one full name. */
import { describe, expect, it } from 'vitest';
import { toNameKey } from '@/lib/members/names';
import { stripHonorifics } from '@/lib/parse/shared/names';
import { genderOfTitle, normalizeParty, toPartyName } from '@/lib/vocabulary';
import { itEach } from '../support/cases';

describe('register party labels', () => {
  itEach('%s → %s', toPartyName, [
    ['Labour Party', 'Labour'],
    ['Labour Co-operative', 'Labour/Co-operative'],
    ['Liberal Democrats', 'Liberal Democrat'],
    ['Conservative Party', 'Conservative'],
    ['independent politician', 'Independent'],
    ['Speaker of the House of Commons', 'Speaker'],
    // The same party the printed "(Green)" gives, so one party is one facet value.
    ['Green', 'Green Party'],
    ['Green Party of England and Wales', 'Green Party'],
    ['Crossbench', 'Crossbench'],
  ]);

  itEach('keeps labels it does not know, and gives null for none: %j → %j', toPartyName, [
    ['Law Lord', 'Law Lord'],
    ['Chairman of Ways and Means', 'Chairman of Ways and Means'],
    ['  ', null],
    [null, null],
  ]);

  it('does not read register-only labels as printed parties', () => {
    expect(normalizeParty('Speaker of the House of Commons', true)).toBeNull();
    expect(normalizeParty('independent politician')).toBeNull();
  });
});

describe('honorifics and post-nominals', () => {
  it('are dropped the same way from printed names and from register keys', () => {
    for (const printed of ['Mr. Vernon Coaker MP', 'The Rt Hon Vernon Coaker', 'Dr Vernon Coaker KC', 'Sir Vernon Coaker MEP']) {
      expect(stripHonorifics(printed), printed).toBe('Vernon Coaker');
      expect(toNameKey(printed).key, printed).toBe('vernon coaker');
    }
  });

  it('keep peerage titles, which are the name', () => {
    expect(stripHonorifics('Baroness Williams of Trafford')).toBe('Baroness Williams of Trafford');
    expect(toNameKey('Baroness Williams of Trafford').key).toBe('baroness williams of trafford');
  });

  it('say what a title tells of its bearer, and nothing else', () => {
    expect([genderOfTitle('Dame'), genderOfTitle('Viscountess'), genderOfTitle('Lord'), genderOfTitle('Dr')]).toEqual(['f', 'f', 'm', null]);
  });
});
