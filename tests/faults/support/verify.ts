/**
 * What "nothing lost, nothing doubled" means, checked against the parser's own reading of every
 * file: each stored document holds exactly its parsed records and contributions, and the search
 * index holds exactly the stored contributions.
 */
import { readFileSync } from 'node:fs';
import type { Meilisearch } from 'meilisearch';
import type { Db } from '../../../lib/db/client';
import { listDocumentContents } from '../../support/inventory';
import { documentId, documentKey } from '../../../lib/ids';
import { parseDocument } from '../../../lib/parse';

export interface ExpectedDocument {
  file: string;
  documentId: string;
  records: Array<{ title: string; kind: string; contributions: Array<{ type: string; speakerName: string | null; text: string }> }>;
}

export function expectDocuments(files: string[]): Map<string, ExpectedDocument> {
  const out = new Map<string, ExpectedDocument>();
  for (const file of files) {
    const parsed = parseDocument(readFileSync(file), { fileName: file });
    const id = documentId(documentKey(file));
    out.set(id, {
      file,
      documentId: id,
      records: parsed.records.map((r) => ({
        title: r.title,
        kind: r.kind,
        contributions: r.contributions.map((c) => ({ type: c.type, speakerName: c.speaker.name, text: c.text })),
      })),
    });
  }
  return out;
}

export interface StoreCheck {
  documents: number;
  complete: number;
  records: number;
  contributions: number;
  /** Human-readable problems: a document with missing, extra or different records or contributions. */
  problems: string[];
}

/** Every document in Postgres must hold exactly what its file parses to (no half documents). */
export async function checkStore(db: Db, expected: Map<string, ExpectedDocument>): Promise<StoreCheck> {
  const docs = await listDocumentContents(db);
  const problems: string[] = [];
  let records = 0;
  let contributions = 0;
  let complete = 0;
  for (const d of docs) {
    records += d.records.length;
    for (const r of d.records) contributions += r.contributions.length;
    const want = expected.get(d.id);
    if (!want) {
      problems.push(`document ${d.id} is not from any file`);
      continue;
    }
    const got = d.records.map((r) => ({ title: r.title, kind: r.kind, contributions: r.contributions }));
    if (JSON.stringify(got) === JSON.stringify(want.records)) complete++;
    else
      problems.push(
        `${want.file}: stored ${got.length} records / ${got.reduce((n, r) => n + r.contributions.length, 0)} contributions, parse gives ${want.records.length} / ${want.records.reduce((n, r) => n + r.contributions.length, 0)}`,
      );
  }
  return { documents: docs.length, complete, records, contributions, problems };
}

/** Every id in the index, paged. */
export async function indexedIds(client: Meilisearch, indexName: string): Promise<string[]> {
  const index = client.index(indexName);
  const ids: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await index.getDocuments<{ id: string }>({ fields: ['id'], limit: 1000, offset });
    ids.push(...page.results.map((d) => d.id));
    if (page.results.length < 1000) break;
  }
  return ids;
}

/** Ids in one list and not the other, both ways, and duplicates in the index list. */
export function compareIds(stored: string[], indexed: string[]) {
  const s = new Set(stored);
  const i = new Set(indexed);
  return {
    missingFromIndex: stored.filter((id) => !i.has(id)),
    notInStore: [...i].filter((id) => !s.has(id)),
    duplicatesInIndex: indexed.length - i.size,
  };
}
