import { describe, expect, it } from 'vitest';
import { type FacetCostReport, facetCostLines } from '../../../scripts/bench/facet-cost';
import { type BenchResults, detailLines, evaluateTargets, headlineLines } from '../../../scripts/bench/report';

const summary = (p95: number) => ({ count: 30, p50: p95, p95, p99: p95, max: p95, mean: p95 });
const latency = (p95: number) => ({ overall: summary(p95), perQuery: [{ name: 'one word', params: 'q=energy', total: 20000, ms: summary(p95) }] });
const cpu = (machine: number) => ({
  ms: { app: machine / 2, meilisearch: machine / 2, postgres: 0, loadGenerator: 0.5, other: 0, machine },
  cores: 2,
  ceilingPerSecond: 0,
  meanLatencyFloorMs: 0,
});
const facetCost: FacetCostReport = {
  method: '',
  rounds: 10,
  attributes: ['speakerName', 'party'],
  perQuery: [
    { name: 'one word', params: 'q=energy', noneMs: 2, allMs: 51, byAttribute: { party: { ms: 5, extraMs: 3 }, speakerName: { ms: 36, extraMs: 34 } } },
    { name: 'or', params: 'q=a+OR+b', skipped: 'not one plain search' },
  ],
};

/** The figures of bench/results/2026-11-25-1m.json, with the parts these functions read. */
function results(o: { contributions?: number; ratio?: number; searchCpu?: number; readingCpu?: number; meiliBytes?: number } = {}): BenchResults {
  return {
    corpus: { files: 7348, megabytes: 681.7, contributions: o.contributions ?? 1_000_914, generatedSeconds: null },
    ingest: { contributionsPerSecond: 2461, peakRssMb: 285.3 },
    sync: { filesPerSecond: 3.1, contributionsPerSecond: 900 },
    search: { method: '', rounds: 30, meili: latency(46), pgFts: latency(46 * (o.ratio ?? 16.1)), pgFtsBuildSeconds: 50.9 },
    facetCost,
    facetSample: { method: '', rounds: 1, perQuery: [], candidates: [] },
    sizes: { meiliBytesPerContribution: o.meiliBytes ?? 5359, meiliUsedBytesPerContribution: 5000, postgresBytesPerContribution: 1600 },
    load: {
      search: { ttfbMs: summary(403.19), errors: 0, cpu: cpu(19.5) },
      searchRendered: { ttfbMs: summary(565.16), errors: 0, cpu: cpu(o.searchCpu ?? 55.6) },
      record: { ttfbMs: summary(135.56), errors: 0, cpu: cpu(o.readingCpu ?? 12.8) },
    },
  } as unknown as BenchResults;
}

describe('bench report', () => {
  it('keeps the headline lines word for word', () => {
    expect(headlineLines(results())).toEqual([
      'search p95 ms: meili 46, pg-fts 740.6, ratio 16.1',
      'ingest contributions/s: 2461',
      'sync from a local rsync daemon: 3.1 files/s, 900 contributions/s',
    ]);
  });

  it('asks a 5 M run for the ratio and ingest rate of issue 17, smaller runs for the old ones', () => {
    expect(evaluateTargets(results({ ratio: 9 })).pgFtsRatio.met).toBe(true);
    expect(evaluateTargets(results({ ratio: 9, contributions: 5_000_300 })).pgFtsRatio.met).toBe(false);
    expect(evaluateTargets(results({ contributions: 5_000_300 })).ingestPerSecond.met).toBe(false);
    expect(evaluateTargets(results()).ingestPerSecond.met).toBe(true);
    expect(evaluateTargets(results({ contributions: 5_000_300 })).searchP95Ms.target).toBe('≤ 50 ms with every facet (at 5 M)');
    expect(evaluateTargets(results()).searchP95Ms.target).toBe('≤ 50 ms with every facet');
  });

  it('holds the CPU of a /search page against a reading page’s in the same run, and Meilisearch to 2,500 bytes a contribution', () => {
    const t = evaluateTargets(results());
    expect(t.searchPageCpuMs).toMatchObject({ value: 55.6, met: false });
    expect(t.meiliBytesPerContribution).toMatchObject({ value: 5359, met: false });
    expect(evaluateTargets(results({ searchCpu: 19.2, readingCpu: 12.8 })).searchPageCpuMs.met).toBe(true);
    expect(evaluateTargets(results({ searchCpu: 19.3, readingCpu: 12.8 })).searchPageCpuMs.met).toBe(false);
    expect(evaluateTargets(results({ meiliBytes: 2500 })).meiliBytesPerContribution.met).toBe(true);
  });

  it('prints each facet’s extra engine time, costliest first, and says which queries were skipped', () => {
    expect(facetCostLines(facetCost)).toEqual(['one word: none 2 ms, all 51 ms; speakerName +34, party +3', 'or: skipped (not one plain search)']);
  });

  it('prints per query, per facet, per contribution and per page after the headlines', () => {
    const lines = detailLines(results());
    expect(lines).toContain('search per query: one word: p95 meili 46 ms, pg-fts 740.6 ms (20000 hits)');
    expect(lines).toContain('meili engine ms per facet, one word: none 2 ms, all 51 ms; speakerName +34, party +3');
    expect(lines).toContain('index bytes per contribution: meili 5359 (in use 5000), postgres 1600 (app tables, without the baseline)');
    expect(lines).toContain('cpu ms per /search page, page cache off: app 27.8, meilisearch 27.8, postgres 0, machine 55.6 (/d/…: machine 12.8)');
  });
});
