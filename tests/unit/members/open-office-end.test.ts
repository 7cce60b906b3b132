import { describe, expect, it } from 'vitest';
import { openOfficeEnd } from '../../../components/speaker/register-format';
import { buildRegisterIndex, officesKnownUntil } from '../../../lib/members/register-index';
import type { Register, RegisterOffice } from '../../../lib/members/register-schema';

const withOffices = (offices: RegisterOffice[], meta?: Register['meta']): Register => ({
  ...(meta ? { meta } : {}),
  persons: [{ id: 'uk.org.publicwhip/person/1', name: 'A Member', memberships: [], offices }],
});

describe('openOfficeEnd: an open post is worded by where the loaded register’s office data ends', () => {
  it('names the date it is given, whichever it is', () => {
    expect(openOfficeEnd('governmentpost', '2023-06-30')).toBe('still held on 30 June 2023, when the register’s office data ends');
    expect(openOfficeEnd('oppositionpost', '2020-09-29')).toBe('still held on 29 September 2020, when the register’s office data ends');
  });

  it('invents no date when the register gives none', () => {
    const unknown = openOfficeEnd('governmentpost', null);
    expect(unknown).toContain('a date the register does not give');
    expect(unknown).not.toMatch(/\d/);
  });

  it('the 1997–2010 list keeps its own end, whatever the later data’s date', () => {
    expect(openOfficeEnd('ministerial', '2023-06-30')).toBe('no end date in the 1997–2010 list');
  });
});

describe('officesKnownUntil: how far a register’s open posts are known held', () => {
  const posts: RegisterOffice[] = [
    { kind: 'governmentpost', start_date: '2019-07-24', end_date: '2021-09-15' },
    { kind: 'oppositionpost', start_date: '2022-01-10' },
    { kind: 'committee', start_date: '2024-02-01' },
  ];

  it('is the file’s own date when it gives one', () => {
    expect(officesKnownUntil(withOffices(posts, { offices_known_until: '2023-06-30' }))).toBe('2023-06-30');
  });

  it('else the latest date of its posts, committee places aside', () => {
    expect(officesKnownUntil(withOffices(posts))).toBe('2022-01-10');
  });

  it('is empty for a register with no post', () => {
    expect(officesKnownUntil(withOffices([{ kind: 'committee', start_date: '2024-02-01' }]))).toBe('');
  });

  it('is what the index’s coverage says, so the import stores what resolution uses', () => {
    for (const register of [withOffices(posts), withOffices(posts, { offices_known_until: '2023-06-30' })]) {
      expect(officesKnownUntil(register)).toBe(buildRegisterIndex(register).coverage.officesKnownUntil);
    }
  });
});
