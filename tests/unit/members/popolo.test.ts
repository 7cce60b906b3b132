import { describe, expect, it } from 'vitest';
import { convertPopoloRegister, toEndDate, toStartDate } from '../../../lib/members/popolo';
import { ministersJsonSchema, peopleJsonSchema } from '../../../lib/members/popolo-schema';
import { checkRegisterJson } from '../../../lib/members/load';
import { buildRegisterIndex } from '../../../lib/members/register-index';
import { resolveSpeaker } from '../../../lib/members/resolve';
import { readSharedRegister, toPeopleJson } from '../../support/popolo-people';

// Shaped as parlparse's people.json: memberships apart from persons, parties and chambers as
// organizations, seats as posts, dated names in other_names, a merged person as {id, redirect}.
const PEOPLE = peopleJsonSchema.parse({
  persons: [
    {
      id: 'uk.org.publicwhip/person/10003',
      identifiers: [{ scheme: 'datadotparl_id', identifier: '631' }],
      other_names: [
        { note: 'Main', honorific_prefix: 'Mrs', given_name: 'Irene', family_name: 'Adams', end_date: '2005-07' },
        { note: 'Main', honorific_prefix: 'Baroness', given_name: 'Irene', lordname: 'Adams', lordofname: 'Craigielea', start_date: '2005-07-18' },
        { note: 'Alternate', name: 'The Chair of the Scottish Affairs Committee', start_date: '2001', end_date: '2005' },
      ],
    },
    { id: 'uk.org.publicwhip/person/99999', redirect: 'uk.org.publicwhip/person/10003' },
    { id: 'uk.org.publicwhip/person/20000', other_names: [{ note: 'Main', given_name: 'Only', family_name: 'Msp' }] },
  ],
  memberships: [
    {
      id: 'uk.org.publicwhip/member/3',
      person_id: 'uk.org.publicwhip/person/99999',
      post_id: 'cons/1',
      on_behalf_of_id: 'labour',
      start_date: '1997-05',
      end_date: '2005',
    },
    {
      id: 'uk.org.publicwhip/lord/100867',
      person_id: 'uk.org.publicwhip/person/10003',
      organization_id: 'house-of-lords',
      on_behalf_of_id: 'labour',
      start_date: '2005-07-18',
    },
    { id: 'uk.org.publicwhip/member/80001', person_id: 'uk.org.publicwhip/person/20000', post_id: 'sp/1', start_date: '1999-05-06' },
  ],
  organizations: [{ id: 'labour', name: 'Labour', classification: 'party' }],
  posts: [
    { id: 'cons/1', organization_id: 'house-of-commons', area: { name: 'Paisley North', other_names: [{ name: 'Paisley N' }] } },
    { id: 'sp/1', organization_id: 'scottish-parliament', area: { name: 'Glasgow' } },
  ],
});
const MINISTERS = ministersJsonSchema.parse({
  memberships: [
    {
      id: 'g/1',
      source: 'datadotparl/governmentpost',
      role: 'Lord in Waiting',
      person_id: 'uk.org.publicwhip/person/99999',
      organization_id: 'house-of-commons',
      start_date: '2008-10',
    },
    {
      id: 'c/1',
      source: 'datadotparl/committee',
      person_id: 'uk.org.publicwhip/person/10003',
      organization_id: 'scottish-affairs-committee',
      start_date: '1997-07-14',
    },
  ],
  organizations: [{ id: 'scottish-affairs-committee', name: 'Scottish Affairs Committee' }],
});

