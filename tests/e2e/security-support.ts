/** The services and index the end-to-end app uses, for specs that add (and remove) their own documents. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { servicesFromEnv, TEST_DATA_DIR, TEST_PORTS } from '../support/test-services';
import { embeddedPostgresUrl } from '../../lib/embedded/postgres';

export const E2E_INDEX = 'e2e_contributions';

/** From the runner's TEST_* variables, or (a bare `playwright test`) from the slot's data dir and ports. */
export function e2eServices(): { databaseUrl: string; meiliUrl: string; meiliKey: string } {
  const fromEnv = servicesFromEnv();
  if (fromEnv) return fromEnv;
  const keyFile = path.join(TEST_DATA_DIR, 'meili-master-key');
  return {
    databaseUrl: embeddedPostgresUrl(TEST_PORTS.pg),
    meiliUrl: `http://127.0.0.1:${TEST_PORTS.meili}`,
    meiliKey: existsSync(keyFile) ? readFileSync(keyFile, 'utf8').trim() : '',
  };
}
