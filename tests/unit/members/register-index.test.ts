import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildRegisterIndex,
  checkRegisterJson,
  loadRegisterIndex,
  resolveSpeaker,
  MemberRegisterError,
  DEFAULT_REGISTER_PATH,
  type RegisterIndex,
} from '@/lib/members';
import { MAX_COST_RATIO, measureCost, measureRatio } from '../../support/parse-cost';

const fixture = join(__dirname, '../../fixtures/xml/register.json');
const index = loadRegisterIndex(fixture);
/** What the ParlParse parser takes from a resolution by reference: person, name, party, seat as registered, house. */
const byRef = (idx: RegisterIndex, sourceRef: string, date: string | null) => {
  const res = resolveSpeaker(idx, { name: null, role: null, party: null, constituency: null, sourceRef, date, house: null });
  return res?.personId ? { personId: res.personId, name: res.name, party: res.party, constituency: res.seatAsRegistered, house: res.house } : null;
};

describe('resolving by source reference', () => {
  it('takes party and seat from a membership id, whatever the date', () => {
    expect(byRef(index, 'uk.org.publicwhip/member/101', '2009-10-26')).toEqual({
      personId: 'uk.org.publicwhip/person/10001',
      name: 'Alice Asker',
      party: 'Labour',
      constituency: 'Northtown',
      house: 'Commons',
    });
  });

  it('chooses the membership in force on the date for a person id', () => {
    expect(byRef(index, 'uk.org.publicwhip/person/10001', '2009-01-01')?.constituency).toBe('Northtown');
    expect(byRef(index, 'uk.org.publicwhip/person/10001', '2012-01-01')?.constituency).toBe('Northtown and Dale');
  });

  it('knows the person but gives no party or seat between memberships', () => {
    expect(byRef(index, 'uk.org.publicwhip/person/10001', '2010-04-20')).toEqual({
      personId: 'uk.org.publicwhip/person/10001',
      name: 'Alice Asker',
      party: null,
      constituency: null,
      house: null,
    });
  });

  it('gives peers their title, party and no seat; a year-only start date counts', () => {
    expect(byRef(index, 'uk.org.publicwhip/lord/100001', '2009-10-28')).toMatchObject({
      name: 'Lord Querist',
      party: 'Crossbench',
      constituency: null,
      house: 'Lords',
    });
    expect(byRef(index, 'uk.org.publicwhip/person/10004', '2001-01-01')?.house).toBe('Lords');
  });

  it('spells Wikidata party labels the parlparse way', () => {
    expect(byRef(index, 'wikidata:Q1', '2018-03-28')?.party).toBe('Conservative');
  });

  it('finds nobody for references it does not know, and says so', () => {
    expect(byRef(index, 'uk.org.publicwhip/member/999999', '2009-10-26')).toBeNull();
    expect(byRef(index, 'unknown', '2009-10-26')).toBeNull();
    const res = resolveSpeaker(index, {
      name: 'X',
      role: null,
      party: null,
      constituency: null,
      sourceRef: 'uk.org.publicwhip/member/999999',
      date: '2009-10-26',
      house: 'Commons',
    });
    expect(res).toMatchObject({ status: 'unknown', personId: null });
    expect(res?.reason).toMatch(/is not in the member register/);
  });
});

describe('loading a register', () => {
  it('names the file in a one-line error when the shape is wrong', () => {
    expect(() => checkRegisterJson({ persons: [{ id: 'x' }] }, 'bad.json')).toThrow(MemberRegisterError);
    expect(() => checkRegisterJson({ persons: [{ id: 'x' }] }, 'bad.json')).toThrow(/^bad\.json: not a member register \(persons\.0\.name/);
  });

  it('names the file when it cannot be read', () => {
    expect(() => loadRegisterIndex('/nonexistent/register.json')).toThrow(/^\/nonexistent\/register\.json: cannot read the member register \(ENOENT\)$/);
  });

  it(`loads the bundled register within ${MAX_COST_RATIO}× the cost of reading its JSON, and resolves a 2009 MP`, () => {
    // ~3 MB since it carries name forms and posts for speaker resolution; validating and indexing it
    // cost ~2.5× JSON.parse here. The ratio catches a register that stopped being "load once, quickly"
    // (a quadratic index build) on any machine, where a bound in ms failed on slow ones.
    const reading = measureCost(1, () => JSON.parse(readFileSync(DEFAULT_REGISTER_PATH, 'utf8')), 3);
    expect(measureRatio(() => loadRegisterIndex(DEFAULT_REGISTER_PATH), 1, [reading]).ratio).toBeLessThanOrEqual(MAX_COST_RATIO);
    const bundled = loadRegisterIndex(DEFAULT_REGISTER_PATH);
    expect(bundled.source).toBe(DEFAULT_REGISTER_PATH);
    expect(byRef(bundled, 'uk.org.publicwhip/member/1379', '2009-10-26')).toMatchObject({
      name: 'Damian Green',
      party: 'Conservative',
      constituency: 'Ashford',
    });
  });

  it('indexes a register built in memory (pure)', () => {
    const idx = buildRegisterIndex({ persons: [{ id: 'p', name: 'P', memberships: [] }] });
    expect(byRef(idx, 'p', '2000-01-01')).toEqual({ personId: 'p', name: 'P', party: null, constituency: null, house: null });
  });

  it('keeps the seat as registered beside its official spelling', () => {
    const idx = buildRegisterIndex({
      constituencies: [{ names: ['Oxford West and Abingdon', 'Oxford West & Abingdon'] }],
      persons: [
        { id: 'p', name: 'Evan Harris', memberships: [{ id: 'm', house: 'commons', constituency: 'Oxford West & Abingdon', start_date: '2005-05-05' }] },
      ],
    });
    const res = resolveSpeaker(idx, { name: null, role: null, party: null, constituency: null, sourceRef: 'm', date: '2007-11-26', house: 'Commons' });
    expect(res).toMatchObject({ constituency: 'Oxford West and Abingdon', seatAsRegistered: 'Oxford West & Abingdon' });
  });
});
