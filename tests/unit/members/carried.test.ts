/**
 * Resolution is done once and carried: the ParlParse parser hands ingest the register's answer for
 * each speaker, and ingest stores it. The register import later re-resolves stored speakers from
 * their printed fields with the same rule; that must give the same answer, or every import would
 * rewrite rows that did not change. Checked here on the XML fixtures; real-samples.test.ts checks
 * the shared real day files the same way while it measures them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRegisterIndex, loadRegister, resolveRecordSpeakers } from '@/lib/members';
import { decodeDocument } from '@/lib/parse/decode';
import { resolveSpeakers } from '@/lib/ingest/ingest-document';
import { PARLPARSE_FORMAT } from '@/lib/parse';
import { parseParlparseXml } from '@/lib/parse/parlparse';

const fixtures = join(__dirname, '../../fixtures/xml');

describe('a speaker resolved while parsing is what re-resolving the stored speaker gives', () => {
  it('on the XML fixtures and their register', () => {
    const register = loadRegister(join(fixtures, 'register.json'));
    // Two indexes, so nothing remembered from parsing answers for the re-resolution.
    const [forParsing, forImport] = [buildRegisterIndex(register), buildRegisterIndex(register)];
    const files = readdirSync(fixtures).filter((f) => f.endsWith('.xml'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    let resolved = 0;
    for (const file of files) {
      const { records, resolutions } = resolveSpeakers(forParsing, {
        format: PARLPARSE_FORMAT,
        records: parseParlparseXml(decodeDocument(readFileSync(join(fixtures, file)), file), { fileName: file }),
      });
      expect(resolveRecordSpeakers(forImport, records), file).toEqual(resolutions);
      resolved += resolutions.flat().filter((r) => r?.status === 'resolved').length;
    }
    expect(resolved).toBeGreaterThan(0);
  });
});
