/** A division's lists as CSV: one row per name as printed, with vote, teller, proxy and the register's person and party. */
import type { DivisionView } from '../db/pages';
import { toCsvRow } from './csv';

export const DIVISION_CSV_COLUMNS = ['division', 'date', 'number', 'name', 'vote', 'teller', 'proxy', 'personId', 'party'] as const;

export function divisionToCsv(d: DivisionView): string {
  const rows = d.votes.map((v) =>
    toCsvRow([d.id, d.date ?? '', d.number ?? '', v.name, v.vote, v.teller ? 'yes' : 'no', v.proxy ?? '', v.personId ?? '', v.party ?? '']),
  );
  return [toCsvRow(DIVISION_CSV_COLUMNS), ...rows].join('');
}
