import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMemberIndex, indexRegisterJson, loadMemberIndex, lookupMember, MemberRegisterError, DEFAULT_REGISTER_PATH } from '@/lib/members';
import { MAX_COST_RATIO, measureCost, measureRatio } from '../../support/parse-cost';

const fixture = join(__dirname, '../../fixtures/xml/register.json');
const index = loadMemberIndex(fixture);

describe('lookupMember', () => {
  it('takes party and seat from a membership id, whatever the date', () => {
    expect(lookupMember(index, 'uk.org.publicwhip/member/101', '2009-10-26')).toEqual({
      personId: 'uk.org.publicwhip/person/10001', name: 'Alice Asker', party: 'Labour', constituency: 'Northtown', house: 'Commons',
    });
  });

  it('chooses the membership in force on the date for a person id', () => {
    expect(lookupMember(index, 'uk.org.publicwhip/person/10001', '2009-01-01')?.constituency).toBe('Northtown');
    expect(lookupMember(index, 'uk.org.publicwhip/person/10001', '2012-01-01')?.constituency).toBe('Northtown and Dale');
  });

  it('knows the person but gives no party or seat between memberships', () => {
    expect(lookupMember(index, 'uk.org.publicwhip/person/10001', '2010-04-20')).toEqual({
      personId: 'uk.org.publicwhip/person/10001', name: 'Alice Asker', party: null, constituency: null, house: null,
    });
  });

  it('gives peers their title, party and no seat; a year-only start date counts', () => {
    expect(lookupMember(index, 'uk.org.publicwhip/lord/100001', '2009-10-28')).toMatchObject({ name: 'Lord Querist', party: 'Crossbench', constituency: null, house: 'Lords' });
    expect(lookupMember(index, 'uk.org.publicwhip/person/10004', '2001-01-01')?.house).toBe('Lords');
  });

  it('spells Wikidata party labels the parlparse way', () => {
    expect(lookupMember(index, 'wikidata:Q1', '2018-03-28')?.party).toBe('Conservative');
  });

  it('returns null for references it does not know', () => {
    expect(lookupMember(index, 'uk.org.publicwhip/member/999999', '2009-10-26')).toBeNull();
    expect(lookupMember(index, 'unknown', '2009-10-26')).toBeNull();
  });
});

describe('loading a register', () => {
  it('names the file in a one-line error when the shape is wrong', () => {
    expect(() => indexRegisterJson({ persons: [{ id: 'x' }] }, 'bad.json')).toThrow(MemberRegisterError);
    expect(() => indexRegisterJson({ persons: [{ id: 'x' }] }, 'bad.json')).toThrow(/^bad\.json: not a member register \(persons\.0\.name/);
  });

  it('names the file when it cannot be read', () => {
    expect(() => loadMemberIndex('/nonexistent/register.json')).toThrow(/^\/nonexistent\/register\.json: cannot read the member register \(ENOENT\)$/);
  });

  it(`loads the bundled register within ${MAX_COST_RATIO}× the cost of reading its JSON, and resolves a 2009 MP`, () => {
    // ~3 MB since it carries name forms and posts for speaker resolution; validating and indexing it
    // cost ~2.5× JSON.parse here. The ratio catches a register that stopped being "load once, quickly"
    // (a quadratic index build) on any machine, where a bound in ms failed on slow ones.
    const reading = measureCost(1, () => JSON.parse(readFileSync(DEFAULT_REGISTER_PATH, 'utf8')), 3);
    expect(measureRatio(() => loadMemberIndex(DEFAULT_REGISTER_PATH), 1, [reading]).ratio).toBeLessThanOrEqual(MAX_COST_RATIO);
    const bundled = loadMemberIndex(DEFAULT_REGISTER_PATH);
    expect(lookupMember(bundled, 'uk.org.publicwhip/member/1379', '2009-10-26')).toMatchObject({ name: 'Damian Green', party: 'Conservative', constituency: 'Ashford' });
  });

  it('indexes a register built in memory (pure)', () => {
    const idx = buildMemberIndex({ persons: [{ id: 'p', name: 'P', memberships: [] }] });
    expect(lookupMember(idx, 'p', '2000-01-01')).toEqual({ personId: 'p', name: 'P', party: null, constituency: null, house: null });
  });
});
