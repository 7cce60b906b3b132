import type { SittingHouse, SittingRecord } from '@/lib/db/pages';
import { formatDate } from '@/lib/format';
import { HOUSE_NAMES, houseSlug, plural } from './house-labels';
import { SittingRecordItem } from './sitting-records';

type Latest = Array<{ house: SittingHouse; sittings: Array<{ date: string; total: number; records: SittingRecord[] }> }>;

/** Each house's latest sitting days with their first few records, linking to the whole day. */
export function LatestSittings({ latest }: { latest: Latest }) {
  const shown = latest.filter((h) => h.sittings.length);
  if (!shown.length) return <p className="text-stone-700">No dated records yet.</p>;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {shown.map(({ house, sittings }) => (
        <section key={house} aria-labelledby={`latest-${houseSlug(house)}`}>
          <h3 id={`latest-${houseSlug(house)}`} className="font-serif text-xl font-bold">
            {HOUSE_NAMES[house]}
          </h3>
          {sittings.map((day) => (
            <div key={day.date} className="mt-2">
              <h4 className="font-semibold">
                <a href={`/sittings/${day.date}`} className="inline-block min-h-11 py-3 text-blue-800 underline">
                  {formatDate(day.date)}
                </a>
              </h4>
              <ol className="list-none">
                {day.records.map((r) => (
                  <SittingRecordItem key={r.id} record={r} />
                ))}
              </ol>
              {day.total > day.records.length ? (
                <p className="text-sm">
                  <a href={`/sittings/${day.date}`} className="inline-block min-h-11 py-3 text-blue-800 underline">
                    {plural(day.total - day.records.length, 'more record')} on this day
                  </a>
                </p>
              ) : null}
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
