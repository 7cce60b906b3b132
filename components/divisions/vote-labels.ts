// The words for a vote are shared with the alert mail (lib/alerts), so they live in lib/format.ts.
export { printedCountsText, voteLabel, voteListLabel } from '@/lib/format';

/** "Division No. 230", or "Division" when the file gives no number. */
export function divisionLabel(number: string | null): string {
  return number ? `Division No. ${number}` : 'Division';
}
