/**
 * The devolved legislatures' citations, in each body's own style, on their real day files
 * (../shared/data/devolved): the Scottish Parliament's Official Report with its column, its
 * written answers by reference, the NI Assembly's Official Report (which prints no columns).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatOscolaCitation } from '@/lib/cite';
import { parseDocument } from '@/lib/parse';

const DEVOLVED = join(__dirname, '../../../shared/data/devolved/scrapedxml');

function cite(path: string, sourceId: string): string {
  const file = join(DEVOLVED, path);
  for (const r of parseDocument(readFileSync(file), { fileName: file }).records) {
    const c = r.contributions.find((x) => x.sourceId === sourceId);
    if (c) return formatOscolaCitation({ ...r, question: r.question ?? null }, c);
  }
  throw new Error(`${sourceId} is not in ${path}`);
}

describe('devolved citations', () => {
  it('Scottish Parliament Official Report with the column the speech starts in', () => {
    expect(cite('sp/sp2009-10-28.xml', 'uk.org.publicwhip/spor/2009-10-28.20529.2')).toBe('Scottish Parliament Official Report 28 October 2009, col 20529');
  });
  it('a Scottish Parliament written answer by its reference', () => {
    expect(cite('sp-written/spwa2009-10-26.xml', 'uk.org.publicwhip/spwa/2009-10-26.S3W-28257.r0')).toBe(
      'Scottish Parliament Written Answer S3W-28257, 26 October 2009',
    );
  });
  it('Northern Ireland Assembly Official Report, no column (the report prints none)', () => {
    expect(cite('ni/ni2009-10-12.xml', 'uk.org.publicwhip/ni/2009-10-12.1.2')).toBe('Northern Ireland Assembly Official Report 12 October 2009');
  });
});
