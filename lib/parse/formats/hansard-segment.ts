/**
 * Contributions of a Hansard page that prints no speaker lines, told apart by the text alone:
 * a quotation (introduced by "…:" or opening with a quote mark) stays inside the contribution
 * around it; a question runs until it has asked something; a reply runs until a question starts.
 */
import type { ContributionType } from '../record';
import { addressesMinister, createQuestionReader, opensLikeAnswer, readsLikeQuestion } from '../shared/cues';
import { OPENING_QUOTE } from '../shared/text';

export interface Segment {
  type: Extract<ContributionType, 'question' | 'answer'>;
  paragraphs: string[];
}

/** Paragraphs → units: a quotation and what its introduction and its close hold together. */
function groupQuotations(paragraphs: string[]): string[][] {
  const units: string[][] = [];
  let unitReader = createQuestionReader(); // reads the last unit as it grows: asking anew each paragraph was quadratic
  let quoteOpen = false;
  for (const p of paragraphs) {
    const current = units[units.length - 1];
    const previous = current?.[current.length - 1];
    const introduced = !!previous && /:$/.test(previous);
    const isQuote = OPENING_QUOTE.test(p);
    const afterQuote = quoteOpen && !opensLikeAnswer(p) && !unitReader.readsLikeQuestion();
    if (current && (introduced || isQuote || afterQuote)) current.push(p);
    else {
      units.push([p]);
      unitReader = createQuestionReader();
    }
    unitReader.add(p);
    quoteOpen = isQuote || introduced;
  }
  return units;
}

/** A segment being built, with whether its question has been asked yet (a question mark, or the "To ask…" form). */
interface OpenSegment extends Segment {
  asked: boolean;
}

function openSegment(type: Segment['type'], unit: string[]): OpenSegment {
  return { type, paragraphs: [...unit], asked: unit.some((p) => readsLikeQuestion(p)) };
}

function extend(segment: OpenSegment, unit: string[]): void {
  segment.paragraphs.push(...unit);
  segment.asked ||= unit.some((p) => readsLikeQuestion(p));
}

function questionLike(unit: string[]): boolean {
  const text = unit.join('\n');
  return !opensLikeAnswer(unit[0]) && (readsLikeQuestion(text) || addressesMinister(unit[0]));
}

export function segmentUnnamed(paragraphs: string[]): Segment[] {
  const segments: OpenSegment[] = [];
  for (const unit of groupQuotations(paragraphs)) {
    const current = segments[segments.length - 1];
    const qLike = questionLike(unit);
    if (!current) {
      segments.push(openSegment(qLike ? 'question' : 'answer', unit));
    } else if (current.type === 'answer') {
      if (qLike) segments.push(openSegment('question', unit));
      else extend(current, unit);
    } else if (!current.asked) {
      // a question's preamble: it goes on until the question is put, unless a reply clearly starts
      if (opensLikeAnswer(unit[0])) segments.push(openSegment('answer', unit));
      else extend(current, unit);
    } else if (readsLikeQuestion(unit.join('\n')) && !opensLikeAnswer(unit[0]) && !/^(?:My Lords|I thank|Further to)\b/.test(unit[0])) {
      // once a question is put, only a further question continues it: a minister's reply may name "the Minister for …" too
      extend(current, unit);
    } else {
      segments.push(openSegment('answer', unit));
    }
  }
  return segments.map(({ type, paragraphs }) => ({ type, paragraphs }));
}
