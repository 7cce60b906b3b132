import type { Metadata } from 'next';
import { HouseLegend, SittingCalendar } from '@/components/sittings/sitting-calendar';
import { listSittingDays, listSittingYears } from '@/lib/db/pages';
import { sittingsPageParamsSchema } from '@/lib/http/route-params';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: 'Browse by sitting day' };

export default async function SittingsPage({ searchParams }: Props) {
  const { year: asked } = sittingsPageParamsSchema.parse(await searchParams);
  const years = await listSittingYears();
  const year = asked ?? years.at(-1)?.year ?? new Date().getUTCFullYear();
  const days = await listSittingDays(year);
  const index = years.findIndex((y) => y.year === year);
  const before = years.filter((y) => y.year < year).at(-1)?.year;
  const after = years.find((y) => y.year > year)?.year;
  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">Browse by sitting day: {year}</h1>
      <nav aria-label="Years" className="my-4 text-sm">
        <p className="mb-1">
          {before ? (
            <a href={`/sittings?year=${before}`} rel="prev" className="mr-4 inline-block min-h-11 py-3 text-blue-800 underline">
              ← {before}
            </a>
          ) : null}
          {after ? (
            <a href={`/sittings?year=${after}`} rel="next" className="inline-block min-h-11 py-3 text-blue-800 underline">
              {after} →
            </a>
          ) : null}
        </p>
        <details>
          <summary className="min-h-11 cursor-pointer py-3">All {years.length} years with records</summary>
          <ul className="flex flex-wrap gap-1">
            {years.map((y) => (
              <li key={y.year}>
                <a
                  href={`/sittings?year=${y.year}`}
                  aria-current={y.year === year ? 'page' : undefined}
                  className={`inline-block min-h-11 min-w-11 px-2 py-3 text-center underline ${y.year === year ? 'font-bold' : 'text-blue-800'}`}
                >
                  {y.year}
                </a>
              </li>
            ))}
          </ul>
        </details>
      </nav>
      <p className="mb-2 text-sm text-stone-700">
        {days.length
          ? `${days.length} day${days.length === 1 ? '' : 's'} with records in ${year}.`
          : `No records are dated ${year}${index < 0 && years.length ? '; choose a year above' : ''}.`}
      </p>
      <HouseLegend />
      <div className="mt-4">
        <SittingCalendar year={year} days={days} />
      </div>
    </div>
  );
}
