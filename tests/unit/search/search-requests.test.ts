/**
 * How searchContributions splits its Meilisearch work into requests: a plain search in one
 * multi-search, or with a sample, a probe first and the counts after; answers are put back facet by facet.
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
  it('asks a plain search in one request: the hits with the facets sharing their query, and reads each facet from its answer', async () => {
    const { client, calls } = fakeClient();
    const { sent, outcome } = await settle(calls, searchContributions(client, 'idx', request('q=energy')));
    expect(sent).toBe(1);
    expect(calls[0].queries).toHaveLength(1);
    expect(calls[0].queries[0].facets).toEqual(expect.arrayContaining(['speakerName', 'party']));
    if (!outcome || !(outcome as { ok: boolean }).ok) throw new Error('search failed');
    const { result } = outcome as Extract<Awaited<ReturnType<typeof searchContributions>>, { ok: true }>;
    expect(result.facets.speaker).toEqual({ 'speakerName from call 0': 1 });
    expect(result.facets.party).toEqual({ 'party from call 0': 1 });
    expect(result.facetsEstimated).toBe(false);
    expect(result.total).toBe(7);
    expect(result.hits.map((h) => h.id)).toEqual(['c1']);
  });

  it('counts a selected facet by a query of its own without its selection, in the same request', async () => {
    const { client, calls } = fakeClient();
    const { outcome } = await settle(calls, searchContributions(client, 'idx', request('q=crime&party=Labour&speaker=Vernon+Coaker')));
    expect(calls).toHaveLength(1);
    expect(calls[0].queries.map((q) => q.facets)).toEqual([expect.not.arrayContaining(['party', 'speakerName']), ['speakerName'], ['party']]);
    expect(JSON.stringify(calls[0].queries[1].filter)).not.toMatch(/speakerName/); // its own selection left out
    expect(JSON.stringify(calls[0].queries[1].filter)).toMatch(/party/);
    expect(JSON.stringify(calls[0].queries[2].filter)).not.toMatch(/party/);
    const { result } = outcome as Extract<Awaited<ReturnType<typeof searchContributions>>, { ok: true }>;
    expect(result.facets.party).toEqual({ 'party from call 0': 1 });
    expect(result.facets.speaker).toEqual({ 'speakerName from call 0': 1 });
  });

  it('with a sample: the hits and a one-bucket probe of each group first, then each group over the sample when its probe says large', async () => {
    const { client, calls } = fakeClient();
    // Each probe answers one contribution of one kind: it stands for 64 matches.
    const pending = searchContributions(client, 'idx', request('q=crime&party=Labour'), { sample: { threshold: 64, buckets: 16 } });
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toHaveLength(1);
    // The hits' query counts `kind` too: its counts add up to the total past maxTotalHits.
    expect(calls[0].queries.map((q) => q.facets)).toEqual([['kind'], ['kind'], ['kind']]);
    expect(calls[0].queries.slice(1).every((q) => JSON.stringify(q.filter).includes('sampleBucket IN [0]'))).toBe(true);
    calls[0].resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toHaveLength(2);
    expect(calls[1].queries.every((q) => JSON.stringify(q.filter).includes('sampleBucket IN [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]'))).toBe(
      true,
    );
    calls[1].resolve();
    const { result } = (await pending) as Extract<Awaited<ReturnType<typeof searchContributions>>, { ok: true }>;
    expect(result.facetsEstimated).toBe(true);
    expect(result.facets.party).toEqual({ 'party from call 1': 4 }); // 1 over a quarter of the buckets
    expect(result.total).toBe(7);

    const small = fakeClient();
    const exact = searchContributions(small.client, 'idx', request('q=crime'), { sample: { threshold: 65, buckets: 16 } });
    await settle(small.calls, new Promise((r) => setTimeout(r, 0)));
    small.calls[1].resolve();
    const answer = (await exact) as Extract<Awaited<ReturnType<typeof searchContributions>>, { ok: true }>;
    expect(JSON.stringify(small.calls[1].queries[0].filter ?? [])).not.toMatch(/sampleBucket/);
    expect(answer.result.facetsEstimated).toBe(false);
    expect(answer.result.facets.party).toEqual({ 'party from call 1': 1 });
  });

  it('counts only the facets asked for', async () => {
    const { client, calls } = fakeClient();
    const { outcome } = await settle(calls, searchContributions(client, 'idx', request('q=energy'), { facets: ['year'] }));
    expect(calls).toHaveLength(1);
    // `kind` is counted for the total alone: not shown, as it was not asked for.
    expect(calls[0].queries[0].facets).toEqual(['kind', 'year']);
    const { result } = outcome as Extract<Awaited<ReturnType<typeof searchContributions>>, { ok: true }>;
    expect(result.facets.year).toEqual({ 'year from call 0': 1 });
    expect(result.facets.speaker).toEqual({});
    expect(result.facets.kind).toEqual({});
  });
});
