/** Words for a stored vote value: aye / no / abstain, or the value as printed when it is none of those. */
export function voteLabel(vote: string): string {
  return vote === 'aye' ? 'Aye' : vote === 'no' ? 'No' : vote === 'abstain' ? 'Abstained' : `"${vote}" (as printed)`;
}

/** "Division No. 230", or "Division" when the file gives no number. */
export function divisionLabel(number: string | null): string {
  return number ? `Division No. ${number}` : 'Division';
}
