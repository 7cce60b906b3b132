import type { SittingHouse, SittingRecord } from '@/lib/db/pages';
import { SITTING_HOUSES } from '@/lib/db/pages';
import { KIND_LABELS, VENUE_LABELS } from '@/lib/format';
import { HOUSE_NAMES, houseSlug, plural } from './house-labels';

/** "A, B, C and 4 more"; "no speaker printed" when there is none. */
export function describeSpeakers(record: Pick<SittingRecord, 'speakers' | 'speakerCount'>): string {
  if (record.speakerCount === 0) return 'no speaker printed';
  const more = record.speakerCount - record.speakers.length;
  return more > 0 ? `${record.speakers.join(', ')} and ${more} more` : record.speakers.join(', ');
}

/** One record of a day: title (to its reading view), time, speakers, contribution count. */
export function SittingRecordItem({ record }: { record: SittingRecord }) {
  return (
    <li className="border-b border-stone-200 py-2" data-sitting-record={record.id}>
      <a href={record.url} className="font-serif text-lg text-blue-900 underline">
        {record.title}
      </a>
      <p className="text-sm text-stone-700">
        {record.firstTime ? <span>{record.firstTime} · </span> : null}
        {describeSpeakers(record)} · {plural(record.contributions, 'contribution')}
      </p>
    </li>
  );
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** "Westminster Hall · Debate": where (when the source tells) and what kind of record. */
function describeGroup(record: Pick<SittingRecord, 'venue' | 'kind'>): string {
  const kind = KIND_LABELS[record.kind] ?? record.kind;
  return record.venue ? `${VENUE_LABELS[record.venue] ?? record.venue} · ${kind}` : kind;
}

/** A day's records by house, then by venue and kind, in the order given (house, venue, kind, document order). */
export function SittingRecordsByHouse({ records }: { records: SittingRecord[] }) {
  const byHouse = groupBy(records, (r) => r.house);
  return (
    <div className="space-y-8">
      {SITTING_HOUSES.filter((h: SittingHouse) => byHouse.has(h)).map((house) => (
        <section key={house} aria-labelledby={`house-${houseSlug(house)}`}>
          <h2 id={`house-${houseSlug(house)}`} className="mb-2 font-serif text-2xl font-bold">
            {HOUSE_NAMES[house]}
          </h2>
          {[...groupBy(byHouse.get(house)!, describeGroup)].map(([group, items], i) => (
            <section key={group} aria-labelledby={`group-${houseSlug(house)}-${i}`} className="mb-4">
              <h3 id={`group-${houseSlug(house)}-${i}`} className="font-semibold text-stone-800">
                {group} <span className="font-normal text-stone-600">({items.length})</span>
              </h3>
              <ol className="list-none">
                {items.map((r) => (
                  <SittingRecordItem key={r.id} record={r} />
                ))}
              </ol>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
