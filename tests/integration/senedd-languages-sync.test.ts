/**
 * `npm run sync --kinds senedd` of the Senedd's Record of Proceedings in both languages, from a real
 * rsync daemon on loopback into the real Postgres and Meilisearch. The day is the pair of
 * tests/fixtures/senedd/plenary-pair (`scrapedxml/senedd/en/` and `senedd/cy/`, built from parlparse's
 * pyscraper/wa/parse.py; no real Senedd file is in our data). The Welsh file is served first, alone,
 * then the English one beside it: each speech is stored once throughout, under the same permalink,
 * and ends with the text in the language it was spoken in and its translation linked; search
 * finds each speech once, by the words of either language; the contribution page shows the words
 * spoken and offers the translation, each marked with its language.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { runSync } from '../../lib/sync/run-sync';
import { serveParldataForFile } from '../support/served-parldata';
import { pointRoutesAt, testRuntime } from '../support/fixtures';
import { listContributions, listRecords } from '../support/inventory';
import { parldataSyncOptions } from '../support/parldata-fixture';
import { ROOT } from '../support/test-services';

// Next's request headers exist only inside a request: the contribution page reads its origin from them.
vi.mock('next/headers', () => ({ headers: async () => new Headers({ host: 'localhost:3000' }) }));

const rt = testRuntime('it_senedd_languages');
pointRoutesAt(rt);
const searchRoute = await import('../../app/api/search/route');
const { default: ContributionPage } = await import('../../app/c/[id]/page');
const contributionRoute = await import('../../app/api/contributions/[id]/route');

const work = mkdtempSync(path.join(os.tmpdir(), 'senedd-languages-'));
const PAIR = path.join(ROOT, 'tests', 'fixtures', 'senedd', 'plenary-pair');
const DAY = 'senedd2020-01-08.xml';

/** Speech gids of one language's file, as printed. */
const speechGids = (language: 'en' | 'cy') => [...readFileSync(path.join(PAIR, language, DAY), 'utf8').matchAll(/<speech id="([^"]+)"/g)].map((m) => m[1]);

function serve(source: string, language: 'en' | 'cy') {
  mkdirSync(path.join(source, 'scrapedxml', 'senedd', language), { recursive: true });
  copyFileSync(path.join(PAIR, language, DAY), path.join(source, 'scrapedxml', 'senedd', language, DAY));
}

const daemon = serveParldataForFile(rt, work, (source) => serve(source, 'cy'));
const sync = () => runSync(parldataSyncOptions(rt, work, daemon.url, { kinds: ['senedd'], membersSource: null }));

async function apiSearch(query: string) {
  const response = await searchRoute.GET(new Request(`http://localhost/api/search?${query}`) as never);
  expect(response.status).toBe(200);
  return (await response.json()) as { total: number; hits: Array<{ id: string }> };
}

describe('npm run sync of a Senedd day in English and Welsh', () => {
  let firstIds: string[] = [];

  it('the Welsh file arriving alone stores each of its speeches once, under the English gids', async () => {
    const summary = await sync();
    expect(summary.failed).toEqual([]);
    expect(summary.ingested).toBe(1);
    const contributions = await listContributions(rt.db);
    expect(contributions.length).toBe(speechGids('cy').length);
    expect(contributions.every((c) => c.sourceId?.startsWith('uk.org.publicwhip/senedd/en/'))).toBe(true);
    // Nothing claims a translation it has not got.
    expect(contributions.every((c) => c.translationText === null)).toBe(true);
    firstIds = contributions.map((c) => c.id).sort();
  });

  it('the English file arriving beside it makes the same day one document again: no speech doubled, none moved', async () => {
    serve(daemon.source, 'en');
    const summary = await sync();
    expect(summary.failed).toEqual([]);
    expect(summary.ingested).toBe(1);
    const contributions = await listContributions(rt.db);
    const gids = new Set([...speechGids('en'), ...speechGids('cy')].map((g) => g.replace('/senedd/cy/', '/senedd/en/')));
    expect(contributions.length).toBe(gids.size);
    expect(contributions.map((c) => c.id).sort()).toEqual(firstIds);
    expect(new Set((await listRecords(rt.db)).map((r) => r.documentId)).size).toBe(1);

    // The English file marks what was spoken in Welsh: that text is the Welsh file's, its English linked.
    const enXml = readFileSync(path.join(PAIR, 'en', DAY), 'utf8');
    for (const c of contributions) {
      const spokenInWelsh = new RegExp(`id="${c.sourceId!.replace(/\./g, '\\.')}"[^>]*original_lang="cy"`).test(enXml);
      expect(c.spokenLanguage, c.sourceId!).toBe(spokenInWelsh ? 'cy' : 'en');
      expect(c.language, c.sourceId!).toBe(c.spokenLanguage);
      if (c.translationText !== null) expect(c.translationLanguage).toBe(c.language === 'cy' ? 'en' : 'cy');
    }
    expect(contributions.filter((c) => c.spokenLanguage === 'cy' && c.translationLanguage === 'en').length).toBeGreaterThan(0);
  });

  it('search finds each speech once, by the words of the language spoken or of its translation', async () => {
    const contributions = await listContributions(rt.db);
    expect((await apiSearch('house=Senedd')).total).toBe(contributions.length);
    const welsh = contributions.find((c) => c.spokenLanguage === 'cy' && c.translationText)!;
    // A word of each language's text that the day's other speeches do not use.
    const wordOnlyIn = (text: string, others: string[]) =>
      text
        .toLowerCase()
        .split(/[^a-zà-ÿŵŷ]+/)
        .filter((w) => w.length > 6)
        .find((w) => others.every((o) => !o.toLowerCase().includes(w)))!;
    const others = contributions.filter((c) => c.id !== welsh.id).flatMap((c) => [c.text, c.translationText ?? '']);
    for (const word of [wordOnlyIn(welsh.text, others), wordOnlyIn(welsh.translationText!, others)]) {
      const found = await apiSearch(`q=${encodeURIComponent(word)}`);
      expect(
        found.hits.map((h) => h.id),
        word,
      ).toEqual([welsh.id]);
    }
  });

  it('the contribution page shows the words spoken, marked Welsh, and offers the English translation', async () => {
    const welsh = (await listContributions(rt.db)).find((c) => c.spokenLanguage === 'cy' && c.translationText)!;
    const page = renderToStaticMarkup(await (ContributionPage({ params: Promise.resolve({ id: welsh.id }) }) as Promise<ReactElement>));
    const spoken = page.indexOf('lang="cy"');
    const details = page.indexOf('<details');
    expect(spoken).toBeGreaterThan(-1);
    expect(details).toBeGreaterThan(spoken);
    expect(page.slice(details)).toMatch(/<summary[^>]*>English translation<\/summary><div[^>]*lang="en"/);
    expect(page).toContain('Spoken in Welsh');
  });

  it("the contribution API gives the speech's languages and its translation", async () => {
    const welsh = (await listContributions(rt.db)).find((c) => c.spokenLanguage === 'cy' && c.translationText)!;
    const res = await contributionRoute.GET(new Request(`http://localhost/api/contributions/${welsh.id}`), { params: Promise.resolve({ id: welsh.id }) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { text: string; languages: unknown };
    expect(body.text).toBe(welsh.text);
    expect(body.languages).toEqual({ text: 'cy', spoken: 'cy', translation: { language: 'en', text: welsh.translationText } });
  });
});
