/**
 * The seed documents, parsed and resolved against the bundled register: the people the work
 * order names, and the office Baroness Williams of Trafford held on the day of her 2021 answer
 * (from the register), with the office the page printed kept as printed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDefaultRegisterIndex, resolveSpeaker } from '@/lib/members';
import { parseDocument } from '@/lib/parse';

const seeds = join(__dirname, '../../../seeds');
const contributions = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => parseDocument(readFileSync(join(seeds, f)), { fileName: f }).records.flatMap((r) => r.contributions.map((c) => ({ c, r }))));
const resolve = (name: string) => {
  const hit = contributions.find(({ c }) => c.speaker.name === name);
  if (!hit) throw new Error(`${name} is not a speaker in seeds/`);
  return { printed: hit.c.speaker, res: resolveSpeaker(getDefaultRegisterIndex(), { ...hit.c.speaker, date: hit.c.date ?? hit.r.date, house: hit.r.house })! };
};

describe('seed speakers resolve to the right register persons', () => {
  it.each([
    ['Vernon Coaker', 'uk.org.publicwhip/person/10121', 'Labour', 'Gedling'],
    ['Phyllis Starkey', 'uk.org.publicwhip/person/10564', 'Labour', 'Milton Keynes South West'],
    ['Denis MacShane', 'uk.org.publicwhip/person/10401', 'Labour', 'Rotherham'],
    ['Damian Green', 'uk.org.publicwhip/person/10241', 'Conservative', 'Ashford'],
    ['Evan Harris', 'uk.org.publicwhip/person/10261', 'Liberal Democrat', 'Oxford West and Abingdon'],
    ['Anthony Steen', 'uk.org.publicwhip/person/10565', 'Conservative', 'Totnes'],
    ['Kelvin Hopkins', 'uk.org.publicwhip/person/10288', 'Labour', 'Luton North'],
  ])('%s', (name, personId, party, constituency) => {
    expect(resolve(name).res).toMatchObject({ status: 'resolved', personId, party, constituency });
  });

  it('Vernon Coaker was a Home Office minister on 26 November 2007; Damian Green and Evan Harris were not', () => {
    expect(resolve('Vernon Coaker').res.minister).toBe(true);
    expect(resolve('Damian Green').res.minister).toBe(false);
    expect(resolve('Evan Harris').res.minister).toBe(false);
  });

  it("Baroness Williams of Trafford's 2021 answer: the register's office that day, the printed Chief Whip kept", () => {
    const { printed, res } = resolve('Baroness Williams of Trafford');
    expect(printed.role).toMatch(/Chief Whip/);
    expect(res).toMatchObject({ status: 'resolved', personId: 'uk.org.publicwhip/person/25213', party: 'Conservative', minister: true });
    // The register's offices stop in October 2020; this post had no end then, and says so.
    expect(res.offices).toEqual([
      {
        title: 'The Minister of State, Home Department',
        department: null,
        kind: 'governmentpost',
        start: '2016-07-17',
        end: null,
        government: true,
        beyondRegister: true,
      },
    ]);
  });

  it('leaves the undated committee report speaker unresolved, with the reason', () => {
    expect(resolve('Diana Johnson').res).toMatchObject({ status: 'unknown', personId: null, reason: expect.stringMatching(/no date/) });
  });
});
