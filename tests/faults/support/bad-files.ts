/**
 * Files an archive really contains next to good ones: empty, binary, huge, Latin-1, UTF-16 with a
 * BOM, HTML, cut off mid-contribution; and two hostile ones (50,000 leading comments, a DTD entity
 * that would expand to 20 GB). `bad: true` marks the ones ingest must refuse; the others
 * must be read sensibly (decoded right, furniture stripped, what is there kept).
 */
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../support/test-services';
import { MAX_DOCUMENT_BYTES } from '../../../lib/parse/decode';

export const SEED_QA = path.join(ROOT, 'seeds', '002_737171ab14034b46.txt'); // TWFY oral answers, 14 contributions
export const SEED_WQ = path.join(ROOT, 'seeds', '004_9f30effc86ea8fa1.txt'); // written question

export const DAY_FILE = path.join(ROOT, 'tests', 'fixtures', 'xml', 'debates2009-10-26b.oral-questions.xml');

/** A day file whose DTD declares a 1 MB entity that its one speech uses 20,000 times. */
export function entityExpansionDayFile(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE publicwhip [ <!ENTITY big "${'x'.repeat(1024 * 1024)}"> ]>
<publicwhip latest="yes">
<major-heading id="uk.org.publicwhip/debate/2009-10-26b.1.0">Flood Defences</major-heading>
<speech id="uk.org.publicwhip/debate/2009-10-26b.1.1" speakername="A Member"><p>${'&big;'.repeat(20_000)}</p></speech>
</publicwhip>
`;
}

export interface BadFile {
  name: string;
  bad: boolean;
  /** For refused files: words the one-line reason must contain. */
  reason?: RegExp;
}

/** Writes the set into `dir`; returns what each is. */
export function writeBadFiles(dir: string): BadFile[] {
  const qa = readFileSync(SEED_QA, 'utf8');
  const wq = readFileSync(SEED_WQ, 'utf8');
  const w = (name: string, data: string | Buffer) => writeFileSync(path.join(dir, name), data);

  w('empty.txt', '');
  w('blank.txt', '\n\n   \n\t\n');
  // A PNG header and random-looking bytes under a .txt name.
  w(
    'binary.txt',
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)),
    ]),
  );
  // 50 MB, sparse: over the limit; must be refused from its size without being read.
  const big = openSync(path.join(dir, 'huge.txt'), 'w');
  writeSync(big, 'Big Debate\n\n');
  writeSync(big, 'x', 50 * 1024 * 1024 - 1);
  closeSync(big);
  // Latin-1 bytes (not UTF-8): £ and é must come through.
  w('latin1.txt', Buffer.from(wq.replace('The trafficking of women', 'It costs £5 million and the café trafficking of women'), 'latin1'));
  // UTF-16 little-endian with a BOM.
  w('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(qa, 'utf16le')]));
  // The same page as HTML, with a script that must not survive as text.
  const html = `<!doctype html><html><head><title>x</title><script>var tracking = 1;</script><style>p{}</style></head><body>${qa
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n')}</body></html>`;
  w('page.html', html);
  // Cut off in the middle of a contribution.
  w('truncated.txt', qa.slice(0, Math.floor(qa.length * 0.45)));
  // A real day file with 50,000 comments before its root: read as ParlParse XML, in one pass.
  const day = readFileSync(DAY_FILE, 'utf8');
  const declaration = day.slice(0, day.indexOf('?>') + 2);
  w('comments-day.xml', declaration + '\n<!-- c -->'.repeat(50_000) + day.slice(declaration.length));
  // A DTD entity of 1 MB used 20,000 times: 20 GB if expanded; refused unread.
  w('entity-expansion.xml', entityExpansionDayFile());
  // And a plain good one.
  w('good.txt', wq);
  return [
    { name: 'empty.txt', bad: true, reason: /empty/ },
    { name: 'blank.txt', bad: true, reason: /white space/ },
    { name: 'binary.txt', bad: true, reason: /binary/ },
    { name: 'huge.txt', bad: true, reason: new RegExp(`50 MB, more than the ${MAX_DOCUMENT_BYTES / 1048576} MB`) },
    { name: 'latin1.txt', bad: false },
    { name: 'utf16.txt', bad: false },
    { name: 'page.html', bad: false },
    { name: 'truncated.txt', bad: false },
    { name: 'comments-day.xml', bad: false },
    { name: 'entity-expansion.xml', bad: true, reason: /the entities its DTD declares would add more than 1 MB of text when expanded/ },
    { name: 'good.txt', bad: false },
  ];
}
