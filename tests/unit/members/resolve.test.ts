import { describe, expect, it } from 'vitest';
import { buildRegisterIndex, resolveSpeaker, type Register, type SpeakerToResolve } from '@/lib/members';
import { splitOfficeAndName, toNameKey } from '@/lib/members/names';

// The two Angela Smiths: alike in all but their seats, so only a printed seat tells them apart.
const angelaSmith = (n: number, constituency: string): Register['persons'][number] => ({
  id: `p/${n}`,
  name: 'Angela Smith',
  memberships: [
    {
      id: `m/${n}`,
      house: 'commons',
      given_name: 'Angela',
      family_name: 'Smith',
      honorific: 'Ms',
      party: 'Lab',
      party_name: 'Labour',
      constituency,
      start_date: '2005-05-05',
      end_date: '2010-04-12',
    },
  ],
});

// A hand-made register: two Smiths in the Commons at once, a peer with a short form, a Speaker,
// an alias bound by dates, and offices of both files' kinds.
const register: Register = {
  organizations: { 'home-office': 'Home Office', 'house-of-commons': 'House of Commons' },
  constituencies: [{ names: ['Oxford West and Abingdon', 'Oxford West & Abingdon'] }],
  persons: [
    {
      id: 'p/1',
      name: 'Vernon Coaker',
      names: [
        { name: 'Vernon Coaker', kind: 'full' },
        { name: 'Mr Coaker', kind: 'title+surname' },
      ],
      memberships: [
        {
          id: 'm/1',
          house: 'commons',
          given_name: 'Vernon',
          family_name: 'Coaker',
          honorific: 'Mr',
          party: 'Lab',
          party_name: 'Labour',
          constituency: 'Gedling',
          start_date: '2005-05-05',
          end_date: '2010-04-12',
        },
      ],
      offices: [
        {
          id: 'o/1',
          role: 'Parliamentary Under-Secretary (Home Office) (Crime Reduction)',
          organization_id: 'house-of-commons',
          kind: 'governmentpost',
          start_date: '2007-07-02',
          end_date: '2008-10-05',
        },
        { id: 'o/2', role: 'Whip', organization_id: 'house-of-commons', kind: 'ministerial', start_date: '2005-05-10', end_date: '2006-05-05' },
      ],
    },
    angelaSmith(2, 'Basildon'),
    angelaSmith(3, 'Sheffield Hillsborough'),
    {
      id: 'p/4',
      name: 'Evan Harris',
      memberships: [
        {
          id: 'm/4',
          house: 'commons',
          given_name: 'Evan',
          family_name: 'Harris',
          party: 'LDem',
          party_name: 'Liberal Democrat',
          constituency: 'Oxford West & Abingdon',
          start_date: '2005-05-05',
          end_date: '2010-04-12',
        },
      ],
      offices: [{ id: 'o/3', role: 'Shadow Minister', organization_id: 'home-office', kind: 'ministerial', start_date: '2007-07-05' }],
    },
    {
      id: 'p/5',
      name: 'Baroness Williams of Trafford',
      names: [{ name: 'Baroness Williams of Trafford', kind: 'peerage' }],
      memberships: [
        {
          id: 'l/5',
          house: 'lords',
          display_name: 'Baroness Williams of Trafford',
          honorific: 'Baroness',
          lordname: 'Williams',
          lordofname: 'Trafford',
          party: 'Con',
          party_name: 'Conservative',
          start_date: '2013-11-05',
        },
      ],
      offices: [
        { id: 'o/5', role: 'The Minister of State, Home Department', organization_id: 'house-of-commons', kind: 'governmentpost', start_date: '2016-07-17' },
      ],
    },
    {
      id: 'p/6',
      name: 'John Bercow',
      names: [{ name: 'The Speaker', kind: 'alias', from: '2009-06-22', to: '2019-11-04' }],
      memberships: [
        {
          id: 'm/6',
          house: 'commons',
          given_name: 'John',
          family_name: 'Bercow',
          party: 'SPK',
          party_name: 'Speaker',
          constituency: 'Buckingham',
          start_date: '2009-06-22',
          end_date: '2010-04-12',
        },
      ],
    },
  ],
};
const index = buildRegisterIndex(register);
const resolve = (s: SpeakerToResolve) => resolveSpeaker(index, s);
const speaker = (s: Partial<SpeakerToResolve>): SpeakerToResolve => ({
  name: null,
  role: null,
  party: null,
  constituency: null,
  date: '2007-11-26',
  house: 'Commons',
  ...s,
});

