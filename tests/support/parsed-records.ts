/** A parsed oral-answers record (Commons, 26 November 2007, Home Department) around given contributions, for tests that store or map one. */
import type { ParsedRecord } from '../../lib/parse/record';

export function oralAnswersRecord(title: string, contributions: ParsedRecord['contributions']): ParsedRecord {
  return {
    title,
    kind: 'oral-answers',
    house: 'Commons',
    date: '2007-11-26',
    department: 'Home Department',
    reference: { uin: null, volume: '468', column: '1' },
    warnings: [],
    contributions,
  };
}
