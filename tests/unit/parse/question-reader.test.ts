/**
 * createQuestionReader reads paragraph by paragraph what readsLikeQuestion's definition says of the
 * paragraphs joined: a "?" outside quotations, or a question's opening form in one sentence.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createQuestionReader, readsLikeQuestion } from '@/lib/parse/shared/cues';
import { withoutQuotations } from '@/lib/parse/shared/text';

/** The definition, written the plain way (and quadratic when asked after every paragraph). */
function byDefinition(text: string): boolean {
  if (withoutQuotations(text).includes('?')) return true;
  const t = text.trim();
  return (
    /^To ask\b/.test(t) ||
    (/^(?:To ask\b|What\b|Whether\b|How\b|When\b|Why\b|Which\b|Will\b|Would\b|Does\b|Do\b|Can\b|Could\b|Is\b|Are\b|Has\b|Have\b|Should\b|If (?:he|she|they) will\b)/.test(
      t,
    ) &&
      /^[^.?!]*[.?!]?$/.test(t))
  );
}

const piece = fc.constantFrom(
  'What',
  'To ask',
  'If she will',
  'Does the Minister agree',
  ' ',
  '\n',
  '.',
  '?',
  '!',
  '“',
  '”',
  '"',
  'x',
  'said:',
  '\u00a0',
  'Why',
);
const paragraph = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

describe('createQuestionReader', () => {
  it('agrees with the definition after every paragraph added', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 8 }), (paragraphs) => {
        const reader = createQuestionReader();
        paragraphs.forEach((p, i) => {
          reader.add(p);
          expect(reader.readsLikeQuestion(), JSON.stringify(paragraphs.slice(0, i + 1))).toBe(byDefinition(paragraphs.slice(0, i + 1).join('\n')));
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('reads known cases', () => {
    expect(readsLikeQuestion('What steps is the Government taking')).toBe(true);
    expect(readsLikeQuestion('What a day. It rained.')).toBe(false);
    expect(readsLikeQuestion('He said “is it?” and sat down.')).toBe(false);
    expect(createQuestionReader().add('He wrote: “Why').add('not?” and left').readsLikeQuestion()).toBe(false);
    expect(createQuestionReader().add('He wrote: “Why”').add('Is it?').readsLikeQuestion()).toBe(true);
  });
});
