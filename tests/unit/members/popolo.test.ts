import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertPopoloRegister, toEndDate, toStartDate } from '../../../lib/members/popolo';
import { checkMinistersJson, checkPeopleJson, NotPopoloError } from '../../../lib/members/popolo-schema';
import { checkRegisterJson } from '../../../lib/members/load';
import { buildRegisterIndex } from '../../../lib/members/register-index';
import { resolveSpeaker, type SpeakerToResolve } from '../../../lib/members/resolve';
import { REAL_SHAPE_MEMBERS } from '../../support/parldata-fixture';
import { readMinistersJson, readSharedRegister, toPeopleJson } from '../../support/popolo-people';

// The committed fixture written to parlparse's model (mysoc-validator), one of each variant.
const read = (name: string) => JSON.parse(readFileSync(path.join(REAL_SHAPE_MEMBERS, name), 'utf8'));
const PEOPLE = read('people.json');
const people = checkPeopleJson(PEOPLE);
const ministers = checkMinistersJson(read('ministers.json'), 'ministers.json');
const ministers2010 = checkMinistersJson(read('ministers-2010.json'), 'ministers-2010.json');
const converted = convertPopoloRegister(people.people, { ministers: ministers.ministers, ministers2010: ministers2010.ministers }, { source: 'fixture' });
const register = checkRegisterJson(JSON.parse(JSON.stringify(converted.register)), 'converted');
const index = buildRegisterIndex(register, 'converted');
const person = (n: number) => register.persons.find((p) => p.id === `uk.org.publicwhip/person/${n}`)!;
const resolve = (s: Partial<SpeakerToResolve>) =>
  resolveSpeaker(index, { name: null, role: null, party: null, constituency: null, sourceRef: null, date: null, house: 'Commons', ...s });

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
});

describe("the real file's shapes", () => {
  it('every variant of the fixture fits the model: nothing skipped', () => {
    expect([...people.skipped, ...ministers.skipped, ...ministers2010.skipped, ...converted.skipped]).toEqual([]);
    const kinds = people.people.memberships.map((m) => ('redirect' in m ? 'redirect' : 'membership'));
    expect(kinds).toContain('redirect');
    expect(people.people.persons.some((p) => 'redirect' in p)).toBe(true);
  });

  it('a broken entry is skipped and named; the rest is kept', () => {
    const broken = structuredClone(PEOPLE);
    broken.memberships[0].start_date = '1997-13-01';
    broken.persons[1].other_names.push({ note: 'Main', family_name: 'X', start_date: '2001-02-30' });
    const { people: kept, skipped } = checkPeopleJson(broken);
    expect(skipped).toEqual([
      { file: 'people.json', at: 'persons[1]', id: 'uk.org.publicwhip/person/10180', reason: expect.stringContaining('other_names.3.start_date "2001-02-30"') },
      { file: 'people.json', at: 'memberships[0]', id: 'uk.org.publicwhip/member/241', reason: expect.stringContaining('start_date "1997-13-01"') },
    ]);
    expect(kept.memberships).toHaveLength(PEOPLE.memberships.length - 1);
    expect(kept.persons).toHaveLength(PEOPLE.persons.length - 1);
  });

  it('an end before its start is a broken entry too, as in the model', () => {
    const broken = structuredClone(PEOPLE);
    broken.memberships[0].end_date = '1990';
    expect(checkPeopleJson(broken).skipped).toEqual([
      expect.objectContaining({ at: 'memberships[0]', reason: expect.stringContaining('end_date is before start_date') }),
    ]);
  });

  it('a file without the Popolo lists is refused whole', () => {
    expect(() => checkPeopleJson({ people: [] })).toThrow(NotPopoloError);
    expect(() => checkPeopleJson([])).toThrow(/top level/);
    expect(() => checkMinistersJson({ memberships: {} }, 'ministers.json')).toThrow(NotPopoloError);
  });

  it('a membership of a person the file lacks is skipped and named', () => {
    const orphan = structuredClone(PEOPLE);
    orphan.memberships.push({
      id: 'uk.org.publicwhip/member/99999',
      person_id: 'uk.org.publicwhip/person/99999',
      post_id: 'uk.org.publicwhip/cons/14',
      start_date: '2001',
    });
    const checked = checkPeopleJson(orphan);
    const out = convertPopoloRegister(checked.people, { ministers: null, ministers2010: null }, { source: 'x' });
    expect(out.skipped).toEqual([expect.objectContaining({ id: 'uk.org.publicwhip/member/99999', reason: expect.stringContaining('no such person') })]);
  });
});

