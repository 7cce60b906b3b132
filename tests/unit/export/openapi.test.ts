import { describe, expect, it } from 'vitest';
import { searchResponseSchema, SEARCH_QUERY_PARAMETERS } from '@/lib/api-schemas';
import { buildOpenApiDocument } from '@/lib/openapi';
import { FACET_NAMES } from '@/lib/search/fields';
import { emptySearchRequest, toSearchParams } from '@/lib/search/search-params';

function collectRefs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => collectRefs(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else collectRefs(v, out);
    }
  }
  return out;
}

describe('OpenAPI description', () => {
  const doc = buildOpenApiDocument('https://example.org');

  it('is OpenAPI 3.1 and every $ref points at a component it defines', () => {
    expect(doc.openapi).toBe('3.1.0');
    const refs = collectRefs(doc);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) {
      const [, , , name] = ref.split('/');
      expect(ref.startsWith('#/components/schemas/')).toBe(true);
      expect(doc.components.schemas).toHaveProperty(name);
    }
  });

  it('describes the routes of the JSON API and its exports', () => {
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/search',
        '/api/search.json',
        '/api/search.csv',
        '/search.atom',
        '/api/contributions/{id}',
        '/c/{id}/cite.json',
        '/c/{id}/cite.bib',
        '/d/{id}/feed.atom',
        '/api/alerts',
      ]),
    );
  });

  it('documents exactly the parameters a search URL can carry', () => {
    const request = emptySearchRequest();
    const full = toSearchParams({
      ...request,
      q: 'x',
      facets: Object.fromEntries(
        FACET_NAMES.map((f) => [f, [f === 'house' ? 'Commons' : f === 'kind' ? 'debate' : f === 'type' ? 'answer' : f === 'year' ? '2007' : 'x']]),
      ) as typeof request.facets,
      from: '2007-01-01',
      to: '2008-01-01',
      sort: 'newest',
      page: 2,
      perPage: 50,
      group: 'record',
    });
    expect(SEARCH_QUERY_PARAMETERS.map((p) => p.name).sort()).toEqual([...new Set(full.keys())].sort());
  });

  it('the SearchResponse schema accepts the contract example (docs/contracts.md §3)', () => {
    const facets = Object.fromEntries(FACET_NAMES.map((f) => [f, {}]));
    const example = {
      total: 14,
      page: 1,
      perPage: 20,
      hits: [
        {
          id: 'abcdefghijkm',
          url: '/c/abcdefghijkm',
          record: { id: 'bcdefghijkmn', url: '/d/bcdefghijkmn', title: 'People Trafficking', kind: 'oral-answers', house: 'Commons' },
          date: '2007-11-26',
          type: 'answer',
          speaker: { name: 'Vernon Coaker', role: '…', party: null, constituency: null },
          snippet: '… <mark>trafficking</mark> …',
        },
      ],
      facets: { ...facets, speaker: { 'Vernon Coaker': 7 }, year: { '2007': 14 } },
      // contract §5: always present
      facetsEstimated: false,
      // this server's: always present (false unless a grouped or OR search passed the paging limit)
      totalCapped: false,
      warnings: [],
      indexUpdating: false,
    };
    expect(searchResponseSchema.safeParse(example).success).toBe(true);
    const { facetsEstimated: _, ...withoutEstimated } = example;
    expect(searchResponseSchema.safeParse(withoutEstimated).success).toBe(false);
    expect(searchResponseSchema.safeParse({ ...example, total: -1 }).success).toBe(false);
  });
});
