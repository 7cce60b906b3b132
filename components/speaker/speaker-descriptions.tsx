import type { SpeakerDescription } from '@/lib/db/pages';
import { formatDate } from '@/lib/format';

function span(d: SpeakerDescription): string {
  const first = formatDate(d.first);
  const last = formatDate(d.last);
  if (!first || !last) return 'date not given';
  return first === last ? first : `${first} – ${last}`;
}

/** The table's columns, left to right: a heading and what each row shows under it. */
const COLUMNS: Array<{ heading: string; cell: (d: SpeakerDescription) => string | number }> = [
  { heading: 'Office as printed', cell: (d) => d.role ?? '—' },
  { heading: 'Party', cell: (d) => d.party ?? '—' },
  { heading: 'Constituency', cell: (d) => d.constituency ?? '—' },
  { heading: 'When', cell: span },
  { heading: 'Contributions', cell: (d) => d.contributions },
];

/** Offices, parties and constituencies exactly as the sources print them beside the name, with when. */
export function SpeakerDescriptions({ descriptions }: { descriptions: SpeakerDescription[] }) {
  if (!descriptions.length) return <p className="text-sm italic text-stone-600">The sources print no office, party or constituency for this speaker.</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Offices, party and constituency as printed</caption>
      <thead className="text-stone-600">
        <tr>
          {COLUMNS.map(({ heading }) => (
            <th key={heading} scope="col" className="py-1 pr-4 font-normal last:pr-0">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {descriptions.map((d, i) => (
          <tr key={i} className="border-t border-stone-200 align-top">
            {COLUMNS.map(({ heading, cell }) => (
              <td key={heading} className="py-1 pr-4 last:pr-0">
                {cell(d)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
