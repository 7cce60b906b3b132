/**
 * `npm run --silent parse -- FILE`: prints the parsed record(s) as JSON, speakers resolved in the
 * step after parsing; touches no database. It resolves against the bundled register, chosen here
 * once, so what it prints does not depend on what a sync left in a data folder.
 */
import { readFileSync } from 'node:fs';
import { parseAndResolve } from '../lib/ingest/ingest-document';
import { getDefaultRegisterIndex } from '../lib/members';
import { DocumentParseError } from '../lib/parse/record';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run --silent parse -- FILE');
  process.exit(2);
}
try {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new DocumentParseError(`${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const doc = parseAndResolve(bytes, { fileName: file }, getDefaultRegisterIndex());
  process.stdout.write(JSON.stringify(doc.multiRecord ? doc.records : doc.records[0], null, 2) + '\n');
} catch (e) {
  if (e instanceof DocumentParseError) console.error(e.message);
  else console.error(`${file}: could not parse (${e instanceof Error ? e.message : String(e)})`);
  process.exit(1);
}
