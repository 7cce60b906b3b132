/** The checks in front of /x/{id} and /speakers/{slug}: they agree with the ids and slugs lib/ids.ts makes. */
import { describe, expect, it } from 'vitest';
import { contributionIds, documentId, recordId, slugify } from '../../../lib/ids';
import { checkIdParam, readIdParam, speakerPageParamsSchema } from '../../../lib/http/route-params';

describe('checkIdParam', () => {
  it('accepts every kind of id lib/ids.ts makes', () => {
    const ids = Array.from({ length: 300 }, (_, i) => [documentId(`doc-${i}`), recordId(`doc-${i}`, i), ...contributionIds('r', [{ text: `t${i}` }])]).flat();
    for (const id of ids) expect(checkIdParam(id)).toBe(id);
  });

  it('refuses what cannot be one of ours before it reaches a query', () => {
    for (const raw of ['', 'not-an-id', 'AAAAAAAAAAAA', 'aaaaaaaaaaa', 'aaaaaaaaaaaaa', 'aaaaaaaaaaa1', "aaaaaaaaaa'"]) expect(checkIdParam(raw)).toBeNull();
  });

  it('reads a route’s params promise', async () => {
    expect(await readIdParam(Promise.resolve({ id: documentId('x') }))).toBe(documentId('x'));
    expect(await readIdParam(Promise.resolve({ id: '../etc' }))).toBeNull();
  });
});

describe('speakerPageParamsSchema (/speakers/{slug})', () => {
  it('takes the slug lib/ids.ts makes, page 1 by default and the first of a repeated parameter', () => {
    expect(speakerPageParamsSchema.parse({ slug: slugify('Éamon Ó Cuív') })).toEqual({ slug: 'eamon-o-cuiv', page: 1 });
    expect(speakerPageParamsSchema.parse({ slug: 'vernon-coaker', page: ['3', '9'], as: 'printed' })).toEqual({
      slug: 'vernon-coaker',
      page: 3,
      as: 'printed',
    });
  });

  it('takes the slug of a name longer than a slug may be, cut between words (it once ended in "-" and the link gave a 404)', () => {
    const slug = slugify('Parliamentary Under-Secretary of State for the Department for Environment, Foods and Rural Affairs');
    expect(slug).toBe('parliamentary-under-secretary-of-state-for-the-department-for-environment-foods');
    expect(speakerPageParamsSchema.safeParse({ slug }).success).toBe(true);
  });

  it('refuses a slug or page that cannot exist, and ignores a malformed person or view', () => {
    for (const slug of ['Vernon-Coaker', 'vernon--coaker', '-vernon', 'a'.repeat(81), ''])
      expect(speakerPageParamsSchema.safeParse({ slug }).success).toBe(false);
    for (const page of ['0', '-1', '1.5', 'x', '10001']) expect(speakerPageParamsSchema.safeParse({ slug: 'a', page }).success).toBe(false);
    expect(speakerPageParamsSchema.parse({ slug: 'a', person: '<script>', as: 'everything' })).toEqual({ slug: 'a', page: 1 });
  });
});
