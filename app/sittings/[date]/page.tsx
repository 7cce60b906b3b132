import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SittingRecordsByHouse } from '@/components/sittings/sitting-records';
import { plural } from '@/components/sittings/house-labels';
import { getSittingDay } from '@/lib/db/pages';
import { formatDate } from '@/lib/format';
import { checkSittingDateParam } from '@/lib/http/route-params';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ date: string }> };

async function load(params: Props['params']) {
  const date = checkSittingDateParam((await params).date);
  return date ? getSittingDay(date) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const day = await load(params);
  return { title: day ? `Sitting day ${formatDate(day.date)}` : 'No sitting day' };
}

function DayLink({ date, rel }: { date: string | null; rel: 'prev' | 'next' }) {
  if (!date) return <span className="text-stone-500">{rel === 'prev' ? 'No earlier day' : 'No later day'}</span>;
  return (
    <a href={`/sittings/${date}`} rel={rel} className="inline-block min-h-11 py-3 text-blue-800 underline">
      {rel === 'prev' ? `← Previous day: ${formatDate(date)}` : `Next day: ${formatDate(date)} →`}
    </a>
  );
}

export default async function SittingDayPage({ params }: Props) {
  const day = await load(params);
  if (!day) notFound();
  const year = day.date.slice(0, 4);
  return (
    <div>
      <p className="text-sm">
        <a href={`/sittings?year=${year}`} className="inline-block min-h-11 py-3 text-blue-800 underline">
          Calendar of {year}
        </a>
      </p>
      <h1 className="font-serif text-3xl font-bold">{formatDate(day.date)}</h1>
      <p className="mt-1 text-sm text-stone-700">{plural(day.records.length, 'record')} on this day, by house and kind, in the order of the record.</p>
      <nav aria-label="Sitting days" className="my-3 flex flex-wrap justify-between gap-x-6 text-sm">
        <DayLink date={day.previous} rel="prev" />
        <DayLink date={day.next} rel="next" />
      </nav>
      <SittingRecordsByHouse records={day.records} />
    </div>
  );
}
