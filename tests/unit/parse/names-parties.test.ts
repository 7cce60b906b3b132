import { describe, expect, it } from 'vitest';
import { splitAffiliation } from '@/lib/parse/shared/parties';
import { normalizeParty } from '@/lib/vocabulary';
import { looksLikePersonName, splitDoubledName, stripHonorifics } from '@/lib/parse/shared/names';
import { readSpeakerLine } from '@/lib/parse/formats/hansard-speaker';

describe('party names', () => {
  it.each([
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
  ])('%s → %s', (printed, full) => expect(normalizeParty(printed)).toBe(full));

  it('knows nothing it was not told', () => {
    expect(normalizeParty('Home Office')).toBeNull();
    expect(normalizeParty('')).toBeNull();
    expect(normalizeParty('Speaker')).toBeNull();
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
  it('strips courtesy honorifics but keeps peerage titles', () => {
    expect(stripHonorifics('Dame Diana Johnson MP')).toBe('Diana Johnson');
    expect(stripHonorifics('Sir Edward Leigh')).toBe('Edward Leigh');
    expect(stripHonorifics('Mr. Denis MacShane')).toBe('Denis MacShane');
    expect(stripHonorifics('Rt Hon Yvette Cooper MP')).toBe('Yvette Cooper');
    expect(stripHonorifics('Baroness Williams of Trafford')).toBe('Baroness Williams of Trafford');
    expect(stripHonorifics('The Lord Bishop of Derby')).toBe('The Lord Bishop of Derby');
    expect(stripHonorifics('Mr Speaker')).toBe('Mr Speaker');
  });

  it('undoubles "Photo of X X"', () => {
    expect(splitDoubledName('Phyllis Starkey Phyllis Starkey Labour, Milton Keynes South West')).toEqual({
      name: 'Phyllis Starkey',
      rest: 'Labour, Milton Keynes South West',
    });
    expect(splitDoubledName('Lord Hanson of Flint Lord Hanson of Flint Minister of State')).toEqual({
      name: 'Lord Hanson of Flint',
      rest: 'Minister of State',
    });
    expect(splitDoubledName('Phyllis Starkey')).toBeNull();
    // alt text and printed name differing by an honorific
    expect(splitDoubledName('Dr Caroline Johnson Caroline Johnson Conservative, Sleaford and North Hykeham')).toEqual({
      name: 'Caroline Johnson',
      rest: 'Conservative, Sleaford and North Hykeham',
    });
    expect(splitDoubledName('Iain Duncan Smith Sir Iain Duncan Smith Conservative, Chingford and Woodford Green')).toEqual({
      name: 'Sir Iain Duncan Smith',
      rest: 'Conservative, Chingford and Woodford Green',
    });
  });

  it('tells names from headings', () => {
    expect(looksLikePersonName('Jess Phillips')).toBe(true);
    expect(looksLikePersonName('Lord Alton of Liverpool')).toBe(true);
    expect(looksLikePersonName('Topical Questions')).toBe(false);
    expect(looksLikePersonName('Sexual Exploitation and Trafficking')).toBe(false);
    expect(looksLikePersonName('I thank the Minister.')).toBe(false);
  });
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
