/**
 * Contributions of a Hansard page that prints no speaker lines, told apart by the text alone:
 * a quotation (introduced by "…:" or opening with a quote mark) stays inside the contribution
 * around it; a question runs until it has asked something; a reply runs until a question starts.
 */
import type { ContributionType } from '../record';
import { addressesMinister, opensLikeAnswer, readsLikeQuestion } from '../shared/cues';
import { OPENING_QUOTE } from '../shared/text';

export interface Segment {
  type: Extract<ContributionType, 'question' | 'answer'>;
  paragraphs: string[];
}

/** Paragraphs → units: a quotation and what its introduction and its close hold together. */
function groupQuotations(paragraphs: string[]): string[][] {
  const units: string[][] = [];
  let quoteOpen = false;
  for (const p of paragraphs) {
    const current = units[units.length - 1];
    const previous = current?.[current.length - 1];
    const introduced = !!previous && /:$/.test(previous);
    const isQuote = OPENING_QUOTE.test(p);
    const afterQuote = quoteOpen && !opensLikeAnswer(p) && !readsLikeQuestion(current.join('\n'));
    if (current && (introduced || isQuote || afterQuote)) current.push(p);
    else units.push([p]);
    quoteOpen = isQuote || introduced;
  }
  return units;
}

/** Has the question in this segment been asked (a question mark, or the "To ask…" form)? */
function asked(segment: Segment): boolean {
  return segment.paragraphs.some((p) => readsLikeQuestion(p));
}

function questionLike(unit: string[]): boolean {
  const text = unit.join('\n');
  return !opensLikeAnswer(unit[0]) && (readsLikeQuestion(text) || addressesMinister(unit[0]));
}

export function segmentUnnamed(paragraphs: string[]): Segment[] {
  const segments: Segment[] = [];
  for (const unit of groupQuotations(paragraphs)) {
    const current = segments[segments.length - 1];
    const qLike = questionLike(unit);
    if (!current) {
      segments.push({ type: qLike ? 'question' : 'answer', paragraphs: [...unit] });
    } else if (current.type === 'answer') {
      if (qLike) segments.push({ type: 'question', paragraphs: [...unit] });
      else current.paragraphs.push(...unit);
    } else if (!asked(current)) {
      // a question's preamble: it goes on until the question is put, unless a reply clearly starts
      if (opensLikeAnswer(unit[0])) segments.push({ type: 'answer', paragraphs: [...unit] });
      else current.paragraphs.push(...unit);
    } else if (readsLikeQuestion(unit.join('\n')) && !opensLikeAnswer(unit[0]) && !/^(?:My Lords|I thank|Further to)\b/.test(unit[0])) {
      // once a question is put, only a further question continues it: a minister's reply may name "the Minister for …" too
      current.paragraphs.push(...unit);
    } else {
      segments.push({ type: 'answer', paragraphs: [...unit] });
    }
  }
  return segments;
}
