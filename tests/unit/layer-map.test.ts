/**
 * The layer map of docs/architecture.md is enforced by Biome's noRestrictedImports (biome.jsonc's
 * overrides): temporary files that break it, one per kind of break, fail the linter naming the
 * rule; a file that keeps to the map passes. The files are written into the tree (the overrides
 * go by folder) under names no one else uses, and removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/test-services';

const BIOME = path.join(ROOT, 'node_modules', '.bin', 'biome');
const probeName = `layer-probe-${process.pid}.ts`;
const written: string[] = [];

function probe(folder: string, source: string): string {
  const file = path.join(folder, probeName);
  writeFileSync(path.join(ROOT, file), source);
  written.push(file);
  return file;
}

function lint(files: string[]): { status: number | null; output: string } {
  const run = spawnSync(BIOME, ['lint', '--max-diagnostics=100', ...files], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** The diagnostics Biome printed for one file (each starts with the file's path). */
function diagnosticsOf(output: string, file: string): string {
  return output
    .split(/\n(?=\S+\.tsx?:\d+:\d+ )/)
    .filter((block) => block.startsWith(`${file}:`))
    .join('\n');
}

afterAll(() => {
  for (const file of written) rmSync(path.join(ROOT, file), { force: true });
});

describe('the layer map', () => {
  it('fails the linter on imports the map forbids', () => {
    const breaks = {
      parserReadsTheDatabase: probe('lib/parse', "import { getDb } from '../db/client';\nexport const probe = getDb;\n"),
      parserTakesTheRegister: probe('lib/parse', "import { getDefaultRegisterIndex } from '@/lib/members';\nexport const probe = getDefaultRegisterIndex;\n"),
      componentRunsTheSearch: probe('components/search', "import { runSearch } from '@/lib/search/app-search';\nexport const probe = runSearch;\n"),
      questionsCallTheStore: probe('lib/questions', "import { storeDocument } from '../db/store';\nexport const probe = storeDocument;\n"),
      dbImportsUpwards: probe('lib/db', "import { FACETS } from '../search/fields';\nexport const probe = FACETS;\n"),
      deepIntoLibDb: probe('lib/http', "import { hasRecord } from '../db/proxy/page-existence';\nexport const probe = hasRecord;\n"),
      commandReadsServerOnlyPages: probe('lib/alerts', "import { getRecordView } from '../db/pages';\nexport const probe = getRecordView;\n"),
      prismaTypesLeak: probe('lib/alerts', "import type { Alert } from '../db/generated/client';\nexport type Probe = Alert;\n"),
    };
    const { status, output } = lint(Object.values(breaks).map((f) => path.normalize(f)));
    expect(status).not.toBe(0);
    for (const [what, file] of Object.entries(breaks)) {
      const found = diagnosticsOf(output, path.normalize(file));
      expect(found, what).toContain('lint/style/noRestrictedImports');
    }
  }, 60_000);

  it('passes a file that keeps to the map', () => {
    const fine = [
      probe(
        'lib/parse',
        "import type { SpeakerResolution } from '@/lib/members';\nimport type { ParsedRecord } from './record';\nexport type Probe = [SpeakerResolution, ParsedRecord];\n",
      ),
      probe('components/record', "import type { RecordView } from '@/lib/db/pages';\nexport type Probe = RecordView;\n"),
      probe('lib/ingest', "import { storeDocument } from '../db/store';\nexport const probe = storeDocument;\n"),
    ];
    const { status, output } = lint(fine);
    expect(output).not.toContain('noRestrictedImports');
    expect(status, output).toBe(0);
  }, 60_000);
});
