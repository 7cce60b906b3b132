import type { SpeakerDescription } from '@/lib/db/views';
import { formatDate } from '@/lib/format';

function span(d: SpeakerDescription): string {
  const first = formatDate(d.first);
  const last = formatDate(d.last);
  if (!first || !last) return 'date not given';
  return first === last ? first : `${first} – ${last}`;
}

/** Offices, parties and constituencies exactly as the sources print them beside the name, with when. */
export function SpeakerDescriptions({ descriptions }: { descriptions: SpeakerDescription[] }) {
  if (!descriptions.length) return <p className="text-sm italic text-stone-600">The sources print no office, party or constituency for this speaker.</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Offices, party and constituency as printed</caption>
      <thead className="text-stone-600">
        <tr>
          <th scope="col" className="py-1 pr-4 font-normal">
            Office as printed
          </th>
          <th scope="col" className="py-1 pr-4 font-normal">
            Party
          </th>
          <th scope="col" className="py-1 pr-4 font-normal">
            Constituency
          </th>
          <th scope="col" className="py-1 pr-4 font-normal">
            When
          </th>
          <th scope="col" className="py-1 font-normal">
            Contributions
          </th>
        </tr>
      </thead>
      <tbody>
        {descriptions.map((d, i) => (
          <tr key={i} className="border-t border-stone-200 align-top">
            <td className="py-1 pr-4">{d.role ?? '—'}</td>
            <td className="py-1 pr-4">{d.party ?? '—'}</td>
            <td className="py-1 pr-4">{d.constituency ?? '—'}</td>
            <td className="py-1 pr-4">{span(d)}</td>
            <td className="py-1">{d.contributions}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
