/**
 * Measures speaker resolution over the shared real ParlParse day files
 * (../shared/data/real-samples): every contribution with a speaker reference is resolved and
 * compared with the manifest's register person and party. Twice: with the source reference (how
 * ingest runs on these files) and with the printed name only (what text sources give us).
 * Skipped where the shared folder is absent. Prints the figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRegisterIndex, getDefaultRegister, getDefaultRegisterIndex, resolveRecordSpeakers, resolveSpeaker } from '@/lib/members';
import { decodeDocument } from '@/lib/parse/decode';
import { resolveSpeakers } from '@/lib/ingest/ingest-document';
import { PARLPARSE_FORMAT } from '@/lib/parse';
import { parseParlparseXml } from '@/lib/parse/parlparse';
import { toPartyName } from '@/lib/vocabulary';

const dir = join(__dirname, '../../../../shared/data/real-samples');
const manifestPath = join(dir, 'manifest.json');

interface ManifestSpeaker {
  speaker_ref: string;
  register_person_id: string;
  party_name: string | null;
  speakername: string;
}
interface ManifestDocument {
  file: string;
  speakers: ManifestSpeaker[];
}
type Tally = { right: number; wrong: number; ambiguous: number; unknown: number; speakersRight: Set<string>; speakersAll: Set<string>; failures: string[] };

describe.skipIf(!existsSync(manifestPath))('speaker resolution on real ParlParse samples', () => {
  it('resolves ≥ 99 % of speakers to the right person and party by reference, and none wrongly by name alone', () => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { documents: ManifestDocument[] };
    const register = getDefaultRegisterIndex();
    const forImport = buildRegisterIndex(getDefaultRegister());
    const carriedDiffer: string[] = [];
    const tallies = { reference: newTally(), 'name only': newTally() };
    for (const doc of manifest.documents) {
      const want = new Map(doc.speakers.map((s) => [s.speaker_ref, s]));
      const path = join(dir, doc.file);
      const { records, resolutions } = resolveSpeakers(register, {
        format: PARLPARSE_FORMAT,
        records: parseParlparseXml(decodeDocument(readFileSync(path), path), { fileName: path }),
      });
      // Carried, not redone: what parsing resolved is what re-resolving the stored speakers gives (carried.test.ts).
      if (JSON.stringify(resolveRecordSpeakers(forImport, records)) !== JSON.stringify(resolutions)) carriedDiffer.push(doc.file);
      for (const record of records) {
        for (const c of record.contributions) {
          const expected = c.speaker.sourceRef ? want.get(c.speaker.sourceRef) : undefined;
          if (!expected) continue;
          const date = c.date ?? record.date;
          for (const [mode, tally] of Object.entries(tallies)) {
            // Name only: no reference, and no party or seat (the parser took those from the register by reference).
            const input = mode === 'reference' ? c.speaker : { name: c.speaker.name, role: c.speaker.role, party: null, constituency: null, sourceRef: null };
            const res = resolveSpeaker(register, { ...input, date, house: record.house });
            const who = `${doc.file} ${expected.speakername} (${expected.speaker_ref})`;
            tally.speakersAll.add(who);
            if (res?.status === 'resolved') {
              if (res.personId === expected.register_person_id && res.party === toPartyName(expected.party_name)) {
                tally.right++;
                tally.speakersRight.add(who);
              } else {
                tally.wrong++;
                tally.failures.push(`${who}: got ${res.personId} ${res.party}, want ${expected.register_person_id} ${expected.party_name}`);
              }
            } else if (res?.status === 'ambiguous') tally.ambiguous++;
            else tally.unknown++;
          }
        }
      }
    }
    for (const [mode, t] of Object.entries(tallies)) {
      const total = t.right + t.wrong + t.ambiguous + t.unknown;
      console.log(
        `speaker resolution (${mode}): ${t.right}/${total} contributions right (${((100 * t.right) / total).toFixed(2)} %), ${t.wrong} wrong, ${t.ambiguous} ambiguous, ${t.unknown} unknown; ` +
          `${t.speakersRight.size}/${t.speakersAll.size} speakers (per file) right`,
      );
    }
    expect(carriedDiffer).toEqual([]);
    const byRef = tallies.reference;
    expect(byRef.failures).toEqual([]);
    expect(byRef.right / (byRef.right + byRef.ambiguous + byRef.unknown)).toBeGreaterThanOrEqual(0.99);
    expect(tallies['name only'].failures).toEqual([]);
    expect(tallies['name only'].right / byRef.right).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});

function newTally(): Tally {
  return { right: 0, wrong: 0, ambiguous: 0, unknown: 0, speakersRight: new Set(), speakersAll: new Set(), failures: [] };
}
