import type { SittingDaySummary, SittingHouse } from '@/lib/db/pages';
import { SITTING_HOUSES } from '@/lib/db/pages';
import { formatDate } from '@/lib/format';
import { HOUSE_MARKS, HOUSE_NAMES, plural } from './house-labels';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = [
  ['Mon', 'Monday'],
  ['Tue', 'Tuesday'],
  ['Wed', 'Wednesday'],
  ['Thu', 'Thursday'],
  ['Fri', 'Friday'],
  ['Sat', 'Saturday'],
  ['Sun', 'Sunday'],
];

const pad = (n: number) => String(n).padStart(2, '0');

/** The weeks of a month, Monday first: day numbers, null for cells outside the month. */
export function monthWeeks(year: number, month: number): Array<Array<number | null>> {
  const firstWeekday = (new Date(Date.UTC(year, month, 1)).getUTCDay() + 6) % 7;
  const length = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cells: Array<number | null> = [...Array(firstWeekday).fill(null), ...Array.from({ length }, (_, i) => i + 1)];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

function DayCell({ date, day, summary }: { date: string; day: number; summary: SittingDaySummary | undefined }) {
  if (!summary) return <span className="block min-h-11 min-w-10 px-1 py-1 text-stone-500">{day}</span>;
  const houses = SITTING_HOUSES.filter((h) => summary.records[h]);
  return (
    <a
      href={`/sittings/${date}`}
      data-sitting-day={date}
      className="block min-h-11 min-w-10 rounded bg-emerald-50 px-1 py-1 font-semibold text-blue-900 underline hover:bg-emerald-100"
    >
      {day}
      <span className="block text-[10px] leading-3 no-underline" aria-hidden="true">
        {houses.map((h) => (
          <span key={h} className={HOUSE_MARKS[h].className}>
            {HOUSE_MARKS[h].letter}
          </span>
        ))}
      </span>
      <span className="sr-only">
        {' '}
        {formatDate(date)}: {houses.map((h: SittingHouse) => `${HOUSE_NAMES[h]} ${plural(summary.records[h]!, 'record')}`).join(', ')}
      </span>
    </a>
  );
}

/** A year as twelve month tables; days with records are links to their day, marked by house. */
export function SittingCalendar({ year, days }: { year: number; days: SittingDaySummary[] }) {
  const byDate = new Map(days.map((d) => [d.date, d]));
  return (
    <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {MONTHS.map((name, month) => {
        const inMonth = days.filter((d) => d.date.startsWith(`${year}-${pad(month + 1)}-`)).length;
        return (
          <table key={name} className="w-full table-fixed border-collapse text-center text-sm" data-month={month + 1}>
            <caption className="mb-1 text-left font-semibold">
              {name} {year} <span className="font-normal text-stone-600">({inMonth ? plural(inMonth, 'day') : 'no records'})</span>
            </caption>
            <thead>
              <tr>
                {WEEKDAYS.map(([abbr, full]) => (
                  <th key={abbr} scope="col" abbr={full} className="text-xs font-normal text-stone-600">
                    {abbr}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {monthWeeks(year, month).map((week, w) => (
                <tr key={w}>
                  {week.map((day, i) => {
                    const date = day ? `${year}-${pad(month + 1)}-${pad(day)}` : '';
                    return (
                      <td key={i} className="p-0.5">
                        {day ? <DayCell date={date} day={day} summary={byDate.get(date)} /> : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}

/** The legend of the house marks. */
export function HouseLegend() {
  return (
    <p className="text-sm text-stone-700">
      Days with records are links, marked{' '}
      {SITTING_HOUSES.map((h, i) => (
        <span key={h}>
          {i ? ', ' : ''}
          <span className={`font-semibold ${HOUSE_MARKS[h].className}`}>{HOUSE_MARKS[h].letter}</span> {HOUSE_NAMES[h]}
        </span>
      ))}
      .
    </p>
  );
}
