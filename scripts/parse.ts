/** `npm run --silent parse -- FILE`: prints the parsed record(s) as JSON; touches no database. */
import { readFileSync } from 'node:fs';
import { parseDocument } from '../lib/parse';
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
  const doc = parseDocument(bytes, { fileName: file });
  process.stdout.write(JSON.stringify(doc.multiRecord ? doc.records : doc.records[0], null, 2) + '\n');
} catch (e) {
  if (e instanceof DocumentParseError) console.error(e.message);
  else console.error(`${file}: could not parse (${e instanceof Error ? e.message : String(e)})`);
  process.exit(1);
}
