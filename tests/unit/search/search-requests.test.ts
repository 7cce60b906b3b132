/**
 * How searchContributions splits its Meilisearch work into requests: the speaker counts go in a
 * request of their own, sent before the other answers; answers are put back facet by facet.
 * (What Meilisearch answers is checked against a real one in tests/integration.)
 */
import type { Meilisearch, MultiSearchQuery } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { searchContributions } from '@/lib/search/run-search';
import { parseSearchParams } from '@/lib/search/search-params';

type Call = { queries: MultiSearchQuery[]; resolve: () => void };

/** A client whose multi-search answers wait until the test releases them, with a count per facet value named after the request. */
function fakeClient() {
  const calls: Call[] = [];
  const client = {
    multiSearch: ({ queries }: { queries: MultiSearchQuery[] }) =>
      new Promise((resolve) => {
        const call: Call = {
          queries,
          resolve: () =>
            resolve({
              results: queries.map((q) => ({
                hits: q.hitsPerPage
                  ? [
                      {
                        id: 'c1',
                        recordId: 'r1',
                        recordTitle: 'T',
                        kind: 'debate',
                        house: 'Commons',
                        date: '2007-01-01',
                        type: 'speech',
                        speakerName: 'A',
                        role: null,
                        party: null,
                        constituency: null,
                        _formatted: { text: 'x' },
                      },
                    ]
                  : [],
                totalHits: 7,
                processingTimeMs: 1,
                facetDistribution: Object.fromEntries(
                  (q.facets ?? []).map((attribute) => [attribute, { [`${attribute} from call ${calls.indexOf(call)}`]: 1 }]),
                ),
              })),
            }),
        };
        calls.push(call);
      }),
  };
  return { client: client as unknown as Meilisearch, calls };
}

const request = (query: string) => {
  const parsed = parseSearchParams(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};

async function settle(calls: Call[], pending: Promise<unknown>) {
  await new Promise((r) => setTimeout(r, 0));
  const sent = calls.length;
  for (const c of calls) c.resolve();
  return { sent, outcome: await pending };
}

describe('searchContributions requests', () => {
  it('sends the speaker counts in a second request alongside the hits, and reads each facet from its own answer', async () => {
    const { client, calls } = fakeClient();
    const { sent, outcome } = await settle(calls, searchContributions(client, 'idx', request('q=energy')));
    expect(sent).toBe(2); // both requests out before either answered
    expect(calls[0].queries).toHaveLength(1);
    expect(calls[0].queries[0].facets).not.toContain('speakerName');
    expect(calls[0].queries[0].facets).toContain('party');
    expect(calls[1].queries).toEqual([expect.objectContaining({ q: 'energy', hitsPerPage: 0, facets: ['speakerName'] })]);
    if (!outcome || !(outcome as { ok: boolean }).ok) throw new Error('search failed');
    const { result } = outcome as Extract<Awaited<ReturnType<typeof searchContributions>>, { ok: true }>;
    expect(result.facets.speaker).toEqual({ 'speakerName from call 1': 1 });
    expect(result.facets.party).toEqual({ 'party from call 0': 1 });
    expect(result.total).toBe(7);
    expect(result.hits.map((h) => h.id)).toEqual(['c1']);
  });

  it('keeps disjunctive counts of a selected facet with the hits, and a selected speaker with the speaker request', async () => {
    const { client, calls } = fakeClient();
    const { outcome } = await settle(calls, searchContributions(client, 'idx', request('q=crime&party=Labour&speaker=Vernon+Coaker')));
    expect(calls).toHaveLength(2);
    expect(calls[0].queries.map((q) => q.facets)).toEqual([expect.not.arrayContaining(['party', 'speakerName']), ['party']]);
    expect(JSON.stringify(calls[0].queries[1].filter)).not.toMatch(/party/); // its own selection left out
    expect(calls[1].queries).toHaveLength(1);
    expect(JSON.stringify(calls[1].queries[0].filter)).not.toMatch(/speakerName/);
    expect(JSON.stringify(calls[1].queries[0].filter)).toMatch(/party/);
    const { result } = outcome as Extract<Awaited<ReturnType<typeof searchContributions>>, { ok: true }>;
    expect(result.facets.party).toEqual({ 'party from call 0': 1 });
    expect(result.facets.speaker).toEqual({ 'speakerName from call 1': 1 });
  });

  it('counts only the facets asked for, in one request when speakers are not among them', async () => {
    const { client, calls } = fakeClient();
    const { outcome } = await settle(calls, searchContributions(client, 'idx', request('q=energy'), { facets: ['year'] }));
    expect(calls).toHaveLength(1);
    expect(calls[0].queries[0].facets).toEqual(['year']);
    const { result } = outcome as Extract<Awaited<ReturnType<typeof searchContributions>>, { ok: true }>;
    expect(result.facets.year).toEqual({ 'year from call 0': 1 });
    expect(result.facets.speaker).toEqual({});
  });
});