describe('convertPopoloRegister on the real shapes', () => {
  it('keeps Commons, Lords and devolved seats (Scottish Parliament, Senedd, NI Assembly) with party and seat; London and Crown are left out', () => {
    expect(register.persons.map((p) => p.id.replace(/^.*\//, '')).sort()).toEqual(
      ['10003', '10180', '10241', '10295', '10447', '10525', '11374', '13103', '24815', '24934', '26120'].sort(),
    );
    expect(
      person(11374)
        .memberships.map((m) => [m.id, m.house, m.constituency])
        .sort(),
    ).toEqual([
      ['uk.org.publicwhip/member/1374', 'commons', 'East Antrim'],
      ['uk.org.publicwhip/member/90245', 'northern-ireland-assembly', 'East Antrim'],
    ]);
    expect(person(10525).memberships.find((m) => m.id === 'uk.org.publicwhip/member/80180')).toMatchObject({
      house: 'scottish-parliament',
      constituency: 'Gordon',
    });
    expect(person(10447).memberships).toEqual([
      expect.objectContaining({ id: 'uk.org.publicwhip/member/70021', house: 'senedd', constituency: 'Cardiff West' }),
    ]);
    expect(register.persons.some((p) => p.memberships.some((m) => m.id === 'uk.org.publicwhip/member/200005'))).toBe(false);
  });

  it('a devolved member id resolves to the person with the seat; a Westminster record never finds an MSP by name', () => {
    const msp = person(10525).memberships.find((m) => m.id === 'uk.org.publicwhip/member/80180')!;
    expect(resolve({ sourceRef: msp.id, date: msp.start_date, house: 'Scottish Parliament' })).toMatchObject({
      status: 'resolved',
      personId: person(10525).id,
      house: 'Scottish Parliament',
      constituency: 'Gordon',
    });
    const ms = person(10447).memberships[0];
    const name = `${ms.given_name} ${ms.family_name}`;
    expect(resolve({ name, date: ms.start_date, house: 'Senedd' })).toMatchObject({ status: 'resolved', personId: person(10447).id, house: 'Senedd' });
    expect(resolve({ name, date: ms.start_date, house: 'Commons' })).toMatchObject({ status: 'unknown' });
  });

  it('dates in every form: YYYY, YYYY-MM, YYYY-MM-DD and the empty string for unset', () => {
    expect(person(13103).memberships[0]).toMatchObject({ start_date: '1997-01-01', end_date: null });
    expect(person(10003).memberships.map((m) => [m.start_date, m.end_date])).toEqual([
      ['1997-05-01', '2001-05-14'],
      ['2001-06-07', '2005-12-31'],
      ['2005-07-18', null],
    ]);
    expect(person(10241).names).toContainEqual({ name: 'Damian Green', kind: 'full', from: null, to: null });
  });

  it("names dated per person: a peer's title after an MP's name, a knighthood inside a membership", () => {
    expect(person(10003).memberships.map((m) => m.display_name ?? `${m.given_name} ${m.family_name}`)).toEqual([
      'Irene Adams',
      'Irene Adams',
      'Baroness Adams of Craigielea',
    ]);
    expect(person(10295).names).toEqual(
      expect.arrayContaining([
        { name: 'Mr Lindsay Hoyle', kind: 'titled', from: null, to: '2018-06-30' },
        { name: 'Sir Lindsay Hoyle', kind: 'titled', from: '2018-07-01', to: null },
      ]),
    );
  });

  it('an alternate with an organization_id holds in that chamber only', () => {
    // Alex Salmond sat in the Commons in 2008 while First Minister at Holyrood: the alias is Holyrood's.
    expect(person(10525).names).toContainEqual(expect.objectContaining({ name: 'The First Minister', house: 'scottish-parliament' }));
    expect(resolve({ name: 'The First Minister', date: '2008-01-10' })).toMatchObject({ status: 'unknown' });
    expect(resolve({ name: 'The First Minister', date: '2008-01-10', house: 'Scottish Parliament' })).toMatchObject({
      status: 'resolved',
      personId: person(10525).id,
    });
    expect(person(13103).names).toContainEqual({ name: 'Lord Alton', kind: 'alias', from: null, to: null, house: 'lords' });
    expect(resolve({ name: 'Lord Alton', date: '2009-10-28', house: 'Lords' })).toMatchObject({ status: 'resolved', personId: person(13103).id });
  });

  it('an alternate with only a family name is a surname', () => {
    expect(person(10180).names).toContainEqual({ name: 'Duncan-Smith', kind: 'surname', from: null, to: null });
    expect(resolve({ name: 'Mr Duncan-Smith', date: '2023-03-28' })).toMatchObject({ status: 'resolved', method: 'surname', personId: person(10180).id });
  });

  it("a merged membership: an old day file's speaker id finds the membership it became", () => {
    expect(register.membership_redirects).toEqual({ 'uk.org.publicwhip/member/1379': 'uk.org.publicwhip/member/41379' });
    expect(resolve({ sourceRef: 'uk.org.publicwhip/member/1379', date: '2009-10-26' })).toMatchObject({
      status: 'resolved',
      personId: person(10241).id,
      party: 'Conservative',
      constituency: 'Ashford',
    });
  });

  it('a merged person is found by the old id', () => {
    expect(resolve({ sourceRef: 'uk.org.publicwhip/person/26121', date: '2023-03-28' })).toMatchObject({ personId: person(26120).id });
  });

  it('the Speaker\'s chair, an organisation with a lowercase id, answers "Mr Speaker"', () => {
    expect(resolve({ name: 'Mr Speaker', date: '2023-03-28' })).toMatchObject({
      status: 'resolved',
      method: 'chair',
      personId: person(10295).id,
      party: 'Speaker',
    });
  });

  it('seat spellings from posts[].area.other_names, as plain strings', () => {
    expect(register.constituencies).toContainEqual({ names: ['Ynys Môn', 'Ynys Mon'], start_date: '1983-01-01', end_date: null });
  });

  it('identifiers of every scheme are kept', () => {
    expect(person(10180).identifiers).toEqual({ datadotparl_id: '152', pims_id: '3807' });
    expect(person(11374).identifiers).toEqual({ datadotparl_id: '1593', 'data.niassembly.gov.uk': '95' });
  });

  it('posts from both office files, and how far open ones are known held from the file itself', () => {
    expect(person(10241).offices).toContainEqual(expect.objectContaining({ kind: 'ministerial', role: 'Shadow Minister', start_date: '2005-12-08' }));
    expect(register.meta?.offices_known_until).toBe('2023-06-30');
    const freer = resolve({ sourceRef: 'uk.org.publicwhip/person/24934', date: '2023-03-28' });
    expect(freer?.offices[0]).toMatchObject({
      title: 'Parliamentary Under-Secretary (Ministry of Justice)',
      end: null,
      beyondRegister: false,
      government: true,
    });
    expect(resolve({ sourceRef: 'uk.org.publicwhip/person/24934', date: '2023-07-01' })?.offices[0]).toMatchObject({ beyondRegister: true });
  });

  it('the same input gives the same register', () => {
    const again = convertPopoloRegister(people.people, { ministers: ministers.ministers, ministers2010: ministers2010.ministers }, { source: 'fixture' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(converted));
  });
});

describe('the shared register, through a Popolo people.json and back', () => {
  const shared = readSharedRegister();
  const checked = checkPeopleJson(toPeopleJson(shared));
  const converted = convertPopoloRegister(checked.people, { ministers: null, ministers2010: null }, { source: 'shared' }).register;
  const byMembership = new Map(converted.persons.flatMap((p) => p.memberships.map((m) => [m.id, { person: p, m }] as const)));

  it("every entry fits parlparse's model, and so does every entry of the real office files", () => {
    expect(checked.skipped).toEqual([]);
    expect(checkMinistersJson(readMinistersJson('ministers.json'), 'ministers.json').skipped).toEqual([]);
    expect(checkMinistersJson(readMinistersJson(), 'ministers-2010.json').skipped).toEqual([]);
  });

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
