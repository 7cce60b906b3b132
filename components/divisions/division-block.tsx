import type { DivisionInRecord } from '@/lib/db/pages';
import { isDevolvedHouse } from '@/lib/format';
import { divisionLabel, voteListLabel } from './vote-labels';

/** A division at its place in the reading view: printed counts, what the lists hold, and its page. */
export function DivisionBlock({ division: d }: { division: DivisionInRecord }) {
  const listed = Object.entries(d.counted);
  return (
    <aside id={`division-${d.id}`} aria-label={divisionLabel(d.number)} className="my-4 rounded border border-stone-400 bg-stone-50 p-4">
      <h3 className="m-0 font-bold">
        {divisionLabel(d.number)}
        {d.time ? <span className="ml-2 text-sm font-normal text-stone-600">at {d.time}</span> : null}
      </h3>
      <p className="my-1">
        Printed: {isDevolvedHouse(d.house) ? 'For' : 'Ayes'} {d.counts.aye ?? <span className="italic">not printed</span>},{' '}
        {isDevolvedHouse(d.house) ? 'Against' : 'Noes'} {d.counts.no ?? <span className="italic">not printed</span>}
      </p>
      <p className="my-1 text-sm text-stone-600">
        Names listed: {listed.length ? listed.map(([vote, n]) => `${voteListLabel(vote, d.house)} ${n}`).join(', ') : 'none'}
        {isDevolvedHouse(d.house) ? '' : ' (tellers included)'}
      </p>
      <a href={d.url} className="text-blue-800 underline">
        How each member voted
      </a>
    </aside>
  );
}
