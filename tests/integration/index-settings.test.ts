/**
 * ensureIndex against a real Meilisearch, for an index made before decision 023: it gets today's
 * settings (Meilisearch re-indexes its documents itself), its documents still answer filters, and
 * a second ensureIndex finds nothing to change, so no settings task runs on every index pass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearchClient, ensureIndex, settingsMatch, waitForTask } from '../../lib/search/index-admin';
import { CONTRIBUTIONS_SETTINGS } from '../../lib/search/settings';
import { BEFORE_SHAPE } from '../../scripts/bench/settings-variants';
import { servicesFromEnv } from '../support/test-services';
import { seedSearchDocuments } from './search-support';

const INDEX = 'it_index_settings';
const services = servicesFromEnv();
if (!services) throw new Error('test services are not running (run through `npm test -- integration`)');
const client = createSearchClient(services.meiliUrl, services.meiliKey);

const settingsTasks = async () => (await client.tasks.getTasks({ indexUids: [INDEX], types: ['settingsUpdate'], limit: 100 })).results.length;

describe('index settings on an existing index', () => {
  beforeAll(async () => {
    await client.deleteIndexIfExists(INDEX);
    const old = await ensureIndex(client, INDEX, BEFORE_SHAPE.settings);
    await waitForTask(old.addDocuments(seedSearchDocuments()), 'indexing the seeds');
  });
  afterAll(async () => {
    await client.deleteIndexIfExists(INDEX);
  });

  it('gets the settings of decision 023 once, and keeps answering filters', async () => {
    expect(settingsMatch((await client.index(INDEX).getSettings()) as Record<string, unknown>, CONTRIBUTIONS_SETTINGS as Record<string, unknown>)).toBe(false);
    const index = await ensureIndex(client, INDEX);
    const settings = await index.getSettings();
    expect(settingsMatch(settings as Record<string, unknown>, CONTRIBUTIONS_SETTINGS as Record<string, unknown>)).toBe(true);
    expect(settings.typoTolerance?.disableOnAttributes).toEqual(['uins']);

    const tasks = await settingsTasks();
    await ensureIndex(client, INDEX);
    expect(await settingsTasks()).toBe(tasks);

    const all = await index.search('', { limit: 0 });
    const commons = await index.search('', { filter: 'house IN ["Commons"] AND day >= 0', limit: 0 });
    expect(all.estimatedTotalHits).toBe(seedSearchDocuments().length);
    expect(commons.estimatedTotalHits).toBeGreaterThan(0);
    expect(commons.estimatedTotalHits).toBeLessThan(all.estimatedTotalHits!);
    // Equality-only attributes refuse ranges, as the settings say (nothing of ours asks for one).
    await expect(index.search('', { filter: 'year > 2000', limit: 0 })).rejects.toThrow(/year/);
  });
});