describe('resolveSpeaker', () => {
  it('trusts the source reference, and names what the register lacks instead of guessing', () => {
    expect(resolve(speaker({ name: 'Someone Else', sourceRef: 'm/1' }))).toMatchObject({
      status: 'resolved',
      method: 'source-ref',
      personId: 'p/1',
      party: 'Labour',
      constituency: 'Gedling',
    });
    const missing = resolve(speaker({ name: 'Vernon Coaker', sourceRef: 'uk.org.publicwhip/person/26486' }));
    expect(missing).toMatchObject({ status: 'unknown', personId: null });
    expect(missing?.reason).toMatch(/not in the member register/);
  });

  it('matches printed forms with honorifics, post-nominals and an office printed around the name', () => {
    for (const name of [
      'Vernon Coaker',
      'Mr. Vernon Coaker MP',
      'The Rt Hon Vernon Coaker',
      'Mr Coaker',
      'The Parliamentary Under-Secretary of State for the Home Department (Vernon Coaker)',
    ]) {
      expect(resolve(speaker({ name }))?.personId, name).toBe('p/1');
    }
  });

  it('gives the offices held on the date from the register, government posts marked', () => {
    const r = resolve(speaker({ name: 'Vernon Coaker', role: 'Minister for Schools' }))!;
    expect(r.offices.map((o) => [o.title, o.government])).toEqual([['Parliamentary Under-Secretary (Home Office) (Crime Reduction)', true]]);
    expect(r.minister).toBe(true);
    expect(resolve(speaker({ name: 'Vernon Coaker', date: '2009-01-01' }))?.offices).toEqual([]);
  });

  it('keeps two people who fit unresolved, and lets a printed seat tell them apart', () => {
    const both = resolve(speaker({ name: 'Angela Smith' }))!;
    expect(both).toMatchObject({ status: 'ambiguous', personId: null });
    expect(both.candidates.sort()).toEqual(['p/2', 'p/3']);
    expect(both.reason).toMatch(/fits 2 members/);
    expect(resolve(speaker({ name: 'Angela Smith', constituency: 'Basildon' }))).toMatchObject({ status: 'resolved', personId: 'p/2' });
    expect(resolve(speaker({ name: 'Ms Smith' }))?.status).toBe('ambiguous');
  });

  it('refuses a name whose printed seat contradicts the only candidate', () => {
    const r = resolve(speaker({ name: 'Vernon Coaker', constituency: 'Nottingham North' }))!;
    expect(r.status).toBe('unknown');
    expect(r.reason).toMatch(/prints Nottingham North/);
  });

  it('fills party and the official seat spelling for a speaker printed with an office instead', () => {
    expect(resolve(speaker({ name: 'Evan Harris', role: 'Shadow Minister, Innovation, Universities and Skills' }))).toMatchObject({
      status: 'resolved',
      party: 'Liberal Democrat',
      constituency: 'Oxford West and Abingdon',
      minister: false,
    });
  });

  it('checks the date and house: nobody outside their seat, nobody without a date', () => {
    expect(resolve(speaker({ name: 'Vernon Coaker', date: '2012-01-01' }))?.status).toBe('unknown');
    expect(resolve(speaker({ name: 'Vernon Coaker', house: 'Lords' }))?.status).toBe('unknown');
    expect(resolve(speaker({ name: 'Vernon Coaker', date: null }))?.reason).toMatch(/no date/);
    expect(resolve(speaker({ name: null }))).toBeNull();
  });

  it('finds peers by title, short title and the chair by who held it that day', () => {
    const lords = { date: '2021-03-10', house: 'Lords' as const };
    const williams = resolve(speaker({ name: 'Baroness Williams of Trafford', role: 'Chief Whip', ...lords }))!;
    expect(williams).toMatchObject({ status: 'resolved', personId: 'p/5', party: 'Conservative', minister: true });
    // Held since 2016 with no end in a register whose offices stop in 2020: said so, not hidden.
    expect(williams.offices[0]).toMatchObject({ title: 'The Minister of State, Home Department', beyondRegister: true });
    expect(resolve(speaker({ name: 'Baroness Williams', ...lords }))?.personId).toBe('p/5');
    expect(resolve(speaker({ name: 'Mr. Speaker', date: '2009-10-26' }))?.personId).toBe('p/6');
    // Without the alias, the chair is found from who sat as Speaker (party code SPK) that day.
    const noAlias = buildRegisterIndex({ ...register, persons: register.persons.map((p) => ({ ...p, names: [] })) });
    expect(resolveSpeaker(noAlias, speaker({ name: 'Mr. Speaker', date: '2009-10-26' }))).toMatchObject({ personId: 'p/6', method: 'chair' });
    expect(resolveSpeaker(noAlias, speaker({ name: 'Mr. Deputy Speaker', date: '2009-10-26' }))?.status).toBe('unknown');
  });

  it('does not count a pre-2010 opposition post as a government office', () => {
    expect(resolve(speaker({ name: 'Evan Harris' }))?.offices).toMatchObject([{ title: 'Shadow Minister', department: 'Home Office', government: false }]);
  });
});

describe('name keys', () => {
  it('drop courtesy titles but keep peerages', () => {
    expect(toNameKey('Mr. Dennis Skinner MP')).toMatchObject({ key: 'dennis skinner', honorific: 'mr', gender: 'm' });
    expect(toNameKey('The Lord Bishop of Winchester').key).toBe('bishop of winchester');
    expect(toNameKey('Baroness Williams of Trafford')).toMatchObject({ key: 'baroness williams of trafford', gender: 'f' });
    expect(toNameKey('Madam Deputy Speaker').key).toBe('deputy speaker');
    expect(toNameKey('Mr Speaker').key).toBe('speaker');
  });

  it('split an office printed around a name, and leave a party in brackets alone', () => {
    expect(splitOfficeAndName('The Minister for Schools (Jim Knight)')).toEqual({ office: 'The Minister for Schools', name: 'Jim Knight' });
    expect(splitOfficeAndName('Lord Smith (Con)')).toBeNull();
  });
});
