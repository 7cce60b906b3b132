import { describe, expect, it } from 'vitest';
import { appSearchKeyUid, webProcessEnv } from '@/lib/search/api-keys';

describe('appSearchKeyUid', () => {
  it('is one UUID v4 per index name, the same every start', () => {
    const uid = appSearchKeyUid('contributions');
    expect(uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(appSearchKeyUid('contributions')).toBe(uid);
    expect(appSearchKeyUid('e2e_contributions')).not.toBe(uid);
  });
});

describe('webProcessEnv', () => {
  it('drops the master key under any name and adds the search key', () => {
    const env = webProcessEnv(
      { PATH: '/bin', MEILI_MASTER_KEY: 'master-secret', TEST_MEILI_KEY: 'master-secret', MEILI_SEARCH_KEY: 'stale', MEILI_URL: 'http://127.0.0.1:7700' },
      { masterKey: 'master-secret', searchKey: 'search-only' },
    );
    expect(env).toEqual({ PATH: '/bin', MEILI_URL: 'http://127.0.0.1:7700', MEILI_SEARCH_KEY: 'search-only' });
  });

  it('passes no key at all to a Meilisearch that runs without keys', () => {
    expect(webProcessEnv({ MEILI_URL: 'http://x' }, { masterKey: undefined, searchKey: undefined })).toEqual({ MEILI_URL: 'http://x' });
  });
});
