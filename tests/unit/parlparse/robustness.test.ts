/** Whatever text arrives, the parser returns schema-valid records or a DocumentParseError — never a crash. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRegisterIndex } from '@/lib/members';
import { resolveSpeakers } from '@/lib/ingest/ingest-document';
import { PARLPARSE_FORMAT } from '@/lib/parse';
import { parseParlparseXml } from '@/lib/parse/parlparse';
import { DocumentParseError, parsedRecordSchema } from '@/lib/parse/record';

const register = buildRegisterIndex({ persons: [] });
const fragment = fc.constantFrom(
  '<major-heading id="uk.org.publicwhip/debate/2009-10-26b.1.0">HEAD &amp; ING</major-heading>',
  '<minor-heading id="uk.org.publicwhip/debate/2009-10-26b.1.1">Minor</minor-heading>',
  '<oral-heading id="x">ORAL</oral-heading>',
  '<speech id="uk.org.publicwhip/debate/2009-10-26b.1.2" speakerid="uk.org.publicwhip/member/1" speakername="A B" oral-qnum="1" time="14:30:00"><p qnum="1">Q?</p></speech>',
  '<speech id="uk.org.publicwhip/debate/2009-10-26b.1.3" speakername="C D" type="Start Answer" person_id="uk.org.publicwhip/person/2"><p>A.</p></speech>',
  '<speech nospeaker="true"><p>Procedural</p></speech>',
  '<ques id="q" speakername="E"><p>Q</p></ques>',
  '<reply id="r" speakername="F"><p>R</p></reply>',
  '<division id="d"><divisioncount ayes="x" noes="2"/></division>',
  '<p>stray</p>',
  '&unknown;',
  '</speech>',
  '<speech',
  '\u0097',
);

describe('robustness', () => {
  it('never throws anything but DocumentParseError, and every record is valid', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fragment, fc.string()), { maxLength: 12 }),
        fc.constantFrom('debates2009-10-26b.xml', 'answers2009-10-26f.xml', 'x.xml'),
        (parts, fileName) => {
          const text = `<publicwhip latest="yes">${parts.join('\n')}</publicwhip>`;
          try {
            for (const record of resolveSpeakers(register, { format: PARLPARSE_FORMAT, records: parseParlparseXml(text, { fileName }) }).records)
              expect(parsedRecordSchema.safeParse(record).success).toBe(true);
          } catch (e) {
            expect(e).toBeInstanceOf(DocumentParseError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a superseded version of a day yields no records', () => {
    const text = '<publicwhip latest="no"><minor-heading id="h">T</minor-heading><speech id="s" speakername="A"><p>x</p></speech></publicwhip>';
    expect(parseParlparseXml(text, { fileName: 'debates2009-10-26a.xml' })).toEqual([]);
  });

  it('refuses a file with nothing readable, naming it', () => {
    expect(() => parseParlparseXml('<publicwhip>', { fileName: 'empty.xml' })).toThrow(/^empty\.xml: no headings or speeches/);
  });
});
