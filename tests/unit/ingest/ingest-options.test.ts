import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INGEST_NODE_OPTIONS } from '../../../scripts/bench/measure';

describe('the benchmark ingest', () => {
  it('runs with the Node options of npm run ingest, so its peak RSS is the one users get', () => {
    const scripts = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).scripts;
    expect(scripts.ingest).toBe(`NODE_OPTIONS=${INGEST_NODE_OPTIONS} tsx scripts/ingest.ts`);
  });
});