describe('Popolo dates', () => {
  it('a start takes the first day, an end the last', () => {
    expect([toStartDate('1997'), toStartDate('1997-05'), toStartDate('1997-05-01')]).toEqual(['1997-01-01', '1997-05-01', '1997-05-01']);
    expect([toEndDate('2005'), toEndDate('2005-02'), toEndDate('2004-02'), toEndDate('2005-04-11')]).toEqual([
      '2005-12-31',
      '2005-02-28',
      '2004-02-29',
      '2005-04-11',
    ]);
  });

  it('a date in another form is refused at the boundary, naming the field', () => {
    const bad = peopleJsonSchema.safeParse({ persons: [], memberships: [{ id: 'm', person_id: 'p', start_date: '05/05/1997' }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].path).toEqual(['memberships', 0, 'start_date']);
  });
});

describe('convertPopoloRegister', () => {
  const register = checkRegisterJson(convertPopoloRegister(PEOPLE, MINISTERS, { source: 'fixture' }), 'converted');
  const adams = register.persons.find((p) => p.id === 'uk.org.publicwhip/person/10003')!;

  it('keeps Commons and Lords seats only, with whole-day dates, party names and seats from posts', () => {
    expect(register.persons.map((p) => p.id)).toEqual(['uk.org.publicwhip/person/10003']);
    expect(adams.memberships).toEqual([
      expect.objectContaining({
        id: 'uk.org.publicwhip/member/3',
        house: 'commons',
        given_name: 'Irene',
        family_name: 'Adams',
        honorific: 'Mrs',
        party: 'labour',
        party_name: 'Labour',
        constituency: 'Paisley North',
        start_date: '1997-05-01',
        end_date: '2005-12-31',
      }),
      expect.objectContaining({
        id: 'uk.org.publicwhip/lord/100867',
        house: 'lords',
        display_name: 'Baroness Adams of Craigielea',
        lordname: 'Adams',
        lordofname: 'Craigielea',
        start_date: '2005-07-18',
        end_date: null,
      }),
    ]);
    expect(adams.name).toBe('Baroness Adams of Craigielea');
    expect(adams.identifiers).toEqual({ datadotparl_id: '631' });
  });

  it('makes dated name forms, the peerage and the alternate names included', () => {
    expect(adams.names).toEqual(
      expect.arrayContaining([
        { name: 'Irene Adams', kind: 'full', from: null, to: '2005-07-31' },
        { name: 'Mrs Adams', kind: 'title+surname', from: null, to: '2005-07-31' },
        { name: 'Baroness Adams of Craigielea', kind: 'peerage', from: '2005-07-18', to: null },
        { name: 'The Chair of the Scottish Affairs Committee', kind: 'alias', from: '2001-01-01', to: '2005-12-31' },
      ]),
    );
  });

  it('takes posts, not committee places, from ministers-2010.json, under the merged id', () => {
    expect(adams.offices).toEqual([
      { id: 'g/1', role: 'Lord in Waiting', organization_id: 'house-of-commons', kind: 'governmentpost', start_date: '2008-10-01', end_date: null },
    ]);
  });

  it('a merged person is found by the old id and by a membership filed under it', () => {
    const index = buildRegisterIndex(register);
    const asCommoner = resolveSpeaker(index, {
      name: null,
      role: null,
      party: null,
      constituency: null,
      sourceRef: 'uk.org.publicwhip/person/99999',
      date: '2000-01-01',
      house: 'Commons',
    });
    expect(asCommoner).toMatchObject({ status: 'resolved', personId: 'uk.org.publicwhip/person/10003', party: 'Labour', constituency: 'Paisley North' });
    const resolved = resolveSpeaker(index, {
      name: 'Baroness Adams of Craigielea',
      role: null,
      party: null,
      constituency: null,
      sourceRef: 'uk.org.publicwhip/person/99999',
      date: '2009-01-01',
      house: 'Lords',
    });
    expect(resolved).toMatchObject({ status: 'resolved', personId: 'uk.org.publicwhip/person/10003', name: 'Baroness Adams of Craigielea' });
  });

  it('the same input gives the same register', () => {
    const once = JSON.stringify(convertPopoloRegister(PEOPLE, MINISTERS, { source: 'fixture' }));
    expect(JSON.stringify(convertPopoloRegister(PEOPLE, MINISTERS, { source: 'fixture' }))).toBe(once);
  });
});

describe('the shared register, through a Popolo people.json and back', () => {
  const shared = readSharedRegister();
  const converted = convertPopoloRegister(peopleJsonSchema.parse(toPeopleJson(shared)), null, { source: 'shared' });
  const byMembership = new Map(converted.persons.flatMap((p) => p.memberships.map((m) => [m.id, { person: p, m }] as const)));

  it('every seat keeps its person, house, party, constituency and dates', () => {
    let seats = 0;
    for (const p of shared.persons) {
      for (const m of p.memberships) {
        const got = byMembership.get(m.id);
        expect(got, m.id).toBeDefined();
        expect(got!.person.id).toBe(p.id);
        expect([got!.m.house, got!.m.party_name ?? null, got!.m.start_date, got!.m.end_date ?? null]).toEqual([
          m.house,
          m.party_name ?? null,
          toStartDate(m.start_date),
          m.end_date ?? null,
        ]);
        if (m.house === 'commons') expect(got!.m.constituency).toBe(m.constituency ?? null);
        else expect(got!.m.display_name).toBe(m.display_name ?? null);
        seats++;
      }
    }
    expect(seats).toBeGreaterThan(5000);
  });
});
