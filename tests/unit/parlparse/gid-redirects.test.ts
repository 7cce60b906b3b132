import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contributionIdForSource, withoutVersionLetter } from '../../../lib/ids';
import { readGidRedirects } from '../../../lib/parse/parlparse/gid-redirects';
import { ROOT } from '../../support/test-services';

describe('readGidRedirects', () => {
  it('reads the redirects of a real day file', () => {
    const text = readFileSync(path.join(ROOT, 'tests/fixtures/xml/answers2009-10-26f.grouped-questions.xml'), 'latin1');
    expect(readGidRedirects(text)).toEqual([
      { oldGid: 'uk.org.publicwhip/wrans/2009-10-26f.294347.h', newGid: 'uk.org.publicwhip/wrans/2009-10-26f.294335.h' },
    ]);
  });

  it('takes either quote and any attribute order, and skips an entry without both ids or pointing at itself', () => {
    const text = [
      `<gidredirect matchtype="changed" newgid='uk.org.publicwhip/debate/2009-10-29b.556.7' oldgid="uk.org.publicwhip/debate/2009-10-29a.556.1"/>`,
      '<gidredirect oldgid="uk.org.publicwhip/debate/2009-10-29a.1.0"/>',
      '<gidredirect oldgid="x" newgid="x"/>',
    ].join('\n');
    expect(readGidRedirects(text)).toEqual([{ oldGid: 'uk.org.publicwhip/debate/2009-10-29a.556.1', newGid: 'uk.org.publicwhip/debate/2009-10-29b.556.7' }]);
  });
});

describe('ids across versions of a day', () => {
  it('a speech keeps its id from version a to b, and past z (aa, ab…)', () => {
    expect(withoutVersionLetter('uk.org.publicwhip/debate/2020-03-02aa.5.1')).toBe('uk.org.publicwhip/debate/2020-03-02.5.1');
    expect(contributionIdForSource('uk.org.publicwhip/debate/2009-10-29a.556.1')).toBe(contributionIdForSource('uk.org.publicwhip/debate/2009-10-29b.556.1'));
    expect(contributionIdForSource('uk.org.publicwhip/debate/2020-03-02z.5.1')).toBe(contributionIdForSource('uk.org.publicwhip/debate/2020-03-02ab.5.1'));
    expect(contributionIdForSource('uk.org.publicwhip/debate/2009-10-29a.556.1')).not.toBe(
      contributionIdForSource('uk.org.publicwhip/debate/2009-10-29a.556.7'),
    );
  });
});
