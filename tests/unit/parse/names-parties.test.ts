import { describe, expect, it } from 'vitest';
import { splitAffiliation } from '@/lib/parse/shared/parties';
import { normalizeParty } from '@/lib/vocabulary';
import { looksLikePersonName, nameKey, splitDoubledName, stripHonorifics } from '@/lib/parse/shared/names';
import { readSpeakerLine } from '@/lib/parse/formats/hansard-speaker';
import { expectEach, itEach } from '../../support/cases';
import { MAX_COST_RATIO, measureCost, measureRatio } from '../../support/parse-cost';

describe('party names', () => {
  itEach('%s → %s', normalizeParty, [
    ['Lab', 'Labour'],
    ['Con', 'Conservative'],
    ['LD', 'Liberal Democrat'],
    ['Lib Dem', 'Liberal Democrat'],
    ['LDem', 'Liberal Democrat'],
    ['SNP', 'Scottish National Party'],
    ['PC', 'Plaid Cymru'],
    ['DUP', 'Democratic Unionist Party'],
    ['SDLP', 'Social Democratic and Labour Party'],
    ['SF', 'Sinn Féin'],
    ['Green', 'Green Party'],
    ['Ind', 'Independent'],
    ['CB', 'Crossbench'],
    ['Crossbench', 'Crossbench'],
    ['Bishop', 'Bishops'],
    ['Lab/Co-op', 'Labour/Co-operative'],
    ['Labour', 'Labour'],
  ]);

  it('knows nothing it was not told', () => {
    expectEach(normalizeParty, [
      ['Home Office', null],
      ['', null],
      ['Speaker', null],
    ]);
    expect(normalizeParty('Speaker', true)).toBe('Speaker');
  });

  it('splits party and constituency as TWFY and Parallel Parliament print them', () => {
    expect(splitAffiliation('Labour, Milton Keynes South West')).toEqual({ party: 'Labour', constituency: 'Milton Keynes South West' });
    expect(splitAffiliation('Labour - Birmingham Yardley')).toEqual({ party: 'Labour', constituency: 'Birmingham Yardley' });
    expect(splitAffiliation('Crossbench')).toEqual({ party: 'Crossbench', constituency: null });
    expect(splitAffiliation('Parliamentary Under-Secretary (Home Office) (Crime Reduction)')).toBeNull();
    expect(splitAffiliation('Shadow Minister, Innovation, Universities and Skills')).toBeNull();
  });
});

describe('names and honorifics', () => {
  itEach('strips courtesy honorifics but keeps peerage titles: %s → %s', stripHonorifics, [
    ['Dame Diana Johnson MP', 'Diana Johnson'],
    ['Sir Edward Leigh', 'Edward Leigh'],
    ['Mr. Denis MacShane', 'Denis MacShane'],
    ['Rt Hon Yvette Cooper MP', 'Yvette Cooper'],
    ['Baroness Williams of Trafford', 'Baroness Williams of Trafford'],
    ['The Lord Bishop of Derby', 'The Lord Bishop of Derby'],
    ['Mr Speaker', 'Mr Speaker'],
  ]);

  it('undoubles "Photo of X X"', () => {
    const doubled: Array<[printed: string, name: string, rest: string]> = [
      ['Phyllis Starkey Phyllis Starkey Labour, Milton Keynes South West', 'Phyllis Starkey', 'Labour, Milton Keynes South West'],
      ['Lord Hanson of Flint Lord Hanson of Flint Minister of State', 'Lord Hanson of Flint', 'Minister of State'],
      // alt text and printed name differing by an honorific
      ['Dr Caroline Johnson Caroline Johnson Conservative, Sleaford and North Hykeham', 'Caroline Johnson', 'Conservative, Sleaford and North Hykeham'],
      [
        'Iain Duncan Smith Sir Iain Duncan Smith Conservative, Chingford and Woodford Green',
        'Sir Iain Duncan Smith',
        'Conservative, Chingford and Woodford Green',
      ],
    ];
    for (const [printed, name, rest] of doubled) expect(splitDoubledName(printed), printed).toEqual({ name, rest });
    expect(splitDoubledName('Phyllis Starkey')).toBeNull();
  });

  itEach('tells names from headings: %s → %s', looksLikePersonName, [
    ['Jess Phillips', true],
    ['Lord Alton of Liverpool', true],
    ['Topical Questions', false],
    ['Sexual Exploitation and Trafficking', false],
    ['I thank the Minister.', false],
  ]);
});

describe('Hansard speaker lines', () => {
  const none = new Set<string>();
  it('reads member, office and peer forms', () => {
    expect(readSpeakerLine('Tonia Antoniazzi (Gower) (Lab)', none)?.speaker).toEqual({
      name: 'Tonia Antoniazzi',
      role: null,
      party: 'Labour',
      constituency: 'Gower',
    });
    expect(readSpeakerLine('The Parliamentary Under-Secretary of State for the Home Department (Jess Phillips)', none)?.speaker).toEqual({
      name: 'Jess Phillips',
      role: 'The Parliamentary Under-Secretary of State for the Home Department',
      party: null,
      constituency: null,
    });
    expect(readSpeakerLine('Lord Alton of Liverpool (CB)', none)?.speaker).toEqual({
      name: 'Lord Alton of Liverpool',
      role: null,
      party: 'Crossbench',
      constituency: null,
    });
    expect(readSpeakerLine('The Minister of State, Home Office (Lord Hanson of Flint) (Lab)', none)?.speaker).toEqual({
      name: 'Lord Hanson of Flint',
      role: 'The Minister of State, Home Office',
      party: 'Labour',
      constituency: null,
    });
    expect(readSpeakerLine('1. Dame Diana Johnson (Kingston upon Hull North and Cottingham) (Lab)', none)).toMatchObject({
      numbered: true,
      speaker: { name: 'Diana Johnson' },
    });
    expect(readSpeakerLine('Mr Speaker', none)?.speaker.role).toBe('Mr Speaker');
  });

  it('takes a bare name only for a member already introduced', () => {
    expect(readSpeakerLine('Jess Phillips', none)).toBeNull();
    expect(readSpeakerLine('Jess Phillips', new Set(['jess phillips']))?.speaker.name).toBe('Jess Phillips');
  });

  it('does not read text as a speaker line', () => {
    expect(readSpeakerLine('What steps her Department is taking to tackle modern slavery.', none)).toBeNull();
    expect(readSpeakerLine('Online platforms (including search engines) have duties', none)).toBeNull();
  });
});

describe('post-nominals on a hostile name', () => {
  it(`20,000 " MP" cost within ${MAX_COST_RATIO}× a name of ordinary words as long (the end-anchored pattern restarted at every space)`, () => {
    const hostile = `A${' MP'.repeat(20_000)} x`;
    const ordinary = `A${' Jo'.repeat(20_000)} x`;
    const baseline = measureCost(ordinary.length, () => nameKey(ordinary));
    expect(measureRatio(() => nameKey(hostile), hostile.length, [baseline]).ratio).toBeLessThanOrEqual(MAX_COST_RATIO);
    expect(stripHonorifics('Sir John Smith OBE, MP')).toBe(stripHonorifics('Sir John Smith'));
  });
});
