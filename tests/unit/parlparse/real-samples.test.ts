/**
 * Runs the parser over the shared real Hansard day files (../shared/data/real-samples) and scores
 * it against their manifest the way ../shared/eval/score-xml.mjs does: every contribution with a
 * named speaker must be found by sourceId with the same speaker name, the same type and, for
 * answers, links to the right question(s). Skipped where the shared folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '@/lib/parse/decode';
import { resolveSpeakers } from '@/lib/ingest/ingest-document';
import { PARLPARSE_FORMAT } from '@/lib/parse';
import { getDefaultRegisterIndex } from '@/lib/members';
import { parseParlparseXml } from '@/lib/parse/parlparse';
import { parsedRecordSchema, type ParsedRecord } from '@/lib/parse/record';

const dir = join(__dirname, '../../../../shared/data/real-samples');
const manifestPath = join(dir, 'manifest.json');

interface ManifestContribution {
  id: string;
  speakername?: string;
  role: string;
  answers?: string | string[];
}
interface ManifestDocument {
  file: string;
  contributions: ManifestContribution[];
}

const words = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKC')
    .match(/[\p{L}\p{N}]+/gu) ?? [];
const normName = (s: string | null | undefined) =>
  s == null ? null : words(s.toLowerCase().replace(/\b(the|rt|right|hon|honourable|dame|sir|mr|mrs|ms|miss|dr|mp|qc|kc)\b\.?/g, ' ')).join(' ') || null;
const wantType = (role: string) =>
  ['question', 'supplementary_question', 'written_question'].includes(role) ? 'question' : ['answer', 'written_answer'].includes(role) ? 'answer' : 'other';
const typeClass = (t: string) => (t === 'question' || t === 'answer' ? t : 'other');

function score(doc: ManifestDocument, records: ParsedRecord[]): { passed: number; failed: string[] } {
  const bySource = new Map<string, { c: ParsedRecord['contributions'][number]; r: ParsedRecord }>();
  for (const r of records) for (const c of r.contributions) if (c.sourceId) bySource.set(c.sourceId, { c, r });
  let passed = 0;
  const failed: string[] = [];
  for (const m of doc.contributions.filter((c) => c.speakername && c.role !== 'procedural')) {
    const hit = bySource.get(m.id);
    if (!hit) {
      failed.push(`${m.id}: not found`);
      continue;
    }
    if (normName(hit.c.speaker.name) !== normName(m.speakername)) {
      failed.push(`${m.id}: speaker ${hit.c.speaker.name}`);
      continue;
    }
    if (typeClass(hit.c.type) !== wantType(m.role)) {
      failed.push(`${m.id}: type ${hit.c.type}, want ${m.role}`);
      continue;
    }
    if (m.answers) {
      const want = new Set([m.answers].flat());
      const got = [hit.c.answers ?? []].flat().map((i) => hit.r.contributions[i]?.sourceId);
      if (!got.length || !got.every((g) => g && want.has(g))) {
        failed.push(`${m.id}: answers ${got.join(',')}`);
        continue;
      }
    }
    passed++;
  }
  return { passed, failed };
}

describe.skipIf(!existsSync(manifestPath))('real ParlParse samples', () => {
  const manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as { documents: ManifestDocument[] }) : { documents: [] };

  it('parses every file into valid records and scores at least 99 %', () => {
    let passed = 0;
    const failures: string[] = [];
    for (const doc of manifest.documents) {
      const path = join(dir, doc.file);
      const { records } = resolveSpeakers(getDefaultRegisterIndex(), {
        format: PARLPARSE_FORMAT,
        records: parseParlparseXml(decodeDocument(readFileSync(path), path), { fileName: path }),
      });
      for (const record of records) parsedRecordSchema.parse(record);
      const result = score(doc, records);
      passed += result.passed;
      failures.push(...result.failed.map((f) => `${doc.file} ${f}`));
    }
    const accuracy = passed / (passed + failures.length);
    expect(failures.slice(0, 20), `accuracy ${(accuracy * 100).toFixed(2)} %`).toEqual(accuracy >= 0.99 ? failures.slice(0, 20) : []);
    expect(accuracy).toBeGreaterThanOrEqual(0.99);
  }, 60_000);
});
