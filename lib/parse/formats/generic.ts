/**
 * Anything not in a known format: a best-effort record — the first line as title, the rest as one
 * statement with no speaker, the House and date only where the text states them — and a warning.
 */
import type { ParsedRecord } from '../record';
import { makeContribution, makeRecord } from '../shared/build';
import { guessHouse } from '../shared/cues';
import { findDate } from '../shared/dates';
import { joinParagraphs, splitParagraphs } from '../shared/text';

const MAX_TITLE = 200;

export function parseGeneric(text: string): ParsedRecord {
  const paragraphs = splitParagraphs(text);
  const firstLine = (paragraphs[0] ?? '').split('\n')[0];
  const titleIsLine = firstLine.length <= MAX_TITLE && paragraphs.length > 1;
  const title = titleIsLine ? firstLine : firstLine.slice(0, 80).replace(/\s+\S*$/, '') + '…';
  const rest = titleIsLine ? [paragraphs[0].split('\n').slice(1).join('\n'), ...paragraphs.slice(1)] : paragraphs;
  const bodyText = joinParagraphs(rest);
  const warnings = ['the format of this document was not recognised; it was read as plain text with no speakers'];
  const house = guessHouse(text);
  if (house.warning) warnings.push(house.warning);
  // Only a date near the top is the document's own; dates deep in the text are about other things.
  const date = findDate(text.slice(0, 600))?.iso ?? null;
  if (!date) warnings.push('the document does not give its date');
  return makeRecord({
    title: title || 'Untitled document',
    kind: 'other',
    house: house.house,
    date,
    contributions: bodyText ? [makeContribution({ type: 'statement', text: bodyText, date })] : [],
    warnings,
  });
}
